/**
 * Gi* hot spots (issue 15): the hexagons switch between counts and Gi* classes on the same filters, the
 * legend and tooltip give the test's figures, and the top hot spots table does not change as the map zooms.
 */
import { expect, test } from '@playwright/test';
import { openAtlas, watchPage } from './helpers';

test('the map switches between counts and Gi* classes on the same filters, with a legend and a tooltip', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '?ds=policeuk-2024-01-2024-04');
	await expect(page.getByTestId('legend')).toBeVisible();
	await page.getByTestId('layer-hotspots').check();
	const legend = page.getByTestId('hotspot-legend');
	await expect(legend).toBeVisible({ timeout: 30_000 });
	await expect(page.getByTestId('hotspot-class')).toHaveCount(7);
	await expect(page.getByTestId('hotspot-summary')).toContainText(/\d+ hot and \d+ cold hexagons at q < 0.05/);
	await expect.poll(() => new URL(page.url()).searchParams.get('lyr')).toBe('gi');
	await page.waitForFunction(() => window.__hotspotAtlas!.map.loaded());
	await page.screenshot({ path: 'screenshots/hotspots-layer.png' });
	// Hover the busiest place: the tooltip gives count, z, p and q.
	const canvas = page.locator('main canvas').first();
	const box = (await canvas.boundingBox())!;
	const point = await page.evaluate(() => {
		const map = window.__hotspotAtlas!.map;
		const p = map.project([0.5229, 51.2724]);
		return { x: p.x, y: p.y };
	});
	await page.mouse.move(box.x + point.x, box.y + point.y);
	await expect(page.getByTestId('hotspot-tooltip')).toContainText(/z = .*p = .*q = /);
	await page.getByTestId('layer-counts').check();
	await expect(page.getByTestId('legend')).toContainText('Incidents per hexagon');
	expect(watch.consoleErrors).toEqual([]);
});

test('the top hot spots table uses its own resolution, so zooming the map does not change it', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '?ds=synthetic-20240101');
	await page.getByTestId('tab-hotspots').click();
	const rows = page.getByTestId('top-hotspot-row');
	await expect(rows.first()).toBeVisible({ timeout: 30_000 });
	const before = await rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-cell')));
	expect(before.length).toBeGreaterThan(0);
	await page.evaluate(() => window.__hotspotAtlas!.map.jumpTo({ zoom: 12.5, center: [1.0789, 51.2798] }));
	await page.waitForTimeout(1000);
	expect(await rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-cell')))).toEqual(before);
	await page.getByTestId('top-k').selectOption('2');
	await expect.poll(() => new URL(page.url()).searchParams.get('gik')).toBe('2');
	await expect(rows.first()).toBeVisible();
	await expect(page.getByTestId('robustness-k')).toContainText(/hot with every neighbourhood/, { timeout: 60_000 });
	await expect(page.getByTestId('robustness-resolution')).toContainText('also lie inside hot');
	await page.getByTestId('top-hotspots').screenshot({ path: 'screenshots/top-hotspots.png' });
	const download = page.waitForEvent('download');
	await page.getByTestId('top-hotspots-export-csv').click();
	const file = await (await download).path();
	const text = (await import('node:fs')).readFileSync(file, 'utf8');
	expect(text).toContain('Rank,H3 cell,Incidents,Gi* z,q (Benjamini-Hochberg)');
	expect(text).toContain('Definition,"Serious violence (the default)');
	expect(watch.consoleErrors).toEqual([]);
});

test('with Gi* on, the sites gap table ranks only significant hot spots and says so', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '?ds=synthetic-20240101');
	await page.getByTestId('tab-sites').click();
	await page.getByTestId('sites-starter').click();
	await expect(page.getByTestId('gap-ranking')).toContainText('Every hexagon outside every catchment');
	await page.getByTestId('layer-hotspots').check();
	await expect(page.getByTestId('gap-ranking')).toContainText('Only significant hot spots', { timeout: 30_000 });
	await expect(page.getByTestId('gap-row').first()).toBeVisible();
	expect(watch.consoleErrors).toEqual([]);
});
