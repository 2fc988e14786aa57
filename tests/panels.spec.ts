/**
 * The panels beside the map: the hour x weekday matrix and the series set the filters and the URL, the
 * district table's total equals the legend's, a hexagon opens its records, the police.uk sample shows the
 * "no times" state, and the deprivation overlay and panel answer the current filters.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAtlas, waitForCounts, watchPage } from './helpers';

const count = (text: string) => Number(text.replace(/[^0-9]/g, ''));

/** The incidents a matrix cell's label gives, e.g. "Mon 18-19: 1,234 incidents". */
async function cellCount(cell: Locator): Promise<number> {
	const label = (await cell.getAttribute('aria-label')) ?? '';
	return count(label.split(':').at(-1) ?? '');
}

async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
	const a = (await from.boundingBox())!;
	const b = (await to.boundingBox())!;
	await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
	await page.mouse.down();
	await page.mouse.move((a.x + b.x) / 2 + b.width / 2, (a.y + b.y) / 2 + b.height / 2, { steps: 4 });
	await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
	await page.mouse.up();
}

test.describe('panels on the synthetic demo', () => {
	test('dragging a block in the matrix sets the hour-of-week filter, the URL and the legend', async ({ page }) => {
		const watch = watchPage(page);
		await openAtlas(page);
		// Weekdays 18:00-20:00: Monday (0) to Friday (4), hours 18 and 19.
		const slots = [0, 1, 2, 3, 4].flatMap((d) => [18, 19].map((h) => page.getByTestId(`matrix-cell-${d}-${h}`)));
		let expected = 0;
		for (const cell of slots) expected += await cellCount(cell);
		await drag(page, page.getByTestId('matrix-cell-0-18'), page.getByTestId('matrix-cell-4-19'));
		const after = await waitForCounts(page);
		expect(after.query).toMatch(/(^|&)h=/);
		expect(after.shown).toBe(expected);
		await expect(page.getByTestId('matrix-cell-2-18')).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByTestId('matrix-cell-5-18')).toHaveAttribute('aria-pressed', 'false');
		// The matrix ignores its own filter: Saturday still shows its counts.
		expect(await cellCount(page.getByTestId('matrix-cell-5-18'))).toBeGreaterThan(0);
		// ...and which district has the highest rate is one tab away, its total equal to the legend's.
		await page.getByTestId('tab-districts').click();
		await expect(page.getByTestId('district-total')).toContainText(after.shown.toLocaleString('en-GB'));
		await page.getByTestId('district-sort-rate').click();
		await expect(page.locator('[data-testid^="district-row-"]').first()).toBeVisible();
		expect(watch.consoleErrors).toEqual([]);
	});

	test('a finger dragged across the matrix selects the block, as a mouse does', async ({ browser }) => {
		const context = await browser.newContext({ hasTouch: true, viewport: { width: 1600, height: 900 } });
		const page = await context.newPage();
		await openAtlas(page);
		// Saturday and Sunday (5, 6), 22:00-00:00.
		const slots = [5, 6].flatMap((d) => [22, 23].map((h) => page.getByTestId(`matrix-cell-${d}-${h}`)));
		let expected = 0;
		for (const cell of slots) expected += await cellCount(cell);
		const centre = async (cell: Locator) => {
			const box = (await cell.boundingBox())!;
			return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		};
		const [a, b] = [await centre(page.getByTestId('matrix-cell-5-22')), await centre(page.getByTestId('matrix-cell-6-23'))];
		const cdp = await context.newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p?: { x: number; y: number }) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [p] : [] });
		await touch('touchStart', a);
		for (let k = 1; k <= 6; k++) await touch('touchMove', { x: a.x + ((b.x - a.x) * k) / 6, y: a.y + ((b.y - a.y) * k) / 6 });
		await touch('touchEnd');
		const after = await waitForCounts(page);
		expect(after.query).toMatch(/(^|&)h=/);
		expect(after.shown).toBe(expected);
		await expect(page.getByTestId('matrix-cell-6-22')).toHaveAttribute('aria-pressed', 'true');
		await context.close();
	});

	test('brushing the series sets the date range and the URL', async ({ page }) => {
		const all = await openAtlas(page);
		const brush = page.getByTestId('series-brush');
		const box = (await brush.boundingBox())!;
		const y = box.y + box.height / 2;
		await page.mouse.move(box.x + box.width * 0.4, y);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 });
		await page.mouse.up();
		const after = await waitForCounts(page);
		expect(after.query).toMatch(/(^|&)from=\d{4}-\d{2}-\d{2}/);
		expect(after.query).toMatch(/(^|&)to=\d{4}-\d{2}-\d{2}/);
		expect(after.shown).toBeGreaterThan(0);
		expect(after.shown).toBeLessThan(all.shown);
		await expect(page.getByTestId('series-selection')).toBeVisible();
		await expect(page.getByTestId('filter-chips')).toContainText('/');
	});

	test('the district table adds up to the legend under a filter and toggles districts', async ({ page }) => {
		await openAtlas(page, '?ds=synthetic-20240101&g=robbery');
		await page.getByTestId('tab-districts').click();
		const legend = count(await page.getByTestId('legend-shown').innerText());
		await expect(page.getByTestId('district-total')).toContainText(legend.toLocaleString('en-GB'));
		const medway = page.getByTestId('district-row-E06000035');
		await medway.getByRole('button').first().click();
		const after = await waitForCounts(page);
		expect(after.query).toMatch(/(^|&)d=E06000035/);
		await expect(page.getByTestId('district-total')).toContainText(after.shown.toLocaleString('en-GB'));
	});

	test('clicking a hexagon opens its counts, LSOAs and first source rows', async ({ page }) => {
		await openAtlas(page, '?ds=synthetic-20240101&at=11/51.3884/0.5224');
		const canvas = page.locator('main canvas').first();
		const box = (await canvas.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		const detail = page.getByTestId('cell-detail');
		await expect(detail).toBeVisible({ timeout: 15_000 });
		expect(count(await page.getByTestId('cell-detail-total').innerText())).toBeGreaterThan(0);
		await expect(page.getByTestId('cell-detail-lsoas')).toContainText('E0');
		expect(await page.getByTestId('cell-detail-rows').locator('tbody tr').count()).toBeGreaterThan(0);
		await page.getByTestId('cell-detail-close').click();
		await expect(detail).toHaveCount(0);
	});

	test('the deprivation overlay draws under the hexes with a legend, and the panel reports a rate ratio', async ({ page }) => {
		const watch = watchPage(page);
		await openAtlas(page);
		await page.getByTestId('imd-overlay-toggle').check();
		await expect(page.getByTestId('imd-legend')).toContainText('most deprived');
		await page.waitForFunction(() => !!window.__hotspotAtlas!.map.getLayer('imd-fill'));
		const order = await page.evaluate(() => window.__hotspotAtlas!.map.getStyle().layers.map((l) => l.id));
		expect(order.indexOf('imd-fill')).toBeLessThan(order.indexOf('district-line'));
		await page.getByTestId('tab-deprivation').click();
		await expect(page.getByTestId('rate-ratio')).toContainText('95%');
		await page.getByTestId('imd-edition').selectOption('imd2019');
		await expect(page.getByTestId('imd-legend')).toContainText('2019');
		expect(watch.consoleErrors).toEqual([]);
	});
});

test('the police.uk sample says the matrix and time filters are unavailable', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '?ds=policeuk-2024-01-2024-04');
	await expect(page.getByTestId('dataset-label')).toContainText('police.uk sample');
	await expect(page.getByTestId('matrix-no-times')).toBeVisible();
	await expect(page.getByTestId('dataset-no-times')).toBeVisible();
	await expect(page.getByTestId('series-daily')).toBeDisabled();
	await page.getByTestId('tab-districts').click();
	const legend = count(await page.getByTestId('legend-shown').innerText());
	await expect(page.getByTestId('district-total')).toContainText(legend.toLocaleString('en-GB'));
	expect(watch.consoleErrors).toEqual([]);
});
