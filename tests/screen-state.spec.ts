/**
 * The screen shows the real state: "Reset filters" puts every control back as a fresh page has it, ticking
 * one district moves the map there and the district picker says so, a new dataset closes the old one's
 * hexagon detail, and a link reopens the overlay, tab and selected hexagon.
 */
import { expect, test, type Page } from '@playwright/test';
import { atlasView, openAtlas, waitForCounts, watchPage } from './helpers';

/** Every filter control as the user sees it: checkboxes, fields, selects and pressed buttons. */
function controls(page: Page) {
	return page.locator('section[aria-labelledby="filters-heading"]').evaluate((panel) =>
		[...panel.querySelectorAll('input, select, button[aria-pressed]')].map((el, i) => {
			if (el instanceof HTMLInputElement) return `${i}:${el.type}:${el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value}`;
			if (el instanceof HTMLSelectElement) return `${i}:select:${el.value}`;
			return `${i}:pressed:${el.getAttribute('aria-pressed')}`;
		})
	);
}

test.describe('the screen is the state', () => {
	test('"Reset filters" puts every filter control back as a fresh page shows it', async ({ page }) => {
		const watch = watchPage(page);
		await openAtlas(page);
		const fresh = await controls(page);

		const time = page.getByTestId('filter-time');
		await time.getByTestId('time-from').selectOption('15');
		await time.getByTestId('time-to').selectOption('19');
		await time.getByRole('checkbox', { name: 'Sat' }).uncheck();
		await time.getByRole('checkbox', { name: 'Sun' }).uncheck();
		await time.getByRole('button', { name: 'Apply time range' }).click();
		await page.getByTestId('filter-dates').getByLabel('From date (dd/mm/yyyy)').fill('01/01/2024');
		await page.getByTestId('filter-dates').getByLabel('To date (dd/mm/yyyy)').fill('31/03/2024');
		await page.getByTestId('filter-dates').getByRole('button', { name: 'Apply dates' }).click();
		await page.getByTestId('filter-months').getByRole('checkbox').first().uncheck();
		await page.getByTestId('filter-ages').getByRole('checkbox').first().uncheck();
		await page.getByTestId('filter-flags').getByRole('checkbox').first().check();
		await page.getByTestId('filter-hex-deciles').getByRole('checkbox').last().uncheck();
		await page.getByTestId('filter-districts').getByRole('button', { name: 'None' }).click();
		await page.getByTestId('filter-districts').getByRole('checkbox', { name: 'Thanet' }).check();
		await waitForCounts(page);
		// The range controls show the filter in force, and the link carries it.
		await expect(time.getByTestId('time-from')).toHaveValue('15');
		expect(await controls(page)).not.toEqual(fresh);

		await page.getByTestId('reset-filters').click();
		await waitForCounts(page);
		expect(await controls(page)).toEqual(fresh);
		await expect(time.getByRole('button', { name: 'All hours' })).toHaveAttribute('aria-pressed', 'true');
		expect(watch.consoleErrors).toEqual([]);
	});

	test('ticking one district moves the map to it, and the district picker shows it', async ({ page }) => {
		await openAtlas(page);
		await page.getByTestId('filter-districts').getByRole('button', { name: 'None' }).click();
		await page.getByTestId('filter-districts').getByRole('checkbox', { name: 'Thanet' }).check();
		await expect(page.getByTestId('district-picker')).toHaveValue('E07000114');
		// Thanet lies east of 1.2° E; the county's centre is near 0.7° E.
		await expect.poll(() => page.evaluate(() => window.__hotspotAtlas!.map.getCenter().lng), { timeout: 10_000 }).toBeGreaterThan(1.2);
	});

	test('a link reopens the overlay, the tab and the selected hexagon; a new dataset closes that detail', async ({ page }) => {
		const first = await openAtlas(page);
		const cell = first.topCells[0];
		const resolution = (await atlasView(page)).resolution;
		const at = await page.evaluate(() => {
			const m = window.__hotspotAtlas!.map;
			return `${m.getZoom().toFixed(2)}/${m.getCenter().lat.toFixed(5)}/${m.getCenter().lng.toFixed(5)}`;
		});
		await openAtlas(page, `?res=${resolution}&hex=${cell}&tab=districts&imd=2025&imddom=income&at=${at}`);
		await expect(page.getByTestId('cell-detail')).toContainText(cell);
		await expect(page.getByTestId('tab-districts')).toHaveAttribute('aria-selected', 'true');
		await expect(page.getByTestId('imd-overlay-toggle')).toBeChecked();
		await expect(page.getByTestId('imd-domain')).toHaveValue('income');
		await expect(page.getByTestId('imd-legend')).toBeVisible();

		await page.getByRole('button', { name: /Load the police.uk sample/ }).click();
		await expect(page.getByTestId('cell-detail')).toHaveCount(0);
		await expect.poll(async () => (await atlasView(page)).query).not.toMatch(/(^|&)hex=/);
	});
});
