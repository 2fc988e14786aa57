/**
 * Duty monitoring end to end: the KPI view on the synthetic demo with the synthetic admissions table, months added
 * to an import (replaced, never doubled) with the digest of what changed, a watched folder, and a bad area table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SHARED } from './fixtures/import/import-helpers';
import { waitForMap, watchPage } from './helpers';

const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04'].map((m) => join(SHARED, 'police_uk_street_kent', m, `${m}-kent-street.csv`));
/** The incidents a dataset line states ("60,000 incidents in Kent & Medway · ..."). */
const count = (text: string) => Number(text.split(' incidents')[0].replace(/[^\d]/g, ''));

async function openDemoDuty(page: Page, extra = ''): Promise<void> {
	await page.goto(`/?ds=synthetic-20240101&tab=duty${extra}`);
	await waitForMap(page);
	await expect(page.getByTestId('duty-panel')).toBeVisible({ timeout: 60_000 });
}

test('the KPI view charts the three Duty KPIs for Kent and Medway and for Thanet, with limits, signals and the link', async ({ page }) => {
	const watch = watchPage(page);
	await openDemoDuty(page);
	await expect(page.getByTestId('kpi-knife_admissions').getByTestId('kpi-unavailable')).toContainText('area-level table');
	await page.getByTestId('area-table-synthetic').click();
	for (const key of ['knife_admissions', 'knife_violence', 'homicide']) await expect(page.getByTestId(`kpi-chart-${key}`)).toBeVisible({ timeout: 30_000 });
	await expect(page.getByTestId('kpi-knife_admissions').getByTestId('kpi-caption')).toContainText('SYNTHETIC');
	await expect(page.getByTestId('kpi-knife_admissions')).toContainText('area-level');
	// Homicides are rare: a Poisson chart, said in words, with how long a 20% fall takes to show.
	await expect(page.getByTestId('kpi-homicide').getByTestId('kpi-method')).toContainText('Poisson c-chart');
	await expect(page.getByTestId('kpi-homicide').getByTestId('kpi-detectable')).toContainText('years of data');
	await expect(page.getByTestId('kpi-knife_violence').getByTestId('kpi-sentence')).toContainText('Kent and Medway, all ages:');

	await page.getByTestId('duty-area').selectOption('E07000114');
	await expect(page).toHaveURL(/kpia=E07000114/);
	const knife = page.getByTestId('kpi-knife_violence');
	await expect(knife.getByTestId('kpi-sentence')).toContainText('Thanet, all ages:');
	// Thanet's knife-enabled violence falls below its 2023-2024 mean through 2025 in the synthetic demo: an improvement signal.
	await expect(knife.getByTestId('kpi-signals').locator('li[data-kind="improvement"]').first()).toContainText('improvement:');
	expect(await knife.locator('circle[data-signal="improvement"]').count()).toBeGreaterThan(0);
	// The limits are drawn: dashed paths with data.
	expect(await knife.locator('path.limit').evaluateAll((paths) => paths.filter((p) => (p.getAttribute('d') ?? '').length > 10).length)).toBe(2);

	// Under 25 and quarters travel in the link, and a reload shows the same view.
	await page.getByTestId('duty-age-u25').check();
	await page.getByTestId('duty-step-quarter').check();
	await expect(page).toHaveURL(/kpiage=u25/);
	await expect(page).toHaveURL(/kpistep=quarter/);
	await page.reload();
	await expect(page.getByTestId('kpi-knife_violence').getByTestId('kpi-sentence')).toContainText('Thanet, victims under 25:', { timeout: 60_000 });
	await expect(page.getByTestId('kpi-knife_admissions').getByTestId('kpi-chart-knife_admissions')).toBeVisible();
	await page.screenshot({ path: 'test-results/duty-kpis.png' });
	expect(watch.consoleErrors).toEqual([]);
});

