/**
 * Briefing outputs (issue 17): a 1920 x 1080 slide and an A4 PDF of evening serious-violence hot spots in
 * Medway, each with title, legend, filters, notes and a map that is more than the basemap; and a CSV with the
 * header block that a spreadsheet opens.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { encodeMask, TIME_PRESETS } from '../src/lib/analysis/filters/hour-of-week';
import { openAtlas, watchPage } from './helpers';
import { pdfText } from './pdf-text';

const EVENING = encodeMask(TIME_PRESETS.find((p) => p.id === 'evening')!.mask());

async function makeFigure(page: Page, size: string, format: 'png' | 'pdf') {
	await page.getByTestId('figure-size').selectOption(size);
	await page.getByTestId(`figure-${format}`).check();
	const download = page.waitForEvent('download', { timeout: 90_000 });
	await page.getByTestId('figure-make').click();
	const file = await (await download).path();
	const made = page.getByTestId('figure-made').locator('li').first();
	await expect(made).toContainText(`.${format}`);
	return { bytes: new Uint8Array(readFileSync(file)), regions: JSON.parse((await made.getAttribute('data-regions'))!) };
}

/** Per region of the PNG: the share of pixels that are not white, and of those in the Gi* hot colours. */
async function inspectPng(page: Page, bytes: Uint8Array, regions: Record<string, { x: number; y: number; w: number; h: number }>) {
	return page.evaluate(
		async ({ b64, regions }) => {
			const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
			const bitmap = await createImageBitmap(blob);
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(bitmap, 0, 0);
			const out: Record<string, { ink: number; hot: number }> = {};
			for (const [name, r] of Object.entries(regions)) {
				if (!r) continue;
				const { data } = ctx.getImageData(r.x, r.y, r.w, r.h);
				let ink = 0;
				let hot = 0;
				for (let i = 0; i < data.length; i += 4) {
					const [red, green, blue] = [data[i], data[i + 1], data[i + 2]];
					if (red < 200 || green < 200 || blue < 200) ink++;
					if (red > 150 && green < 150 && blue < 120) hot++;
				}
				out[name] = { ink: ink / (r.w * r.h), hot: hot / (r.w * r.h) };
			}
			return { width: bitmap.width, height: bitmap.height, out };
		},
		{ b64: Buffer.from(bytes).toString('base64'), regions }
	);
}

test('a slide PNG and an A4 PDF of evening hot spots in Medway, and a CSV with the header block', async ({ page }) => {
	test.setTimeout(180_000);
	const watch = watchPage(page);
	await openAtlas(page, `?ds=synthetic-20240101&d=E06000035&h=${EVENING}`);
	await page.getByTestId('layer-hotspots').check();
	await expect(page.getByTestId('hotspot-legend')).toBeVisible({ timeout: 30_000 });
	await page.getByTestId('tab-briefing').click();
	await expect(page.getByTestId('figure-title')).toHaveValue('Serious violence hot spots, Medway');
	await page.getByTestId('figure-marking').fill('OFFICIAL-SENSITIVE');
	await page.getByTestId('tab-briefing').screenshot({ path: 'screenshots/briefing-tab-button.png' });
	await page.locator('.tabpanel').screenshot({ path: 'screenshots/briefing-tab.png' });

	mkdirSync('screenshots', { recursive: true });
	const slide = await makeFigure(page, 'slide-16x9', 'png');
	writeFileSync('screenshots/figure-slide.png', slide.bytes);
	const png = await inspectPng(page, slide.bytes, slide.regions);
	expect([png.width, png.height]).toEqual([1920, 1080]);
	for (const region of ['title', 'legend', 'filters', 'notes']) expect(png.out[region].ink, region).toBeGreaterThan(0.01);
	// The map holds the Gi* hot colours: it is more than an empty basemap.
	expect(png.out.map.hot).toBeGreaterThan(0.0005);

	const a4 = await makeFigure(page, 'a4-landscape', 'pdf');
	writeFileSync('screenshots/figure-a4.pdf', a4.bytes);
	const doc = await PDFDocument.load(a4.bytes);
	expect(doc.getPage(0).getWidth()).toBeCloseTo(841.9, 0);
	expect(doc.getPage(0).getHeight()).toBeCloseTo(595.3, 0);
	expect(doc.getTitle()).toBe('Serious violence hot spots, Medway');
	const text = pdfText(a4.bytes);
	for (const expected of ['Serious violence hot spots, Medway', 'OFFICIAL-SENSITIVE', 'Hot spot, 99% (q < 0.01)', 'Districts: Medway', 'Time: ', 'SYNTHETIC DATA', 'Disclosure control', 'dataset checksum', 'Map description']) expect(text).toContain(expected);

	// A4 portrait at 300 dpi, with the hour x weekday matrix beside the map.
	await page.getByTestId('figure-inset').selectOption('matrix');
	const portrait = await makeFigure(page, 'a4-portrait', 'png');
	writeFileSync('screenshots/figure-a4-portrait.png', portrait.bytes);
	const tall = await inspectPng(page, portrait.bytes, portrait.regions);
	expect([tall.width, tall.height]).toEqual([2480, 3508]);
	expect(tall.out.inset.ink).toBeGreaterThan(0.05);

	const download = page.waitForEvent('download');
	await page.getByTestId('export-district-table-csv').click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	writeFileSync('screenshots/district-table.csv', csv);
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	expect(csv).toContain('Dataset checksum,');
	expect(csv).toContain('Protective marking,OFFICIAL-SENSITIVE');
	expect(csv).toMatch(/\r\nDistrict,LAD code,Incidents,/);
	expect(watch.consoleErrors).toEqual([]);
});

