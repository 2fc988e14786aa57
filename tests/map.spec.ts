import { expect, test } from '@playwright/test';
import { DISTRICTS } from '../src/lib/analysis/geography/districts';
import { renderedFeatures, waitForMap, watchPage } from './helpers';

const DISTRICT_CODES = DISTRICTS.map((d) => d.code).sort();

test.describe('offline Kent & Medway map', () => {
	test('opens on all 13 districts and town labels, offline, with a clean console', async ({ page }) => {
		// An analyst's full-HD screen: the map between both panels has room for every district label.
		await page.setViewportSize({ width: 1920, height: 1080 });
		const watch = watchPage(page);
		await page.goto('/');
		await waitForMap(page);

		const { districts, places, districtLabels } = await renderedFeatures(page);
		expect(districts).toEqual(DISTRICT_CODES);
		expect(districtLabels.sort()).toEqual(DISTRICT_CODES);
		expect(places.length).toBeGreaterThanOrEqual(10);

		await expect(page.getByTestId('dataset-synthetic')).toHaveText('Synthetic demo data');

		const glyphs = watch.responses.filter((r) => r.url.includes('/data/basemap/glyphs/'));
		const sprites = watch.responses.filter((r) => r.url.includes('/data/basemap/sprites/'));
		expect(glyphs.length).toBeGreaterThan(0);
		expect(sprites.length).toBeGreaterThanOrEqual(2);
		for (const r of [...glyphs, ...sprites]) expect(r.status, r.url).toBe(200);

		const foreign = watch.requests.filter((url) => {
			const { protocol, host } = new URL(url);
			return !(protocol === 'data:' || protocol === 'blob:' || host === '127.0.0.1:4173');
		});
		expect(foreign).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);

		await page.screenshot({ path: 'screenshots/map-initial.png' });
	});

	test('says plainly when the incident data a link names is not loaded', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/?ds=local-0123abcd');
		await waitForMap(page);
		await expect(page.getByTestId('no-data')).toContainText('No incident data is loaded yet');
		await expect(page.getByTestId('dataset-missing')).toContainText('local-0123abcd');
		await expect(page.getByTestId('legend')).toHaveCount(0);
		expect(watch.consoleErrors).toEqual([]);
	});

	test('shows every required attribution from data/attribution.json', async ({ page, request }) => {
		const lines = (await (await request.get('/data/attribution.json')).json()) as { text: string }[];
		expect(lines.length).toBeGreaterThan(3);
		await page.goto('/');
		await waitForMap(page);
		const credits = page.locator('.maplibregl-ctrl-attrib');
		await page.getByTitle('Toggle attribution').click();
		await expect(credits).toHaveAttribute('open', '');
		const shown = await page.locator('.maplibregl-ctrl-attrib-inner').innerText();
		for (const line of lines) expect(shown).toContain(line.text);
		await page.screenshot({ path: 'screenshots/map-credits.png' });
	});

	test('the district picker zooms to a district and back out', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/');
		await waitForMap(page);
		const before = await page.evaluate(() => window.__hotspotAtlas!.map.getZoom());

		await page.getByLabel('Zoom to district').selectOption({ label: 'Thanet' });
		await page.waitForFunction(() => !window.__hotspotAtlas!.map.isMoving());
		await waitForMap(page);
		const view = await page.evaluate(() => {
			const map = window.__hotspotAtlas!.map;
			return { zoom: map.getZoom(), center: map.getCenter().toArray() };
		});
		expect(view.zoom).toBeGreaterThan(before + 1);
		// Thanet is the Isle of Thanet, around 1.35 E, 51.36 N.
		expect(view.center[0]).toBeCloseTo(1.35, 1);
		expect(view.center[1]).toBeCloseTo(51.36, 1);
		const { districts } = await renderedFeatures(page);
		expect(districts).toContain('E07000114');
		expect(districts.length).toBeLessThan(13);

		await page.getByLabel('Zoom to district').selectOption({ label: 'All Kent & Medway' });
		await page.waitForFunction(() => !window.__hotspotAtlas!.map.isMoving());
		await waitForMap(page);
		expect((await renderedFeatures(page)).districts).toEqual(DISTRICT_CODES);
		expect(watch.consoleErrors).toEqual([]);
		await page.screenshot({ path: 'screenshots/map-thanet.png' });
	});

	test('works from a sub-path, as on an intranet server', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('http://127.0.0.1:4174/atlas/');
		await waitForMap(page);
		expect((await renderedFeatures(page)).districts).toEqual(DISTRICT_CODES);
		const failed = watch.responses.filter((r) => r.status >= 400);
		expect(failed).toEqual([]);
		expect(watch.requests.every((url) => !url.startsWith('http') || url.startsWith('http://127.0.0.1:4174/atlas/'))).toBe(true);
		expect(watch.consoleErrors).toEqual([]);
	});

	test('the built policy keeps the page offline: no online style field, and a request to another host is blocked by the browser', async ({ page }) => {
		let reached = false;
		await page.route('https://tiles.example.org/**', (route) => ((reached = true), route.fulfill({ body: '{}' })));
		const response = await page.goto('/');
		await waitForMap(page);
		const policy = response!.headers()['content-security-policy'];
		expect(policy).toContain("default-src 'self'");
		expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'/);
		expect(policy).toContain("frame-ancestors 'none'");
		await expect(page.getByTestId('basemap-offline-only')).toContainText('built to connect to no map server');
		await expect(page.getByLabel('Online basemap style URL (optional)')).toHaveCount(0);
		const violations = await page.evaluate(async () => {
			const seen: string[] = [];
			document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
			const outcome = await fetch('https://tiles.example.org/style.json').then(
				() => 'fetched',
				() => 'blocked'
			);
			await new Promise((r) => setTimeout(r, 100));
			return [outcome, ...new Set(seen)];
		});
		// Blocked by the page's meta policy and by the server's header alike.
		expect(violations).toEqual(['blocked', 'connect-src']);
		expect(reached).toBe(false);
	});

	test('a build that allows a map host offers an online style, keeps the districts on top, and can be undone', async ({ page }) => {
		// The "online" style is answered here, so the test itself never leaves the machine.
		await page.route('https://tiles.example.org/**', (route) =>
			route.fulfill({
				contentType: 'application/json',
				body: JSON.stringify({ version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#dddddd' } }] })
			})
		);
		// As built with ATLAS_BASEMAP_HOSTS=https://tiles.example.org: the host joins connect-src in the page and its header.
		const allow = (policy: string) => policy.replace("connect-src 'self' data: blob:", "connect-src 'self' data: blob: https://tiles.example.org");
		await page.route((url) => url.port === '4173' && url.pathname === '/', async (route) => {
			const original = await route.fetch();
			const headers = { ...original.headers(), 'content-security-policy': allow(original.headers()['content-security-policy']) };
			route.fulfill({ response: original, headers, body: allow(await original.text()) });
		});
		await page.goto('/');
		await waitForMap(page);

		const input = page.getByLabel('Online basemap style URL (optional)');
		await input.fill('not a url');
		await page.getByRole('button', { name: 'Use this style' }).click();
		await expect(page.getByRole('alert')).toContainText('is not a URL');
		await input.fill('https://elsewhere.example.com/style.json');
		await page.getByRole('button', { name: 'Use this style' }).click();
		await expect(page.getByRole('alert')).toContainText('may connect only to https://tiles.example.org');

		await input.fill('https://tiles.example.org/style.json');
		await page.getByRole('button', { name: 'Use this style' }).click();
		await expect(page.getByTestId('basemap-status')).toContainText('online style from tiles.example.org');
		await page.waitForFunction(() => window.__hotspotAtlas!.map.getStyle()?.layers.some((l) => l.id === 'bg'));
		await waitForMap(page);
		expect((await renderedFeatures(page)).districts).toEqual(DISTRICT_CODES);

		await page.reload();
		await waitForMap(page);
		await expect(page.getByTestId('basemap-status')).toContainText('online style');

		await page.getByRole('button', { name: 'Use offline basemap' }).click();
		await expect(page.getByTestId('basemap-status')).toContainText('offline');
		await page.waitForFunction(() => window.__hotspotAtlas!.map.getStyle()?.name === 'Hotspot Atlas offline basemap');
	});
});
