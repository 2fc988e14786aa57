import { expect, test, type Page } from '@playwright/test';
import { waitForMap, watchPage } from './helpers';

const MAIDSTONE: [number, number] = [0.522, 51.272];
const CANTERBURY: [number, number] = [1.08, 51.28];

/** Where a point is on screen. */
function project(page: Page, lngLat: [number, number]) {
	return page.evaluate((p) => {
		const { x, y } = window.__hotspotAtlas!.map.project(p);
		return { x: Math.round(x), y: Math.round(y) };
	}, lngLat);
}

/** Red hexagon pixels (the single-class red, blended with the basemap) in a 120 px box around a point. */
async function redPixelsAround(page: Page, lngLat: [number, number]): Promise<number> {
	const { x, y } = await project(page, lngLat);
	const png = await page.screenshot({ clip: { x: x - 60, y: y - 60, width: 120, height: 120 } });
	return page.evaluate(async (bytes) => {
		const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(bitmap, 0, 0);
		const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
		let n = 0;
		for (let i = 0; i < data.length; i += 4) if (data[i] > 150 && data[i + 1] < 110 && data[i + 2] < 110) n++;
		return n;
	}, [...png]);
}

test('two deck layers draw at once on the one overlay, toggle independently, and each hears its own hover', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/dev/two-layers/');
	await waitForMap(page);
	// Both layers drawn: red around Maidstone and around Canterbury.
	await expect.poll(() => redPixelsAround(page, MAIDSTONE), { timeout: 15_000 }).toBeGreaterThan(3000);
	await expect.poll(() => redPixelsAround(page, CANTERBURY)).toBeGreaterThan(3000);
	await page.screenshot({ path: 'screenshots/deck-two-layers.png' });

	// Hover reaches the layer under the pointer, and the other hears null.
	const a = await project(page, MAIDSTONE);
	const b = await project(page, CANTERBURY);
	await page.mouse.move(a.x, a.y);
	await expect(page.getByTestId('hover-a')).not.toHaveText('none');
	await expect(page.getByTestId('hover-b')).toHaveText('none');
	await page.mouse.move(b.x, b.y);
	await expect(page.getByTestId('hover-b')).not.toHaveText('none');
	await expect(page.getByTestId('hover-a')).toHaveText('none');

	// Turning one off removes only that one.
	await page.getByTestId('toggle-a').uncheck();
	await expect.poll(() => redPixelsAround(page, MAIDSTONE)).toBeLessThan(50);
	expect(await redPixelsAround(page, CANTERBURY)).toBeGreaterThan(3000);
	await page.getByTestId('toggle-b').uncheck();
	await expect.poll(() => redPixelsAround(page, CANTERBURY)).toBeLessThan(50);
	await page.getByTestId('toggle-a').check();
	await expect.poll(() => redPixelsAround(page, MAIDSTONE)).toBeGreaterThan(3000);
	expect(await redPixelsAround(page, CANTERBURY)).toBeLessThan(50);
	await page.mouse.move(a.x + 1, a.y + 1);
	await expect(page.getByTestId('hover-a')).not.toHaveText('none');
	expect(watch.consoleErrors).toEqual([]);
});
