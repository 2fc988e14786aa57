/**
 * Harm and cost weighting (issue 16 item 5): the Gi* map switches to weighted sums on the same filters, the
 * legend says which weighting is on and what it leaves out, the table gives the estimated cost with its price
 * year, and a user's own table loads with a row report.
 */
import { expect, test } from '@playwright/test';
import { openAtlas, watchPage } from './helpers';

test('Gi* runs on cost-weighted sums, says what it leaves out, and takes the user’s own table', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '?ds=synthetic-20240101');
	await page.getByTestId('layer-hotspots').check();
	const legend = page.getByTestId('hotspot-legend');
	await expect(legend).toBeVisible({ timeout: 30_000 });
	const countsSummary = await page.getByTestId('hotspot-summary').textContent();
	await page.getByTestId('weighting-select').selectOption('ho-cost-2020');
	await expect.poll(() => new URL(page.url()).searchParams.get('wt')).toBe('ho-cost-2020');
	await expect(page.getByTestId('hotspot-weighting')).toContainText('Cost (Home Office, 2019/20 prices)', { timeout: 30_000 });
	await expect(page.getByTestId('hotspot-weighting')).toContainText(/Estimated cost of harm: £[\d,]+ \(2019\/20 prices\)/);
	await expect(legend.getByRole('heading')).toHaveText('Hot and cold spots, weighted by cost');
	await expect(page.getByTestId('hotspot-summary')).not.toHaveText(countsSummary!);
	await expect(page.getByTestId('weighting-source')).toContainText('transcription');
	await expect(page.getByTestId('weighting-left-out')).toContainText('Sexual offences');
	await expect(page.getByTestId('weighting-total')).toContainText(/Estimated cost of harm of the filtered incidents: £[\d,]+ \(2019\/20 prices\)/);
	await page.waitForFunction(() => window.__hotspotAtlas!.map.loaded());
	await page.screenshot({ path: 'screenshots/weighted-hotspots.png' });

	// The table gives each hot spot's estimated cost.
	await page.getByTestId('tab-hotspots').click();
	await expect(page.getByTestId('top-hotspots')).toContainText("Cost: the estimated cost of harm of the hexagon's incidents, 2019/20 prices.");
	await expect(page.getByTestId('top-hotspot-weighted').first()).toHaveText(/^£[\d.,]+[mk]?$/);
	await page.getByTestId('top-hotspots').screenshot({ path: 'screenshots/weighted-top-hotspots.png' });

	// The user's own table: one unknown group is rejected and reported, the rest weigh the map.
	await page.getByTestId('weighting-file').setInputFiles('tests/fixtures/weights/my-harm-index.csv');
	await expect(page.getByTestId('weighting-own-report')).toContainText('7 rows read = 6 kept + 1 rejected');
	await expect(page.getByTestId('weighting')).toContainText('Line 7: Not one of the offence groups');
	await expect.poll(() => new URL(page.url()).searchParams.get('wt')).toBe('own');
	await expect(page.getByTestId('hotspot-weighting')).toContainText('Your table (my-harm-index.csv)', { timeout: 30_000 });
	await page.getByTestId('weighting').screenshot({ path: 'screenshots/weighting-own-table.png' });

	// Back to counts on the same filters.
	await page.getByTestId('weighting-select').selectOption('count');
	await expect(page.getByTestId('hotspot-weighting')).toHaveCount(0);
	await expect(page.getByTestId('hotspot-summary')).toHaveText(countsSummary!);
	expect(watch.consoleErrors).toEqual([]);
});
