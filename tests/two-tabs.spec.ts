/**
 * Two tabs of the app in one browser share its storage: neither may silently undo the other. Sites added in
 * each tab are all kept and shown in both; a clear in one tab tells the other that its import is no longer kept.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './helpers';

const ROOT = new URL('../', import.meta.url).pathname;
const FIXTURE = join(ROOT, 'tests/fixtures/import/2024-01-e2e-street.csv');

async function open(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.getByTestId('dataset-label')).toBeVisible({ timeout: 60_000 });
}

async function addSite(page: Page, name: string, lng: number, lat: number): Promise<void> {
	await page.getByTestId('tab-sites').click();
	await page.getByTestId('sites-import').setInputFiles({ name: `${name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`name,programme,lat,lng\n${name},community-sport,${lat},${lng}\n`) });
	await expect(page.getByTestId('sites-table')).toContainText(name);
}

test('two tabs: sites added in each are kept and shown in both, and a clear in one tab is told to the other', async ({ context }) => {
	const [a, b] = [await context.newPage(), await context.newPage()];
	const watches = [watchPage(a), watchPage(b)];
	await open(a);
	await open(b);

	await addSite(a, 'Tab A club', 0.52, 51.27);
	await addSite(b, 'Tab B pitch', 0.55, 51.38);
	// Each tab shows the other's site without a reload; before, the last tab to save wiped the other's.
	await expect(a.getByTestId('sites-table')).toContainText('Tab B pitch');
	await expect(b.getByTestId('sites-table')).toContainText('Tab A club');
	await a.reload();
	await a.getByTestId('tab-sites').click();
	await expect(a.getByTestId('sites-table')).toContainText('Tab A club');
	await expect(a.getByTestId('sites-table')).toContainText('Tab B pitch');

	// An import kept in tab A opens in tab B; clearing it in A tells B, which keeps showing it but no longer says "Kept".
	await a.getByTestId('import-files').setInputFiles(FIXTURE);
	await expect(a.getByTestId('dataset-persisted')).toHaveText(/^Kept in this browser/, { timeout: 60_000 });
	// Tab A's link names the import (never its data); tab B opens it from this browser's store.
	await b.goto(a.url());
	await expect(b.getByTestId('dataset-persisted')).toHaveText(/^Kept in this browser/, { timeout: 60_000 });
	await a.getByTestId('dataset-clear').click();
	await expect(b.getByTestId('dataset-persisted')).toHaveText(/^No longer kept: removed from this browser in another tab/);
	await expect(b.getByTestId('dataset-label')).toContainText('2024-01-e2e-street.csv');
	for (const w of watches) expect(w.consoleErrors).toEqual([]);
});
