import { expect, test, type Page } from '@playwright/test';
import { atlasView, FREEZE_MS, openAtlas, waitForCounts, watchPage } from './helpers';

/** Opens the URL the page is on in a fresh page and checks it shows the same view. */
async function expectUrlRestores(page: Page, expected: { shown: number; query: string }) {
	const copy = await page.context().newPage();
	const restored = await openAtlas(copy, `?${expected.query}`);
	expect(restored.shown).toBe(expected.shown);
	expect(restored.query).toBe(expected.query);
	expect(await copy.getByTestId('filter-chips').innerText()).toBe(await page.getByTestId('filter-chips').innerText());
	await copy.close();
}

test.describe('hotspot map on the synthetic demo', () => {
	test('opens on the synthetic demo with hexes, a legend and the synthetic label', async ({ page }) => {
		const watch = watchPage(page);
		const first = await openAtlas(page);
		expect(first.shown).toBe(60_000);
		expect(first.query).toBe('ds=synthetic-20240101');
		await expect(page.getByTestId('legend')).toContainText('Incidents per hexagon');
		await expect(page.getByTestId('legend-total')).toContainText('60,000 of 60,000');
		await expect(page.getByTestId('synthetic-label')).toHaveText('Synthetic demo data');
		await expect(page.getByTestId('dataset-synthetic')).toBeVisible();
		// Judge the hexes from pixels: the darkest class colour must be on the map.
		const png = await page.locator('main').screenshot({ path: 'screenshots/hotspot-default.png' });
		expect(png.byteLength).toBeGreaterThan(10_000);
		expect(await countClassPixels(page)).toBeGreaterThan(500);
		expect(watch.consoleErrors).toEqual([]);
	});

	test('each filter applied in the panel changes the legend total, the chips and the URL together', async ({ page }) => {
		const all = await openAtlas(page);
		const steps: [string, () => Promise<void>][] = [
			[
				'custom weekday evening range',
				async () => {
					await page.getByLabel('From hour').selectOption('18');
					await page.getByLabel('To hour').selectOption('20');
					for (const day of ['Sat', 'Sun']) await page.getByRole('group', { name: 'Weekdays' }).getByLabel(day).uncheck();
					await page.getByRole('button', { name: 'Apply time range' }).click();
				}
			],
			['season preset', () => page.getByRole('button', { name: 'Jan/May/Jun (sexual offence peaks)' }).click()],
			['date range', async () => {
				await page.getByLabel('From date (dd/mm/yyyy)').fill('01/01/2024');
				await page.getByLabel('To date (dd/mm/yyyy)').fill('31/12/2024');
				await page.getByRole('button', { name: 'Apply dates' }).click();
			}],
			['offence group', () => page.getByTestId('filter-groups').getByLabel('Public order').uncheck()],
			['age band', () => page.getByTestId('filter-ages').getByLabel('25+').uncheck()],
			['district', () => page.getByTestId('filter-districts').getByLabel('Sevenoaks').uncheck()]
		];
		let previous = all.shown;
		for (const [name, act] of steps) {
			await act();
			const now = await waitForCounts(page);
			expect(now.shown, name).toBeLessThan(previous);
			expect(now.shown, name).toBeGreaterThan(0);
			previous = now.shown;
		}
		const final = await waitForCounts(page);
		const params = new URLSearchParams(final.query);
		expect(params.get('m')).toBe('1,5,6');
		expect(params.get('from')).toBe('2024-01-01');
		expect(params.get('to')).toBe('2024-12-31');
		expect(params.get('a')).toBe('0-9,10-17,18-24,unknown');
		await expect(page.getByTestId('chip').filter({ hasText: 'Time: 18:00-20:00, Mon-Fri' })).toHaveCount(1);
		await expectUrlRestores(page, final);

		// The knife flag, then removing chips one by one, then reset.
		await page.getByTestId('filter-flags').getByLabel('Knife or sharp instrument').check();
		const knife = await waitForCounts(page);
		expect(new URLSearchParams(knife.query).get('f')).toBe('knife');
		await page.getByRole('button', { name: /Remove filter: Only: knife/ }).click();
		expect((await waitForCounts(page)).shown).toBe(final.shown);
		await page.getByTestId('reset-filters').click();
		const reset = await waitForCounts(page);
		expect(reset.shown).toBe(all.shown);
		expect(reset.query).toBe('ds=synthetic-20240101');
	});

	test('weekend nights span Friday evening to Sunday morning, and the month-only note stays away', async ({ page }) => {
		await openAtlas(page);
		await page.getByRole('button', { name: 'weekend nights (Fri 18:00-Sun 06:00)' }).click();
		const weekend = await waitForCounts(page);
		expect(weekend.shown).toBeGreaterThan(0);
		await expect(page.getByTestId('time-unknown-note')).toHaveCount(0);
		await expectUrlRestores(page, weekend);
	});

	test('clicking a district where no hexagon is drawn toggles its filter', async ({ page }) => {
		// Homicides at resolution 9: a few tiny hexagons, so the click lands on the district, not on a hexagon.
		const all = await openAtlas(page, '?ds=synthetic-20240101&g=homicide&res=9');
		const point = await page.evaluate(() => {
			const map = window.__hotspotAtlas!.map;
			const p = map.project([1.37, 51.36]);
			const box = map.getCanvas().getBoundingClientRect();
			return { x: box.left + p.x, y: box.top + p.y };
		});
		await page.mouse.click(point.x, point.y);
		const thanet = await waitForCounts(page);
		expect(new URLSearchParams(thanet.query).get('d')).toBe('E07000114');
		expect(thanet.shown).toBeLessThan(all.shown);
		await expect(page.getByTestId('chip')).toHaveCount(2);
		await expect(page.getByTestId('chip').filter({ hasText: 'Districts' })).toContainText('Districts: Thanet');
		await page.mouse.click(point.x, point.y);
		expect((await waitForCounts(page)).shown).toBe(all.shown);
	});

	test('a night-time filter moves the hotspots, and back and forward walk the history', async ({ page }) => {
		const all = await openAtlas(page, '?ds=synthetic-20240101&res=8');
		await page.screenshot({ path: 'screenshots/hotspot-all-hours.png' });
		await page.getByRole('button', { name: '23:00-00:00 night-time economy' }).click();
		const night = await waitForCounts(page);
		await page.screenshot({ path: 'screenshots/hotspot-night-time-economy.png' });
		const shared = night.topCells.filter((c) => all.topCells.includes(c)).length;
		expect(shared).toBeLessThan(10);

		await page.goBack();
		expect((await waitForCounts(page)).shown).toBe(all.shown);
		await page.goForward();
		expect((await waitForCounts(page)).shown).toBe(night.shown);
	});

	test('resolution, classes and opacity are in the URL and restore', async ({ page }) => {
		await openAtlas(page);
		await page.getByTestId('resolution').selectOption('9');
		await page.getByTestId('class-method').selectOption('equal-interval');
		await page.getByTestId('class-count').selectOption('7');
		const v = await waitForCounts(page);
		expect((await atlasView(page)).resolution).toBe(9);
		const params = new URLSearchParams(v.query);
		expect([params.get('res'), params.get('meth'), params.get('cls')]).toEqual(['9', 'equal-interval', '7']);
		await expect(page.getByTestId('legend')).toContainText('Hexagon size: small (9)');
		await expectUrlRestores(page, v);
	});

	test('a link with a broken parameter says what it could not use', async ({ page }) => {
		const opened = await openAtlas(page, '?ds=synthetic-20240101&g=robbery,arson');
		await expect(page.getByTestId('url-problems')).toContainText('g=robbery,arson (unknown value "arson")');
		// The address is rewritten to the view actually shown.
		expect(opened.query).toBe('ds=synthetic-20240101');
	});
});

