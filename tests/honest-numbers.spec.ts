/**
 * Honest numbers (issue 14): the deprivation rate ratio names its bootstrap interval, a starter site's
 * before/after gives its interval and wording, the district table tests its changes and refuses to compare
 * across months the import reported missing, and the legend gives every class its share.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { filesPresent } from '../src/lib/test-support/required-files';
import { SHARED } from './fixtures/import/import-helpers';
import { cellToLatLng } from 'h3-js';
import { atlasView, openAtlas, watchPage } from './helpers';

const POLICE_DIR = join(SHARED, 'police_uk_street_kent');
const GAP_MONTHS = ['2018-10', '2018-11', '2018-12', '2019-01', '2019-02', '2024-01', '2024-02', '2024-03', '2024-04'];
const GAP_FILES = GAP_MONTHS.map((m) => join(POLICE_DIR, m, `${m}-kent-street.csv`));

/** "7.40 (95% interval 5.91 to 9.21, ..." -> [7.40, 5.91, 9.21] */
const figures = (text: string) => (text.match(/\d+\.\d\d/g) ?? []).slice(0, 3).map(Number);

test('the police.uk sample: the rate ratio shows the bootstrap interval and names it; the Poisson option says what it assumes', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '?ds=policeuk-2024-01-2024-04');
	await page.getByTestId('tab-deprivation').click();
	const ratio = page.getByTestId('rate-ratio');
	await expect(ratio).toContainText('bootstrap over LSOAs', { timeout: 30_000 });
	await expect(page.getByTestId('rate-ratio-method')).toContainText('resampled with replacement');
	const [r, lower, upper] = figures(await ratio.innerText());
	await page.screenshot({ path: 'screenshots/deprivation-bootstrap.png' });
	await page.getByTestId('rate-ratio-interval').selectOption('poisson');
	await expect(ratio).toContainText('assumes incidents are independent');
	const [pr, plower, pupper] = figures(await ratio.innerText());
	// The same ratio; the clustered interval is the wider one.
	expect(pr).toBe(r);
	expect(lower).toBeLessThan(plower);
	expect(upper).toBeGreaterThan(pupper);

	// Four months of data: annualised rates are three times the rates over the period, and the link keeps the choice.
	await page.getByTestId('tab-districts').click();
	const medwayRate = async () => Number((await page.getByTestId('district-row-E06000035').locator('td').nth(2).innerText()).replace(/,/g, ''));
	await expect(page.getByTestId('district-rate-unit')).toContainText('over 01/2024 to 04/2024 (4 months)');
	const period = await medwayRate();
	await page.getByTestId('annualise').check();
	await expect(page.getByTestId('district-rate-unit')).toContainText('a year (annualised from 4 months');
	expect(await medwayRate()).toBeCloseTo(period * 3, 1);
	await expect.poll(() => new URL(page.url()).searchParams.get('ann')).toBe('1');
	expect(watch.consoleErrors).toEqual([]);
});

test('a starter site’s before/after gives its interval and words it by the interval; the legend gives each class its share', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '?ds=synthetic-20240101&res=8');
	const shares = page.getByTestId('legend-class-share');
	await expect(shares.first()).toContainText('% of incidents');
	const percents = (await shares.allInnerTexts()).map((t) => Number(t.match(/(\d+)% of incidents/)![1]));
	expect(Math.abs(percents.reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(percents.length);
	await expect(page.getByTestId('legend')).toContainText('head/tail breaks');

	await page.getByTestId('tab-sites').click();
	await page.getByTestId('sites-starter').click();
	const choice = page.getByTestId('ba-site');
	await choice.selectOption({ index: 1 });
	await expect(page.getByTestId('ba-interval')).toContainText('95% interval');
	await expect(page.getByTestId('ba-verdict')).toHaveText(/^(No clear change relative to the rest of|The catchment (fell|rose) more)/);
	await expect(page.getByTestId('ba-method')).toContainText('overdispersion');
	await page.getByTestId('before-after').screenshot({ path: 'screenshots/before-after-interval.png' });
	expect(watch.consoleErrors).toEqual([]);
});

