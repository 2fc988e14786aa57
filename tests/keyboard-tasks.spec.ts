/**
 * Three whole tasks with the keyboard alone (no pointer event at all), counting the keys pressed:
 * 1. an analyst finds the top night-time hot spots of one district;
 * 2. a CSP officer adds a youth site at a hexagon and reads its coverage in its own hours;
 * 3. a link to the view is copied and reopened, and shows the same view.
 * The counts are printed, for the closing note.
 */
import { expect, test, type Page } from '@playwright/test';
import { atlasView, waitForMap } from './helpers';

/** Presses keys and counts them; a typed text counts one key a character. */
function keyboard(page: Page) {
	let count = 0;
	return {
		get count() {
			return count;
		},
		async press(key: string, times = 1) {
			for (let i = 0; i < times; i++) await page.keyboard.press(key);
			count += times;
		},
		async type(text: string) {
			await page.keyboard.type(text);
			count += text.length;
		},
		/** Presses `key` until `done` holds, at most `limit` times; the presses count. */
		async until(key: string, done: () => Promise<boolean>, limit = 80) {
			for (let i = 0; i < limit; i++) {
				if (await done()) return;
				await page.keyboard.press(key);
				count++;
			}
			if (!(await done())) throw new Error(`${limit} presses of ${key} did not reach the target`);
		}
	};
}

const focused = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

async function open(page: Page): Promise<void> {
	// Every pointer event would be a failure of the task: none may reach the page.
	await page.addInitScript(() => {
		for (const type of ['pointerdown', 'mousedown', 'click'])
			window.addEventListener(type, (e) => {
				if ((e as PointerEvent).pointerType || (e as MouseEvent).detail > 0) (window as unknown as { __pointerUsed: boolean }).__pointerUsed = true;
			}, true);
	});
	await page.goto('/');
	await waitForMap(page);
	await page.waitForFunction(() => window.__hotspotAtlas?.view().settled);
}

const pointerUsed = (page: Page) => page.evaluate(() => (window as unknown as { __pointerUsed?: boolean }).__pointerUsed ?? false);

