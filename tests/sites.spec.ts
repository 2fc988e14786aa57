/**
 * Intervention sites end to end: a site added by clicking the busiest hexagon changes the coverage of the
 * current filters and drops that hexagon from the gap table; the starter sites import with a row report.
 */
import { cellToLatLng } from 'h3-js';
import { expect, test } from '@playwright/test';
import { atlasView, openAtlas, watchPage } from './helpers';

test('a site added on the map covers the busiest hexagon, and the gap table moves on', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '?ds=synthetic-20240101&res=8');
	const [top] = (await atlasView(page)).topCells;
	await page.getByTestId('tab-sites').click();
	await page.getByTestId('sites-starter').click();
	await expect(page.getByTestId('site-report-kept')).toHaveText('6');
	const gapRows = page.getByTestId('gap-row');
	await expect(gapRows.first()).toBeVisible();
	const before = Number(await page.getByTestId('coverage-share').getAttribute('data-value'));
	const topWasGap = (await gapRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-cell')))).includes(top);

	// Place a new site on the centre of the busiest hexagon by clicking the map there.
	await page.getByTestId('add-site-on-map').click();
	const [lat, lng] = cellToLatLng(top);
	const point = await page.evaluate(([x, y]) => {
		const map = window.__hotspotAtlas!.map;
		const p = map.project([x, y]);
		const box = map.getCanvas().getBoundingClientRect();
		return { x: box.left + p.x, y: box.top + p.y };
	}, [lng, lat]);
	await page.mouse.click(point.x, point.y);
	await expect(page.getByTestId('site-form')).toBeVisible();
	await page.getByTestId('site-name').fill('Test youth outreach');
	await page.getByTestId('site-programme').selectOption('youth-outreach');
	await page.getByTestId('site-save').click();
	await expect(page.getByTestId('sites-table')).toContainText('Test youth outreach');
	// The click was on a hexagon but picked a place: no district filter and no hexagon detail came with it.
	expect((await atlasView(page)).query).not.toMatch(/(^|&)d=/);

	await expect.poll(async () => Number(await page.getByTestId('coverage-share').getAttribute('data-value'))).toBeGreaterThan(before);
	await expect.poll(async () => (await gapRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-cell')))).includes(top)).toBe(false);
	expect(topWasGap || before > 0).toBe(true);
	expect(watch.consoleErrors).toEqual([]);
});

test('deleting a site asks first, and Undo puts it back from the keyboard, in this browser too', async ({ page }) => {
	await openAtlas(page);
	await page.getByTestId('tab-sites').click();
	await page.getByTestId('sites-starter').click();
	const rows = page.getByTestId('sites-table').locator('tbody tr');
	await expect(rows).toHaveCount(6);
	const first = rows.first();
	const id = ((await first.getAttribute('data-testid')) ?? '').replace('site-row-', '');
	const name = await first.locator('th button').innerText();

	// The question, and Keep, change nothing; focus goes back to Delete.
	await page.getByTestId(`site-delete-${id}`).click();
	await page.keyboard.press('Enter');
	await expect(rows).toHaveCount(6);
	await expect(page.getByTestId(`site-delete-${id}`)).toBeFocused();

	// Yes, delete: the row goes, and the focused Undo brings it back with the same id.
	await page.getByTestId(`site-delete-${id}`).click();
	await page.getByTestId(`site-delete-confirm-${id}`).click();
	await expect(rows).toHaveCount(5);
	await expect(page.getByTestId('sites-undo')).toContainText(name);
	await expect(page.getByTestId('sites-undo-button')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(rows).toHaveCount(6);
	await expect(page.getByTestId(`site-row-${id}`)).toBeVisible();

	// Kept in the browser: a page opened afterwards (reading the browser's store) has it, once the write lands.
	await expect
		.poll(async () => {
			const other = await page.context().newPage();
			await openAtlas(other);
			await other.getByTestId('tab-sites').click();
			// The sites tab loads on demand, and its list once the browser's store is read: wait for the list itself.
			await other.getByTestId('sites-table').waitFor({ timeout: 15_000 });
			const found = await other.getByTestId(`site-row-${id}`).count();
			await other.close();
			return found;
		}, { timeout: 30_000 })
		.toBe(1);
});
