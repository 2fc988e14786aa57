/**
 * A force-style extract (semicolons, BOM, CRLF, easting/northing, dd/mm/yyyy HH:mm) through the
 * column-mapping dialog: detection shown with a preview and would-be rejects, an edit rechecked, the
 * import's row report equal to the CLI's on the same file, and the mapping remembered for next time.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { cli, gb, rejectedTotal, ROOT } from './fixtures/import/import-helpers';
import { watchPage, waitForMap } from './helpers';

const FORCE = join(ROOT, 'src/lib/analysis/ingest/fixtures/generic/force-extract.csv');
const CENTROIDS = join(ROOT, 'data/lookups/lsoa21-pwc-centroids.geojson');

test('a force extract imports through the mapping dialog with the CLI’s row report', async ({ page }) => {
	const watch = watchPage(page);
	const expected = await cli([FORCE], ['--centroids', CENTROIDS]);
	await page.goto('/');
	await waitForMap(page);
	await expect(page.getByTestId('dataset-label')).toBeVisible({ timeout: 60_000 });

	await page.getByTestId('import-files').setInputFiles(FORCE);
	const dialog = page.getByTestId('mapping-dialog');
	await expect(dialog).toBeVisible();
	await expect(dialog.getByTestId('mapping-summary')).toContainText('semicolon-separated text, UTF-8');
	await expect(dialog.getByTestId('mapping-field-easting')).toHaveValue('Easting');
	await expect(dialog.getByTestId('mapping-field-northing')).toHaveValue('Northing');
	await expect(dialog.getByTestId('mapping-field-date')).toHaveValue('Committed From');
	await expect(dialog.getByTestId('mapping-preview')).toContainText('Assault occasioning actual bodily harm');
	// 31/02/2024 is no date: the sample shows it before anything is imported.
	await expect(dialog.getByTestId('mapping-rejects')).toContainText('Line 5');
	const rejectsDetected = await dialog.getByTestId('mapping-rejects').locator('li').count();

	// An edit is rechecked on the sample: the "to" column is mostly empty, so more rows would fail.
	await dialog.getByTestId('mapping-field-date').selectOption('Committed To');
	await expect.poll(() => dialog.getByTestId('mapping-rejects').locator('li').count()).toBeGreaterThan(rejectsDetected);
	await dialog.getByTestId('mapping-field-date').selectOption('Committed From');
	await expect(dialog.getByTestId('mapping-rejects').locator('li')).toHaveCount(rejectsDetected);

	await dialog.getByTestId('mapping-confirm').click();
	await expect(dialog).toHaveCount(0);
	const report = page.getByTestId('row-report');
	await expect(report.getByTestId('report-rows-read')).toHaveText(gb(expected.summary.rowsRead), { timeout: 30_000 });
	await expect(report.getByTestId('report-kept')).toHaveText(gb(expected.summary.kept));
	await expect(report.getByTestId('report-rejected')).toHaveText(gb(rejectedTotal(expected.summary)));
	for (const [code, n] of Object.entries(expected.summary.rejected)) {
		if (n > 0) await expect(report.getByTestId(`report-reject-${code}`), code).toHaveText(gb(n));
	}
	await expect(report.getByTestId('report-file-read-as')).toContainText('semicolon-separated, UTF-8, easting/northing');
	await expect(page.getByTestId('dataset-label')).toHaveText('force-extract.csv');
	// Times to the minute: the time-of-day filter is available for this dataset.
	await expect(page.getByText('Month precision only')).toHaveCount(0);
	await expect(page).toHaveURL(/[?&]ds=local-/);

	// Same header again: the confirmed mapping is remembered.
	await page.getByTestId('import-files').setInputFiles(FORCE);
	await expect(page.getByTestId('mapping-remembered')).toBeVisible();
	await page.getByTestId('mapping-dialog').getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByTestId('mapping-dialog')).toHaveCount(0);
	expect(watch.consoleErrors).toEqual([]);
});