test('briefing mode controls the screen: low class, rounded totals, no source rows, and it rides in the link', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '?ds=synthetic-20240101&res=9&at=11/51.3884/0.5224');
	await page.getByTestId('tab-briefing').click();
	await page.getByTestId('briefing-mode').check();
	await expect.poll(() => new URL(page.url()).searchParams.get('brief')).toBe('1');
	await expect(page.getByTestId('legend-low-class')).toContainText('Fewer than 5');
	const shown = Number((await page.getByTestId('legend-shown').innerText()).replace(/,/g, ''));
	expect(shown % 5).toBe(0);
	const canvas = page.locator('main canvas').first();
	const box = (await canvas.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.getByTestId('cell-detail-briefing')).toBeVisible({ timeout: 15_000 });
	await expect(page.getByTestId('cell-detail-rows')).toHaveCount(0);
	await page.screenshot({ path: 'screenshots/briefing-mode.png' });
	expect(watch.consoleErrors).toEqual([]);
});

test('saved views: save, rename, export and import as JSON, reopen, and a briefing pack of all of them', async ({ page }) => {
	test.setTimeout(180_000);
	const watch = watchPage(page);
	await openAtlas(page, `?ds=synthetic-20240101&d=E06000035&h=${EVENING}`);
	await page.getByTestId('tab-briefing').click();
	await page.getByTestId('view-title').fill('Medway evenings');
	await page.getByTestId('view-note').fill('For the Medway CSP');
	await page.getByTestId('view-save').click();
	await expect(page.getByTestId('saved-view')).toHaveCount(1);
	await page.getByTestId('view-rename').click();
	await page.getByTestId('view-rename-title').fill('Medway evening hot spots');
	await page.getByTestId('view-rename-save').click();
	await expect(page.getByTestId('saved-view')).toContainText('Medway evening hot spots');

	const exported = page.waitForEvent('download');
	await page.getByTestId('views-export').click();
	const json = readFileSync(await (await exported).path(), 'utf8');
	expect(JSON.parse(json).views[0]).toMatchObject({ title: 'Medway evening hot spots', note: 'For the Medway CSP' });

	// Reopening, in a new page without the filters, brings them back: views are kept in the browser.
	await openAtlas(page, '?ds=synthetic-20240101');
	await page.getByTestId('tab-briefing').click();
	await page.getByTestId('view-open').click();
	await expect.poll(() => new URL(page.url()).searchParams.get('d')).toBe('E06000035');

	// A colleague's file: one view of an import this browser lacks says which file to import.
	const theirs = JSON.parse(json);
	theirs.views.push({ id: 'theirs', title: 'Their extract', note: '', query: 'ds=local-0123abcd&lyr=gi', savedAt: 1, datasetLabel: 'force-2025.csv', files: ['force-2025.csv'] });
	await page.getByTestId('view-delete').click();
	await expect(page.getByTestId('saved-view')).toHaveCount(0);
	await page.getByTestId('views-file').setInputFiles({ name: 'views.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(theirs)) });
	await expect(page.getByTestId('views-imported')).toContainText('Imported 2 views');
	await page.getByTestId('saved-view').filter({ hasText: 'Their extract' }).getByTestId('view-open').click();
	await expect(page.getByTestId('views-message')).toContainText('import force-2025.csv');

	const download = page.waitForEvent('download', { timeout: 150_000 });
	await page.getByTestId('views-pack').click();
	const zip = unzipSync(new Uint8Array(readFileSync(await (await download).path())));
	const names = Object.keys(zip).sort();
	expect(names).toContain('contents.html');
	expect(names.some((n) => /^0[12]-medway-evening-hot-spots\/.*1920x1080\.png$/.test(n))).toBe(true);
	expect(names.some((n) => /^0[12]-medway-evening-hot-spots\/district-table\.csv$/.test(n))).toBe(true);
	const contents = strFromU8(zip['contents.html']);
	expect(contents).toContain('Medway evening hot spots');
	expect(contents).toContain('Not in this pack');
	// The view on screen is put back.
	await expect.poll(() => new URL(page.url()).searchParams.get('d')).toBe('E06000035');
	expect(watch.consoleErrors).toEqual([]);
});

test('printing gives one clean page: the view in words, the map and its legend, no panels', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, `?ds=synthetic-20240101&d=E06000035&h=${EVENING}`);
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('print-header')).toContainText('Filters: ');
	await expect(page.locator('aside.panel').first()).toBeHidden();
	await page.screenshot({ path: 'screenshots/print.png' });
	const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
	const doc = await PDFDocument.load(pdf);
	expect(doc.getPageCount()).toBe(1);
	expect(pdfText(new Uint8Array(pdf)).length).toBeGreaterThan(0);
	expect(watch.consoleErrors).toEqual([]);
});