test.describe('tasks without a mouse', () => {
	test('an analyst finds the top night-time hot spots of one district', async ({ page }) => {
		await open(page);
		const keys = keyboard(page);
		// Skip links: map, place search, filters, panels.
		await keys.press('Tab', 3);
		await expect(page.getByRole('link', { name: 'Skip to the filters' })).toBeFocused();
		await keys.press('Enter');
		await keys.until('Tab', () => focused(page, '[data-preset="night"]'));
		await keys.press('Enter');
		await expect.poll(async () => (await atlasView(page)).query).toMatch(/(^|&)h=/);

		// "/" jumps to the place search; Shift+Enter picks Thanet and shows only it.
		await keys.press('/');
		await expect(page.getByTestId('place-search-input')).toBeFocused();
		await keys.type('Thanet');
		await expect(page.getByTestId('place-search-results').getByRole('option').first()).toContainText('Thanet');
		await keys.press('Shift+Enter');
		await expect.poll(async () => (await atlasView(page)).query).toMatch(/(^|&)d=E07000114(&|$)/);

		// On to the panel tabs, and along them to the hot spots.
		await keys.until('Tab', () => focused(page, '[role="tab"][aria-selected="true"]'));
		await keys.until('ArrowRight', () => focused(page, '[data-testid="tab-hotspots"]'));
		const rows = page.getByTestId('top-hotspot-row');
		await expect(rows.first()).toBeVisible({ timeout: 30_000 });
		// Every row lies in Thanet (a hexagon whose centre is off the coast has no district to name).
		const districts = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[1]?.textContent?.trim() ?? ''));
		expect(districts).toContain('Thanet');
		expect(districts.filter((d) => d !== 'Thanet' && d !== '')).toEqual([]);
		expect(await pointerUsed(page)).toBe(false);
		console.log(`task 1 (night-time hot spots of Thanet): ${keys.count} keys`);
	});

	test('a CSP officer adds a youth site at a hexagon and reads its coverage in its own hours', async ({ page }) => {
		await open(page);
		const keys = keyboard(page);
		// Find Margate, then go to the map.
		await keys.press('/');
		await keys.type('Margate');
		await expect(page.getByTestId('place-search-results').getByRole('option').first()).toContainText('Margate');
		await keys.press('Enter');
		await expect.poll(() => page.evaluate(() => window.__hotspotAtlas!.map.getCenter().lng), { timeout: 10_000 }).toBeGreaterThan(1.3);
		await waitForMap(page);
		await page.waitForFunction(() => window.__hotspotAtlas?.view().settled);
		await keys.until('Shift+Tab', () => focused(page, 'canvas.maplibregl-canvas'));

		// An arrow picks the hexagon nearest the middle; A starts a site there.
		await keys.press('ArrowUp');
		await expect(page.getByTestId('map-keyboard-status')).toContainText('Hexagon in');
		const cell = await page.getByTestId('map-keyboard-status').getAttribute('data-cell');
		expect(cell).toMatch(/^8[0-9a-f]{14}$/);
		await keys.press('a');
		await expect(page.getByTestId('site-name')).toBeFocused();
		await keys.type('Youth boxing, Margate');
		await keys.until('Tab', () => focused(page, '[data-testid="site-programme"]'));
		await keys.type('Youth');
		await keys.until('Tab', () => focused(page, '[data-testid="site-hours"]'));
		await keys.type('Tue, Thu 16:00-19:00');
		await keys.press('Tab');
		await keys.type('10-17');
		await keys.until('Tab', () => focused(page, '[data-testid="site-save"]'));
		await keys.press('Enter');
		await expect(page.getByTestId('sites-table')).toContainText('Youth boxing, Margate');

		// Saving puts the focus on the new site's row; the coverage rule sits above the list.
		await expect(page.getByRole('button', { name: 'Youth boxing, Margate', exact: true })).toBeFocused();
		const count = async (id: string) => Number((await page.getByTestId(id).innerText()).replace(/[^0-9]/g, ''));
		await expect(page.getByTestId('coverage-summary-rule')).toContainText(/space only/i);
		// Space only: "x% of the filtered incidents (n of 60,000) are covered".
		const coveredInSpace = async () => Number(/\(([\d,]+) of/.exec(await page.getByTestId('coverage-summary').innerText())?.[1].replace(/,/g, '') ?? NaN);
		await expect.poll(coveredInSpace, { timeout: 15_000 }).toBeGreaterThan(0);
		const inSpace = await coveredInSpace();

		// The rule: covered only in the site's hours (one hour either side) and for its audience's ages.
		await keys.until('Shift+Tab', () => focused(page, '[data-testid="coverage-rule-time"]'));
		await keys.press('Space');
		await keys.until('Tab', () => focused(page, '[data-testid="coverage-rule-ages"]'));
		await keys.press('Space');
		await expect(page.getByTestId('coverage-summary-rule')).toContainText(/hours/i);
		await expect(page.getByTestId('coverage-summary-rule')).toContainText(/age/i);
		// Its hours and ages leave fewer incidents covered than its catchment holds; the demo has every time, so none is unknown.
		await expect.poll(() => count('coverage-covered'), { timeout: 15_000 }).toBeLessThan(inSpace);
		const covered = await count('coverage-covered');
		expect(await count('coverage-time-unknown')).toBe(0);
		expect(covered + (await count('coverage-not-covered')) + (await count('coverage-age-unknown'))).toBe(60_000);
		await expect.poll(async () => (await atlasView(page)).query).toMatch(/(^|&)cov=time\.margin60\.ages(&|$)|(^|&)cov=time\.ages(&|$)/);
		expect(await pointerUsed(page)).toBe(false);
		console.log(`task 2 (youth site and its coverage in its hours): ${keys.count} keys; covered ${inSpace} in space only, ${covered} in its hours and ages`);
	});

	test('a link to the view is copied and reopens the same view', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page);
		const keys = keyboard(page);
		await keys.press('Tab', 3);
		await keys.press('Enter');
		await keys.until('Tab', () => focused(page, '[data-preset="evening"]'));
		await keys.press('Enter');
		await keys.press('/');
		await keys.until('Tab', () => focused(page, '[data-testid="copy-link"]'));
		await keys.press('Enter');
		await expect(page.getByTestId('copy-link-status')).toContainText('Link copied');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		const before = await atlasView(page);
		expect(link).toContain(`?${before.query}`);

		const other = await context.newPage();
		await other.goto(link);
		await waitForMap(other);
		await other.waitForFunction(() => window.__hotspotAtlas?.view().settled);
		const after = await atlasView(other);
		expect(after.query).toBe(before.query);
		expect(after.topCells).toEqual(before.topCells);
		expect(after.shown).toBe(before.shown);
		expect(await pointerUsed(page)).toBe(false);
		console.log(`task 3 (copy a link and reopen the view): ${keys.count} keys`);
	});
});
