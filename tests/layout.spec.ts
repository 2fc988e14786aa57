/**
 * The page fits a laptop: no sideways scrolling from 1280x720 to 1920x1080 with the sites tab full, both
 * side panels and the legend fold (and the link keeps them folded), and the legends never cover more than a
 * third of the map.
 */
import { expect, test, type Page } from '@playwright/test';
import { atlasView, openAtlas, waitForMap, watchPage } from './helpers';

const SIZES = [
	[1280, 720],
	[1366, 768],
	[1440, 900],
	[1920, 1080]
] as const;

async function fillSitesTab(page: Page): Promise<void> {
	await page.getByTestId('tab-sites').click();
	await page.getByTestId('sites-starter').click();
	await expect(page.getByTestId('sites-table').locator('tbody tr')).not.toHaveCount(0);
	await page.getByTestId('gap-table').waitFor();
}

/** How far the page scrolls sideways (0 = it fits). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe('layout', () => {
	for (const [width, height] of SIZES) {
		test(`no sideways scrolling at ${width}x${height} with the sites tab full and the overlay on`, async ({ page }) => {
			const watch = watchPage(page);
			await page.setViewportSize({ width, height });
			await openAtlas(page);
			await fillSitesTab(page);
			await page.getByTestId('imd-overlay-toggle').check();
			await page.getByTestId('imd-legend').waitFor();
			expect(await sideways(page)).toBe(0);
			// Every button of the sites panel can be reached inside the panel (none hidden beyond its edge).
			const panel = (await page.locator('#analysis-panels').boundingBox())!;
			for (const button of await page.getByTestId('sites-panel').locator('.controls button').all()) {
				const box = (await button.boundingBox())!;
				expect(box.x + box.width, await button.innerText()).toBeLessThanOrEqual(panel.x + panel.width + 1);
			}
			// The legends, stacked in one column, cover at most a third of the map.
			const map = (await page.locator('.map-area').boundingBox())!;
			const legend = (await page.getByTestId('legend-stack').boundingBox())!;
			expect((legend.width * legend.height) / (map.width * map.height)).toBeLessThanOrEqual(1 / 3);
			expect(legend.width).toBeLessThanOrEqual(map.width / 3 + 1);
			expect(watch.consoleErrors).toEqual([]);
		});
	}

	test('both panels and the legend fold, the map takes the width, and the link keeps them folded', async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 768 });
		await openAtlas(page);
		const before = (await page.locator('.map-area').boundingBox())!.width;
		await page.getByTestId('left-toggle').click();
		await page.getByTestId('panels-toggle').click();
		await page.getByTestId('legend-fold').click();
		await expect(page.locator('#filters-panel')).toHaveCount(0);
		await expect(page.locator('#analysis-panels')).toHaveCount(0);
		await expect(page.locator('#legend-body')).toBeHidden();
		await expect(page.getByTestId('legend-fold')).toHaveAttribute('aria-expanded', 'false');
		expect((await page.locator('.map-area').boundingBox())!.width).toBe(1366);
		expect(before).toBeLessThan(800);
		await expect.poll(async () => (await atlasView(page)).query).toMatch(/(^|&)fold=lrg(&|$)/);

		// Reopened from the link: still folded; unfolding brings each back.
		const query = (await atlasView(page)).query;
		await page.goto(`/?${query}`);
		await waitForMap(page);
		await page.waitForFunction(() => window.__hotspotAtlas?.view().settled);
		await expect(page.locator('#filters-panel')).toHaveCount(0);
		await expect(page.locator('#legend-body')).toBeHidden();
		await page.getByTestId('left-toggle').click();
		await expect(page.locator('#filters-panel')).toBeVisible();
		await page.getByTestId('panels-toggle').click();
		await expect(page.locator('#analysis-panels')).toBeVisible();
	});
});