/** Pixels in the map area close to the two darkest classes of the sequential palette. */
async function countClassPixels(page: Page): Promise<number> {
	const png = await page.locator('main').screenshot();
	return page.evaluate(async (bytes) => {
		const blob = new Blob([new Uint8Array(bytes)], { type: 'image/png' });
		const bitmap = await createImageBitmap(blob);
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(bitmap, 0, 0);
		const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
		let n = 0;
		for (let i = 0; i < data.length; i += 4) {
			const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
			// Reds of the top classes (#f03b20, #bd0026 and their blends with the pale basemap).
			if (r > 150 && g < 110 && b < 110) n++;
		}
		return n;
	}, [...png]);
}

test('dragging the opacity slider and flicking filters never freezes the page (long tasks reported against the 50 ms budget)', async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { longTasks: number[] };
		w.longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
		}).observe({ type: 'longtask', buffered: false });
	});
	await openAtlas(page, '?ds=synthetic-20240101&res=9');
	await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
	const slider = page.getByTestId('opacity');
	const box = (await slider.boundingBox())!;
	await page.mouse.move(box.x + 2, box.y + box.height / 2);
	await page.mouse.down();
	for (let i = 0; i <= 20; i++) await page.mouse.move(box.x + 2 + (i * (box.width - 4)) / 20, box.y + box.height / 2);
	await page.mouse.up();
	for (const month of ['Jan', 'Feb', 'Mar', 'Jan', 'Feb', 'Mar']) await page.getByTestId('filter-months').getByLabel(month).click();
	await waitForCounts(page);
	const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
	console.log(`long tasks while dragging and filtering: ${longTasks.length ? longTasks.map((d) => d.toFixed(0)).join(', ') + ' ms' : 'none'}`);
	console.log(`long tasks over the 50 ms budget: ${longTasks.filter((d) => d > 50).length}`);
	expect(Math.max(0, ...longTasks)).toBeLessThan(FREEZE_MS);
});
