/**
 * Failures a user can recover from (issue 19): a crashed analysis worker is restarted and the data on screen
 * reloaded, with details to copy that hold no incident data; "Clear all data kept in this browser" leaves
 * nothing behind; and script-injection payloads in every user-text field stay text.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, waitForMap, watchPage } from './helpers';

const ROOT = new URL('../', import.meta.url).pathname;
const FIXTURE = join(ROOT, 'tests/fixtures/import/2024-01-e2e-street.csv');

async function importKept(page: Page): Promise<void> {
	await page.getByTestId('import-files').setInputFiles(FIXTURE);
	await expect(page.getByTestId('dataset-persisted')).toHaveText(/^Kept in this browser/, { timeout: 60_000 });
}

test('a crashed analysis worker is restarted, the kept import reloaded, and the copied details hold no incident data', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const watch = watchPage(page);
	await openAtlas(page);
	await importKept(page);
	await expect(page.getByTestId('legend')).toBeVisible();

	// An uncaught error inside the worker, quoting a street and a coordinate as a careless message might.
	const worker = page.workers().find((w) => w.url().includes('atlas.worker'))!;
	await worker.evaluate(() => setTimeout(() => {
		throw new Error('simulated crash reading "On or near The Street" at 51.243898,0.963526');
	}, 0));

	const banner = page.getByTestId('failure');
	await expect(banner).toContainText('The analysis engine stopped and was restarted');
	await expect(banner.getByTestId('failure-outcome')).toHaveText('The data on screen was reloaded; you can carry on.', { timeout: 30_000 });
	// The view stayed and works on the restarted worker: the import is still shown, counted and kept.
	await expect(page.getByTestId('dataset-label')).toContainText('2024-01-e2e-street.csv');
	await expect(page.getByTestId('dataset-persisted')).toHaveText(/^Kept in this browser/);
	await page.getByTestId('tab-hotspots').click();
	await expect(page.getByTestId('legend')).toBeVisible();

	await banner.getByTestId('failure-copy').click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toContain('Hotspot Atlas ');
	expect(copied).toContain('simulated crash reading "…" at #.#,#.#');
	for (const secret of ['The Street', '51.24', '0.96', 'Ashford', 'New Forest Lane', 'Anti-social']) expect(copied).not.toContain(secret);
	await expect(banner.getByTestId('failure-details')).toHaveText(copied);
	await page.screenshot({ path: 'screenshots/worker-crash-recovered.png' });
	await banner.getByRole('button', { name: 'Dismiss' }).click();
	await expect(banner).toHaveCount(0);
	// The only console error is the simulated crash itself.
	expect(watch.consoleErrors.filter((e) => !e.includes('simulated crash'))).toEqual([]);
});

test('"Clear all data kept in this browser" empties IndexedDB, the app\'s local storage and the caches, in every tab', async ({ context }) => {
	const [page, other] = [await context.newPage(), await context.newPage()];
	await openAtlas(page);
	await importKept(page);
	await page.getByTestId('tab-sites').click();
	await page.getByTestId('sites-starter').click();
	await expect(page.getByTestId('site-report-kept')).toHaveText('6');
	await page.evaluate(async () => {
		localStorage.setItem('hotspot-atlas:test-key', '1');
		await (await caches.open('hotspot-atlas-test')).put('/probe', new Response('x'));
	});
	await openAtlas(other);

	await page.getByTestId('clear-all-local').click();
	await page.getByTestId('clear-all-confirm').click();
	// Both tabs start afresh: the demo, no import kept, no sites.
	for (const p of [page, other]) {
		await expect(p.getByTestId('dataset-synthetic')).toBeVisible({ timeout: 60_000 });
		await expect(p.getByTestId('kept-imports')).toHaveCount(0);
	}
	const left = await page.evaluate(async () => {
		const keys = Object.keys(localStorage).filter((k) => k.startsWith('hotspot-atlas'));
		const open = await new Promise<IDBDatabase>((resolve, reject) => {
			const r = indexedDB.open('hotspot-atlas');
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
		const counts: Record<string, string[]> = {};
		for (const name of Array.from(open.objectStoreNames)) {
			counts[name] = await new Promise<string[]>((resolve) => {
				const req = open.transaction(name).objectStore(name).getAllKeys();
				req.onsuccess = () => resolve(req.result.map(String));
			});
		}
		open.close();
		return { keys, caches: await caches.keys(), counts };
	});
	expect(left.keys).toEqual([]);
	expect(left.caches).toEqual([]);
	// The reopened database holds nothing but the marker that earlier versions' stores were already brought in.
	expect(Object.entries(left.counts).filter(([, keys]) => keys.length > 0)).toEqual([['settings', ['legacy-imported']]]);
	await page.getByTestId('tab-sites').click();
	await expect(page.getByTestId('sites-table')).toHaveCount(0);
});

const PAYLOADS = ['<img src=x onerror="window.__pwned=1">', '"><script>window.__pwned=1</script>', '<svg onload=window.__pwned=1>', "javascript:window.__pwned=1//'"];

test('script-injection payloads in labels, column names, site names, file names, dataset and view names stay text', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page);
	const [a, b, c, d] = PAYLOADS;
	// A partner file whose name, column names and offence labels all carry payloads.
	const csv = [`date,latitude,longitude,${c.replaceAll(',', ' ')}`, `03/02/2024,51.2745,0.5229,"${a.replaceAll('"', '""')}"`, `04/02/2024,51.3745,0.5329,"${b.replaceAll('"', '""')}"`].join('\n');
	await page.getByTestId('import-files').setInputFiles({ name: `${b.replaceAll('/', '_')}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
	const dialog = page.getByTestId('mapping-dialog');
	await expect(dialog).toBeVisible();
	await dialog.getByTestId('mapping-confirm').click();
	await expect(page.getByTestId('dataset-label')).toContainText('<script>', { timeout: 60_000 });

	await page.getByTestId('tab-sites').click();
	await page.getByTestId('sites-import').setInputFiles({ name: `${a}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`name,programme,lat,lng\n"${a.replaceAll('"', '""')}",community-sport,51.27,0.52\n"${d}",youth-outreach,51.38,0.55\n`) });
	await expect(page.getByTestId('sites-table')).toContainText('<img src=x');

	await page.getByTestId('tab-briefing').click();
	await page.getByTestId('view-title').fill(b);
	await page.getByTestId('view-note').fill(c);
	await page.getByTestId('view-save').click();
	await expect(page.getByText(b, { exact: true }).first()).toBeVisible();
	await waitForMap(page);

	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	// No element came from a payload, and nothing was requested off this machine or from the payloads' "x".
	expect(await page.locator('img[src="x"], svg[onload], script:not([src]):has-text("__pwned")').count()).toBe(0);
	expect(watch.requests.filter((u) => !u.startsWith('http://127.0.0.1:4173/') && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
	expect(watch.requests.filter((u) => /\/x$/.test(u))).toEqual([]);
});
