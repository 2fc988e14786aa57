/**
 * Hostile input in the browser (issue 18): a zip bomb and a file that yields no rows are refused with a message
 * naming what was wrong, and the dataset on screen stays.
 */
import { closeSync, ftruncateSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { Zip, ZipDeflate } from 'fflate';
import { expect, test } from '@playwright/test';
import { openAtlas, watchPage } from './helpers';

/** A zip of one police.uk entry holding `mib` MiB of one character on one line (about 1,000 to 1). */
function bomb(mib: number): Buffer {
	const parts: Uint8Array[] = [];
	const zip = new Zip((err, data) => {
		if (err) throw err;
		parts.push(data);
	});
	const entry = new ZipDeflate('2024-01/2024-01-kent-street.csv', { level: 6 });
	zip.add(entry);
	const chunk = new Uint8Array(1 << 20).fill(97);
	for (let i = 0; i < mib; i++) entry.push(chunk, false);
	entry.push(new Uint8Array(0), true);
	zip.end();
	return Buffer.concat(parts);
}

test('a zip bomb is refused by what it really decompresses, naming the entry, and the demo stays on screen', async ({ page }) => {
	test.setTimeout(120_000);
	const watch = watchPage(page);
	const zip = bomb(256);
	mkdirSync('test-results', { recursive: true });
	writeFileSync('test-results/bomb.zip', zip);
	const before = await openAtlas(page, '?ds=synthetic-20240101');
	const started = Date.now();
	await page.getByTestId('import-files').setInputFiles('test-results/bomb.zip');
	const alert = page.getByRole('alert').filter({ hasText: 'decompresses to more than 100 times its compressed size' });
	await expect(alert).toBeVisible({ timeout: 60_000 });
	console.log(`a ${(zip.length / 1024).toFixed(0)} KB zip holding a 256 MiB single-line entry: refused in the browser ${((Date.now() - started) / 1000).toFixed(1)} s after the file was chosen`);
	await expect(alert).toContainText('bomb.zip:2024-01/2024-01-kent-street.csv');
	await expect(page.getByTestId('dataset-label')).toContainText('Synthetic demo data');
	expect((await page.evaluate(() => window.__hotspotAtlas!.view())).shown).toBe(before.shown);
	expect(watch.consoleErrors).toEqual([]);
});

test('a file that yields no rows is refused beside the dataset on screen, never in its place', async ({ page }) => {
	const watch = watchPage(page);
	const before = await openAtlas(page, '?ds=synthetic-20240101');
	mkdirSync('test-results', { recursive: true });
	writeFileSync('test-results/2024-01-kent-street.csv', 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n');
	await page.getByTestId('import-files').setInputFiles('test-results/2024-01-kent-street.csv');
	await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText('2024-01-kent-street.csv: 0 rows read, none kept');
	await expect(page.getByTestId('dataset-label')).toContainText('Synthetic demo data');
	expect((await page.evaluate(() => window.__hotspotAtlas!.view())).shown).toBe(before.shown);
	expect(watch.consoleErrors).toEqual([]);
});

test('files too large for the tab are refused before a byte is read into the worker, with the estimate, and the demo stays', async ({ page }) => {
	const watch = watchPage(page);
	mkdirSync('test-results/huge', { recursive: true });
	// Four sparse 1,000 MB files (no disk used) that open with real police.uk lines: about 20 million rows in all.
	const row = 'abc123,2024-01,Kent Police,Kent Police,0.521,51.272,On or near High Street,E01024000,Maidstone 001A,Violence and sexual offences,Under investigation,\n';
	const paths = [1, 2, 3, 4].map((i) => {
		const path = `test-results/huge/2024-0${i}-kent-street.csv`;
		const fd = openSync(path, 'w');
		writeSync(fd, `Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n${row.repeat(600)}`);
		ftruncateSync(fd, 1_000_000_000);
		closeSync(fd);
		return path;
	});
	const before = await openAtlas(page, '?ds=synthetic-20240101');
	await page.getByTestId('import-files').setInputFiles(paths);
	const alert = page.getByTestId('import-tab-too-small');
	await expect(alert).toHaveText(/^Not imported: these files hold about 2\d\.\d million rows \(3\.7 GB at about 1\d\d bytes a row\)/);
	await expect(alert).toHaveAttribute('role', 'alert');
	await expect(page.getByTestId('import-progress')).toHaveCount(0);
	await expect(page.getByTestId('dataset-label')).toContainText('Synthetic demo data');
	expect((await page.evaluate(() => window.__hotspotAtlas!.view())).shown).toBe(before.shown);
	await page.screenshot({ path: 'screenshots/import-tab-too-small.png' });
	expect(watch.consoleErrors).toEqual([]);
});
