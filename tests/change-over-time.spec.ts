/**
 * Change over time (issue 16): the seasonal profile weighs each month against the days the data has, and the
 * demo's sexual-offence peaks (January, May, June) stand out.
 */
import { expect, test } from '@playwright/test';
import { openAtlas, waitForMap, watchPage } from './helpers';

test('the seasonal profile shows the demo’s January, May and June sexual-offence peaks against volume', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '?ds=synthetic-20240101&g=sexual_offences');
	const peaks = page.getByTestId('season-peaks');
	await expect(peaks).toContainText('Highest months');
	const text = await peaks.innerText();
	const top = [...text.matchAll(/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\.\d\d/g)].map((m) => m[1]);
	expect(top.sort()).toEqual(['Jan', 'Jun', 'May']);
	await page.getByTestId('season-profile').screenshot({ path: 'screenshots/season-profile.png' });
	expect(watch.consoleErrors).toEqual([]);
});

test('the stability table fills for the synthetic demo: two yearly pairs for each hotspot definition', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '?ds=synthetic-20240101');
	await page.getByTestId('tab-hotspots').click();
	const rows = page.getByTestId('stability-row');
	await expect(rows).toHaveCount(4, { timeout: 60_000 });
	await expect(rows.first()).toContainText('2023 → 2024');
	await expect(page.getByTestId('stability-persistence')).toContainText('in every window');
	await page.getByTestId('stability').screenshot({ path: 'screenshots/stability.png' });
	await page.getByTestId('stability-length').selectOption('quarter');
	await expect(rows).toHaveCount(2 * 11, { timeout: 60_000 });
	expect(watch.consoleErrors).toEqual([]);
});

test('emerging hot spots: a layer with its table on the demo’s 36 months, and a plain reason on the 4-month police.uk sample', async ({ page }) => {
	const watch = watchPage(page);
	// The counts legend is not shown in this mode, so wait for the map rather than for it.
	await page.goto('/?ds=synthetic-20240101&lyr=em');
	await waitForMap(page);
	const table = page.getByTestId('emerging-table');
	await expect(table).toBeVisible({ timeout: 60_000 });
	await expect(table).toContainText('Persistent');
	await page.waitForFunction(() => window.__hotspotAtlas!.map.loaded());
	await page.screenshot({ path: 'screenshots/emerging-layer.png' });
	await page.goto('/?ds=policeuk-2024-01-2024-04&lyr=em');
	await waitForMap(page);
	await expect(page.getByTestId('emerging-unavailable')).toContainText('at least 10 months', { timeout: 60_000 });
	expect(watch.consoleErrors).toEqual([]);
});

test('change between two periods: a layer, district changes with intervals, and unequal periods refused with a reason', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/?ds=synthetic-20240101&lyr=chg');
	await waitForMap(page);
	await expect(page.getByTestId('change-totals')).toContainText(/[\d,]+ incidents in A, [\d,]+ in B/, { timeout: 60_000 });
	await expect(page.getByTestId('change-legend')).toContainText('A: 01/01/2024 to 31/12/2024. B: 01/01/2025 to 31/12/2025.');
	await page.getByTestId('tab-hotspots').click();
	await expect(page.getByTestId('change-districts').locator('tbody tr')).toHaveCount(13);
	await page.screenshot({ path: 'screenshots/change-layer.png' });
	await page.goto('/?ds=synthetic-20240101&lyr=chg&ca=2024-01-01..2024-12-31&cb=2025-01-01..2025-06-30');
	await waitForMap(page);
	await expect(page.getByTestId('change-unavailable')).toContainText('not the same length (12 and 6 months)', { timeout: 60_000 });
	expect(watch.consoleErrors).toEqual([]);
});