test('a table with unknown areas, bad counts and mixed periods is refused whole, with a row report', async ({ page }) => {
	await openDemoDuty(page);
	const bad = ['area,period,measure,value', 'Thanet,2024-01,knife assault admissions,3', 'Atlantis,2024-02,knife assault admissions,1', 'Dover,2024-01,knife assault admissions,-2', 'Swale,2024-01,knife assault admissions,1.5', 'Medway,2024 Q1,knife assault admissions,4'].join('\n');
	await page.getByTestId('area-table-file').setInputFiles({ name: 'admissions.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
	const report = page.getByTestId('area-table-report');
	await expect(report).toContainText('admissions.csv was not imported');
	await expect(report).toContainText('4 of 5 rows have problems');
	const codes = await page.getByTestId('area-table-rejected').locator('code').allInnerTexts();
	expect(codes.sort()).toEqual(['mixed_periods', 'negative_value', 'not_integer', 'unknown_area']);
	await expect(page.getByTestId('area-table')).toHaveCount(0);
});

test('months added one at a time replace, never double, and the digest lists what changed', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('import-files').setInputFiles(MONTHS.slice(0, 3));
	await expect(page.getByTestId('dataset-label')).toContainText('2024-01-kent-street.csv', { timeout: 60_000 });
	const threeMonths = count(await page.getByTestId('dataset-rows').innerText());

	await page.getByTestId('import-mode-add').check();
	await page.getByTestId('import-files').setInputFiles(MONTHS[3]);
	await expect(page.getByTestId('month-change')).toHaveCount(1, { timeout: 60_000 });
	await expect(page.getByTestId('month-change')).toHaveAttribute('data-change', 'added');
	const fourMonths = count(await page.getByTestId('dataset-rows').innerText());
	expect(fourMonths).toBeGreaterThan(threeMonths);

	// The digest: police.uk has neither knife flags nor homicides, and four months are too few steps for emerging classes.
	await page.getByTestId('tab-duty').click();
	const digest = page.getByTestId('digest');
	await expect(digest.getByTestId('digest-headline')).toHaveText('Months added: 04/2024.', { timeout: 60_000 });
	await expect(digest).toContainText('fewer than 10 months');
	await expect(page.getByTestId('kpi-knife_violence').getByTestId('kpi-unavailable')).toContainText('police.uk');
	const download = page.waitForEvent('download');
	await digest.getByTestId('digest-csv').click();
	const csv = readFileSync(await (await download).path(), 'utf8').split('\n');
	// The export block first (marking, source, disclosure...), then the items.
	expect(csv[0]).toBe('Protective marking,OFFICIAL');
	expect(csv.some((line) => line.startsWith('Disclosure,'))).toBe(true);
	expect(csv).toContain('section,where,what,link');

	// March again: replaced by identical rows, so unchanged; the count does not move and the digest has nothing new.
	await page.getByTestId('import-mode-add').check();
	await page.getByTestId('import-files').setInputFiles(MONTHS[2]);
	await expect(page.getByTestId('month-change')).toHaveAttribute('data-change', 'unchanged', { timeout: 60_000 });
	expect(count(await page.getByTestId('dataset-rows').innerText())).toBe(fourMonths);
	await expect(digest.getByTestId('digest-headline')).toHaveText('No months were added or replaced.', { timeout: 60_000 });
	await page.getByTestId('import-history').locator('summary').click();
	await expect(page.getByTestId('import-history-row')).toHaveCount(3);
	expect(watch.consoleErrors).toEqual([]);
});

test('a watched folder imports its files, then only new ones, and lists a file it cannot read', async ({ page }) => {
	// The picker is answered with a folder in the origin's private file system: a real directory handle, kept in IndexedDB.
	await page.addInitScript(() => {
		(window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('watched', { create: true });
	});
	const put = (name: string, text: string) =>
		page.evaluate(
			async ([n, t]) => {
				const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('watched', { create: true });
				const writable = await (await dir.getFileHandle(n, { create: true })).createWritable();
				await writable.write(t);
				await writable.close();
			},
			[name, text]
		);
	await page.goto('/');
	await waitForMap(page);
	await put('2024-01-kent-street.csv', readFileSync(MONTHS[0], 'utf8'));
	await put('broken.csv', '\u0000\u0001\u0002 not a table \u0000');
	await page.getByTestId('watch-choose').click();
	await expect(page.getByTestId('watch-name')).toHaveText('watched');
	await page.getByTestId('watch-check').click();
	await expect(page.getByTestId('report-file')).toHaveCount(1, { timeout: 60_000 });
	await expect(page.getByTestId('watch-failures')).toContainText('broken.csv: no coordinate or date column');
	const first = count(await page.getByTestId('dataset-rows').innerText());

	// A new month in the folder: only it is read; January is skipped by its SHA-256.
	await put('2024-02-kent-street.csv', readFileSync(MONTHS[1], 'utf8'));
	await page.reload();
	await waitForMap(page);
	await expect(page.getByTestId('watch-name')).toHaveText('watched');
	await page.getByTestId('watch-check').click();
	await expect(page.getByTestId('month-change')).toHaveCount(1, { timeout: 60_000 });
	await expect(page.getByTestId('month-change')).toHaveAttribute('data-month', String(2024 * 12 + 1));
	expect(count(await page.getByTestId('dataset-rows').innerText())).toBeGreaterThan(first);
	await expect(page.getByTestId('watch-failures')).toContainText('broken.csv');
	await page.getByTestId('import-history').locator('summary').click();
	await expect(page.getByTestId('import-history-row')).toHaveCount(2);
});

test('without the File System Access API the folder control says so and points to the picker', async ({ page }) => {
	await page.addInitScript(() => {
		delete (window as unknown as { showDirectoryPicker?: unknown }).showDirectoryPicker;
	});
	await page.goto('/');
	await waitForMap(page);
	await expect(page.getByTestId('watch-unsupported')).toContainText('Import police.uk or partner files');
	await expect(page.getByTestId('watch-choose')).toHaveCount(0);
});