test('the district table tests each change, and across the gap of a two-period import says "not comparable"', async ({ page }) => {
	test.skip(!filesPresent(GAP_FILES, 'the two-period police.uk import'), `the shared police.uk files are not at ${POLICE_DIR}`);
	const watch = watchPage(page);
	await openAtlas(page, '?ds=synthetic-20240101');
	await page.getByTestId('tab-districts').click();
	// The table loads with its tab: wait for its 13 rows before reading them.
	await expect(page.locator('[data-testid^="district-change-E"]')).toHaveCount(13);
	// The demo has no gaps: every change carries a verdict from its interval.
	const verdicts = await page.locator('[data-testid^="district-change-E"]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-verdict')));
	expect(verdicts).toHaveLength(13);
	for (const v of verdicts) expect(['rise', 'fall', 'no-clear-change', 'not-estimable', 'not-comparable']).toContain(v);
	await expect(page.getByTestId('district-change-method')).toContainText('Benjamini-Hochberg');

	// An import can be named; the name replaces "<first file> and 8 more files".
	await page.getByTestId('import-name').fill('Kent, two periods');
	await page.getByTestId('import-files').setInputFiles(GAP_FILES);
	await expect(page.getByTestId('dataset-label')).toContainText('Kent, two periods', { timeout: 120_000 });
	await expect(page.getByTestId('import-name')).toHaveValue('');
	await page.getByTestId('tab-districts').click();
	await expect(page.getByTestId('district-periods')).toContainText('not comparable, because the periods include months the import reported as missing');
	const texts = await page.locator('[data-testid^="district-change-E"]').allInnerTexts();
	expect(texts.map((t) => t.trim())).toEqual(Array(13).fill('not comparable'));
	await page.getByTestId('district-table').screenshot({ path: 'screenshots/district-not-comparable.png' });
	// The series shows the months with data and one break for the 58 missing months between them.
	await page.getByTestId('tab-when').click();
	await expect(page.getByTestId('series-gap')).toHaveCount(1);
	await expect(page.getByTestId('series-gap')).toContainText('58-month gap');
	await page.getByTestId('time-series').screenshot({ path: 'screenshots/series-gap.png' });
	expect(watch.consoleErrors).toEqual([]);
});

test('the busiest hexagon of the police.uk sample says one snap point holds many of its incidents, on hover and in its detail', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '?ds=policeuk-2024-01-2024-04&res=8');
	const [top] = (await atlasView(page)).topCells;
	const [lat, lng] = cellToLatLng(top);
	await openAtlas(page, `?ds=policeuk-2024-01-2024-04&res=8&at=13/${lat.toFixed(5)}/${lng.toFixed(5)}`);
	const canvas = page.locator('main canvas').first();
	const box = (await canvas.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.getByTestId('hex-tooltip-snap')).toHaveText(/^One location holds \d+ of [\d,]+ incidents \(a police\.uk snap point or a single address\)\.$/);
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.getByTestId('cell-detail-snap')).toContainText('One location holds');
	await page.screenshot({ path: 'screenshots/snap-point-detail.png' });
	expect(watch.consoleErrors).toEqual([]);
});

test('the definition of serious violence is visible by the filters, settable, kept in the link and used by the counts', async ({ page }) => {
	const watch = watchPage(page);
	const before = await openAtlas(page, '?ds=synthetic-20240101');
	const all = Number((await page.getByTestId('legend-all').innerText()).replace(/,/g, ''));
	const definition = page.getByTestId('definition');
	await expect(page.getByTestId('definition-summary')).toContainText('Serious violence (the default): homicide, robbery');
	await definition.locator('summary').click();
	await expect(definition).toContainText('In by default: the Act includes threats of violence');
	await page.getByTestId('definition-public_order').uncheck();
	await expect(page.getByTestId('definition-summary')).toContainText('(set by the user)');
	await expect(page.getByTestId('chip')).toContainText('Serious violence (set by the user)');
	await expect.poll(() => new URL(page.url()).searchParams.get('sv')).not.toBeNull();
	expect(new URL(page.url()).searchParams.get('sv')).not.toContain('public_order');
	await expect.poll(async () => Number((await page.getByTestId('legend-shown').innerText()).replace(/,/g, ''))).toBeLessThan(before.shown);
	expect(Number((await page.getByTestId('legend-all').innerText()).replace(/,/g, ''))).toBeLessThan(all);
	await definition.screenshot({ path: 'screenshots/definition-setting.png' });
	await page.getByTestId('definition-reset').click();
	await expect.poll(() => new URL(page.url()).searchParams.get('sv')).toBeNull();
	expect(watch.consoleErrors).toEqual([]);
});
