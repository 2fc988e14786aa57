import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { NO_FILTERS } from '$lib/analysis/filters/filter-state';
import { createIngest, summaryOf } from '$lib/analysis/ingest';
import { centroidsFromGeoJson, createCentroidIndex } from '$lib/analysis/ingest/precision';
import { DEFAULT_GROUP_CODES, FLAG } from '$lib/analysis/offences/groups';
import { catchmentsOf } from '$lib/analysis/sites/catchment';
import { haversineM } from '$lib/analysis/sites/distance';
import { STARTER_SITES } from '$lib/analysis/sites/starter-sites';
import { readAssignmentAreas } from '../../../scripts/assignment-areas';
import { AtlasService } from './atlas-service';
import { freshStore, nodeLoader } from '$lib/test-support/node-service';
import { OFFENCE_GROUP_KEYS } from '$lib/analysis/offences/groups';
import { DATASET_SCHEMA, type DataLoader, type DatasetStore } from './ports';

const DATA = new URL('../../../data/', import.meta.url);
const GOLDEN = new URL('../analysis/ingest/fixtures/2024-01-fixture-street.csv', import.meta.url);
const EXPECTED = JSON.parse(readFileSync(new URL('../analysis/ingest/fixtures/2024-01-fixture-street.expected.json', import.meta.url), 'utf8'));



const NOW = Date.parse('2026-12-05T12:00:00Z');

function service(store = freshStore()) {
	return { store, service: new AtlasService({ data: nodeLoader, store, now: () => NOW }) };
}

/** A police.uk month file of `rows` rows, for the cancel test. */
function bigCsv(rows: number): File {
	const header = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n';
	const line = ',2024-01,Kent Police,Kent Police,0.522000,51.274000,On or near Week Street,,,Violence and sexual offences,,\n';
	return new File([header + line.repeat(rows)], '2024-01-kent-street.csv');
}

describe('AtlasService', () => {
	it('refuses a cube before any dataset is loaded, with a typed code', async () => {
		const { service: s } = service();
		await expect(s.call('cube', { filters: NO_FILTERS, resolution: 8, options: {} })).rejects.toEqual(expect.objectContaining({ code: 'no_dataset' }));
	});

	it('loads the police.uk sample and counts it as a direct count of its columns does', async () => {
		const { service: s } = service();
		const { dataset, persisted } = await s.call('loadSample', {});
		expect([dataset?.id, persisted]).toEqual(['policeuk-2024-01-2024-04', false]);
		const columns = s.session!.columns;
		let serious = 0;
		for (let i = 0; i < columns.length; i++) if ((columns.flags[i] & FLAG.outside) === 0 && DEFAULT_GROUP_CODES.includes(columns.group[i])) serious++;
		const cube = await s.call('cube', { filters: NO_FILTERS, resolution: 8, options: {} });
		expect(cube.total).toBe(serious);
		expect(cube.datasetId).toBe(dataset!.id);
		expect(cube.cellDeciles.length).toBe(dataset!.cells[8].length);
		expect([...cube.cellDeciles].filter((d) => d >= 1 && d <= 10).length).toBeGreaterThan(cube.cellDeciles.length * 0.9);
	});

	it("gives a hexagon's detail from the same pass: its rows all lie in it", async () => {
		const { service: s } = service();
		await s.call('loadSample', {});
		const first = await s.call('cube', { filters: NO_FILTERS, resolution: 9, options: {} });
		const busiest = first.cellCounts.indexOf(Math.max(...first.cellCounts));
		const cube = await s.call('cube', { filters: NO_FILTERS, resolution: 9, options: { detailCell: busiest } });
		expect(cube.detail?.total).toBe(first.cellCounts[busiest]);
		const columns = s.session!.columns;
		for (const row of cube.cellRows) expect(columns.cell9[row]).toBe(busiest);
	});

	it('answers sites coverage: the incidents within 800 m of the starter sites, counted directly', async () => {
		const { service: s } = service();
		await s.call('loadSample', {});
		const catchments = catchmentsOf(STARTER_SITES.filter((site) => site.geometry.type === 'Point'));
		const answer = await s.call('sites', { filters: NO_FILTERS, resolution: 8, catchments });
		const columns = s.session!.columns;
		let total = 0;
		let covered = 0;
		for (let i = 0; i < columns.length; i++) {
			if (columns.flags[i] & FLAG.outside || !DEFAULT_GROUP_CODES.includes(columns.group[i])) continue;
			total++;
			if (catchments.some((c) => haversineM(c.lng, c.lat, columns.lng[i], columns.lat[i]) <= c.radiusM)) covered++;
		}
		expect([answer.incidents.total, answer.incidents.covered]).toEqual([total, covered]);
		expect(covered).toBeGreaterThan(0);
		expect(answer.cellMask.length).toBe(s.session!.summary.cells[8].length);
	});

	it('imports a file, reports it as the CLI does, and keeps it under the current schema', async () => {
		const { service: s, store } = service();
		const file = new File([readFileSync(GOLDEN)], '2024-01-fixture-street.csv');
		const progress: number[] = [];
		const answer = await s.call('importFiles', { files: [{ file, name: file.name }], settings: {} }, { onProgress: (p) => progress.push(p.bytesRead) });
		if (answer === 'cancelled') throw new Error('not cancelled');
		// The same file through the ingest directly, with the boundaries and centroids the app uses.
		const direct = createIngest({ areas: readAssignmentAreas(), centroids: createCentroidIndex(centroidsFromGeoJson(JSON.parse(readFileSync(new URL(DATA_PATHS.lsoa21Centroids, DATA), 'utf8')))), format: 'auto', now: NOW });
		direct.beginFile(file.name, file.size);
		direct.push(readFileSync(GOLDEN, 'utf8'));
		direct.endFile();
		expect(summaryOf(answer.dataset!.report!)).toEqual(summaryOf(direct.finish().report));
		expect(answer.dataset!.report!.total.rowsRead).toBe(EXPECTED.rowsRead);
		expect(progress.length).toBeGreaterThan(0);
		expect(await s.call('saved', {})).toBe(true);
		expect((await store.load())?.schema).toBe(DATASET_SCHEMA);
		const id = answer.dataset!.id;
		const sha256 = createHash('sha256').update(readFileSync(GOLDEN)).digest('hex');
		expect(await store.history(id)).toMatchObject([{ id: `${id}#1`, datasetId: id, at: NOW, files: [{ name: file.name, bytes: file.size, sha256, kept: EXPECTED.kept, rejected: EXPECTED.rowsRead - EXPECTED.kept }] }]);
		expect(await s.call('issuesCsv', {})).toMatch(/^source,line,code,reason\r\n/);
	});

	it('stops an import when cancelled and leaves the dataset loaded before untouched', async () => {
		const { service: s } = service();
		await s.call('loadSample', {});
		const before = s.session;
		const controller = new AbortController();
		const answer = await s.call('importFiles', { files: [{ file: bigCsv(400_000), name: '2024-01-kent-street.csv' }], settings: {} }, {
			signal: controller.signal,
			onProgress: (p) => {
				if (p.rowsRead > 0) controller.abort();
			}
		});
		expect(answer).toBe('cancelled');
		expect(s.session).toBe(before);
	});

	it('re-derives a dataset saved by an earlier version once, and saves it back', async () => {
		const { service: s, store } = service();
		const file = new File([readFileSync(GOLDEN)], '2024-01-fixture-street.csv');
		await s.call('importFiles', { files: [{ file, name: file.name }], settings: {} });
		await s.call('saved', {});
		const correct = (await store.load())!;
		// As an earlier version left it: no schema, and every row in another resolution-8 hexagon.
		const old = (await store.load())!;
		delete old.schema;
		(old.columns as { cell8: Uint32Array }).cell8 = old.columns.cell8.map((c) => (c + 1) % old.columns.cells[8].length);
		await store.save(old, null, 0);

		const { service: fresh } = service(store);
		const restored = await fresh.call('restore', {});
		expect([restored.persisted, restored.rederived]).toEqual([true, true]);
		expect(Array.from(fresh.session!.columns.cell8)).toEqual(Array.from(correct.columns.cell8));
		expect(await fresh.call('saved', {})).toBe(true);
		expect((await store.load())?.schema).toBe(DATASET_SCHEMA);
		const again = await service(store).service.call('restore', {});
		expect(again.rederived).toBe(false);
	});

	it('restores a dataset kept before line_too_long and field_too_long existed: zero for each, and its outside issues still read as outside', async () => {
		const { service: s, store } = service();
		const file = new File([readFileSync(GOLDEN)], '2024-01-fixture-street.csv');
		await s.call('importFiles', { files: [{ file, name: file.name }], settings: {} });
		await s.call('saved', {});
		const old = (await store.load())!;
		const strip = (c: { rejected: Record<string, number> }) => {
			delete c.rejected.line_too_long;
			delete c.rejected.field_too_long;
		};
		strip(old.summary.report!.total);
		old.summary.report!.files.forEach(strip);
		await store.save(old, null, 0);

		const { service: fresh } = service(store);
		const { dataset } = await fresh.call('restore', {});
		const total = dataset!.report!.total;
		expect([total.rejected.line_too_long, total.rejected.field_too_long]).toEqual([0, 0]);
		expect(Object.values(total.rejected).reduce((a, b) => a + b, 0)).toBe(EXPECTED.rowsRead - EXPECTED.kept);
		// Rows outside Kent & Medway were coded 12 before the new reasons were added, and still are.
		const csv = await fresh.call('issuesCsv', {});
		expect(total.flagged.outside).toBeGreaterThan(0);
		expect(csv.split('\r\n').filter((l) => l.includes(',outside,'))).toHaveLength(total.flagged.outside);
		expect(csv).not.toMatch(/too_long/);
	});

	it('clears the dataset and the store', async () => {
		const { service: s, store } = service();
		const file = new File([readFileSync(GOLDEN)], '2024-01-fixture-street.csv');
		await s.call('importFiles', { files: [{ file, name: file.name }], settings: {} });
		expect(await s.call('clear', {})).toEqual({ dataset: null, persisted: false, rederived: false });
		expect(await store.load()).toBeNull();
		expect(await s.call('keptDatasets', {})).toEqual({ datasets: [], current: null });
		expect(s.session).toBeNull();
	});

	it('shows an import the store refuses to write (quota full), answers saved false, and keeps it on screen', async () => {
		const quotaFull = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
		const store: DatasetStore = { ...freshStore(), save: () => Promise.reject(quotaFull) };
		const { service: s } = service(store);
		const file = new File([readFileSync(GOLDEN)], '2024-01-fixture-street.csv');
		const answer = await s.call('importFiles', { files: [{ file, name: file.name }], settings: {} });
		if (answer === 'cancelled') throw new Error('not cancelled');
		expect(answer.dataset!.report!.total.kept).toBe(EXPECTED.kept);
		expect(await s.call('saved', {})).toBe(false);
		expect(s.session?.summary.id).toBe(answer.dataset!.id);
		expect((await s.call('cube', { filters: NO_FILTERS, resolution: 8, options: {} })).total).toBeGreaterThan(0);
	});

	it('keeps several imports, opens any of them by id, and forgets one on request', async () => {
		const { service: s } = service();
		const golden = readFileSync(GOLDEN);
		const first = new File([golden], '2024-01-fixture-street.csv');
		const a = await s.call('importFiles', { files: [{ file: first, name: first.name }], settings: {} });
		const second = bigCsv(2_000);
		const b = await s.call('importFiles', { files: [{ file: second, name: '2024-01-kent-street.csv' }], settings: {} });
		if (a === 'cancelled' || b === 'cancelled') throw new Error('not cancelled');
		await s.call('saved', {});
		const kept = await s.call('keptDatasets', {});
		expect(kept.current).toBe(b.dataset!.id);
		expect(kept.datasets.map((d) => [d.id, d.name, d.rows])).toEqual([
			[b.dataset!.id, '2024-01-kent-street.csv', b.dataset!.rows],
			[a.dataset!.id, first.name, a.dataset!.rows]
		]);
		const opened = await s.call('restore', { id: a.dataset!.id });
		expect(opened.dataset?.id).toBe(a.dataset!.id);
		expect((await s.call('keptDatasets', {})).current).toBe(a.dataset!.id);
		const left = await s.call('removeKept', { id: b.dataset!.id });
		expect(left.datasets.map((d) => d.id)).toEqual([a.dataset!.id]);
		expect(s.session?.summary.id).toBe(a.dataset!.id);
	});

	it('finds Gi* hot spots on the police.uk sample over the study-area cells, zeros included', async () => {
		const { service: s } = service();
		await s.call('loadSample', {});
		const cube = await s.call('cube', { filters: NO_FILTERS, resolution: 8, options: {} });
		const answer = await s.call('hotspots', { filters: NO_FILTERS, resolution: 8, k: 1 });
		expect(answer.incidents).toBe(cube.total - cube.areaOnly);
		expect(answer.counts.reduce((a, b) => a + b, 0)).toBe(answer.incidents);
		// Every hexagon the map draws is a study cell; most study cells hold nothing and still count.
		const drawn = cube.cellCounts.reduce((n, c) => n + (c > 0 ? 1 : 0), 0);
		expect(answer.cells.length).toBeGreaterThan(drawn);
		const hot = [...answer.classes].filter((c, i) => c >= 2 && answer.q[i] < 0.05).length;
		expect(hot).toBe(answer.hot);
		expect(answer.hot).toBeGreaterThan(0);
		const busiest = answer.counts.indexOf(Math.max(...answer.counts));
		expect(answer.classes[busiest]).toBe(3);
		const all = await s.call('hotspots', { filters: { ...NO_FILTERS, groups: OFFENCE_GROUP_KEYS.map((_, i) => i) }, resolution: 8, k: 1 });
		console.log(`police.uk sample, resolution 8, k = 1: ${answer.cells.length} study cells; hot (q < 0.05) ${answer.hot} for serious violence, ${all.hot} for all rows; cold ${answer.cold} and ${all.cold}`);
	});

	it('fills the stability table for the synthetic demo: three yearly windows, two pairs, both hotspot definitions', async () => {
		const { service: s } = service();
		await s.call('loadDemo', { seed: 20240101 });
		const answer = await s.call('stability', { filters: NO_FILTERS, resolution: 8, k: 1, length: 'year' });
		expect(answer.windows.map((w) => w.label)).toEqual(['2023', '2024', '2025']);
		expect(answer.pairs.gi.map((p) => `${p.previous}>${p.next}`)).toEqual(['2023>2024', '2024>2025']);
		// Independent check of one pair: the 2024 Gi* answer's hot cells and the 2025 counts.
		const y2024 = await s.call('hotspots', { filters: { ...NO_FILTERS, dateFrom: '2024-01-01', dateTo: '2024-12-31' }, resolution: 8, k: 1 });
		const y2025 = await s.call('hotspots', { filters: { ...NO_FILTERS, dateFrom: '2025-01-01', dateTo: '2025-12-31' }, resolution: 8, k: 1 });
		let hit = 0;
		let hot = 0;
		y2024.classes.forEach((c, i) => {
			if (c < 2) return;
			hot++;
			hit += y2025.counts[i];
		});
		const pair = answer.pairs.gi[1].capture;
		expect(pair.hotspots).toBe(hot);
		expect(pair.hitRate).toBeCloseTo(hit / y2025.incidents, 12);
		expect(pair.pai).toBeCloseTo(hit / y2025.incidents / (hot / y2024.cells.length), 9);
		const top = answer.pairs.top5[1].capture;
		console.log(
			`demo 2024 -> 2025 at resolution 8: Gi* hot spots ${pair.hotspots} cells, hit rate ${(pair.hitRate! * 100).toFixed(1)}%, PAI ${pair.pai!.toFixed(2)}, RRI ${pair.rri!.toFixed(2)}; top 5% ${top.hotspots} cells, hit rate ${(top.hitRate! * 100).toFixed(1)}%, PAI ${top.pai!.toFixed(2)}, RRI ${top.rri!.toFixed(2)}; persistence ${JSON.stringify(answer.persistence)}`
		);
	});

	it('classes emerging hot spots on the demo’s 36 months, and says why the police.uk sample’s 4 months are not enough', async () => {
		const { service: s } = service();
		await s.call('loadDemo', { seed: 20240101 });
		await s.call('hotspots', { filters: NO_FILTERS, resolution: 8, k: 1 });
		const started = performance.now();
		const answer = await s.call('emerging', { filters: NO_FILTERS, resolution: 8, k: 1, step: 'month' });
		const ms = performance.now() - started;
		expect([answer.steps, answer.unavailable]).toEqual([36, null]);
		const total = [...answer.hot, ...answer.cold].reduce((a, b) => a + b, 0);
		expect(total).toBe([...answer.classes].filter((c) => c >= 0).length);
		console.log(`demo emerging classes at resolution 8, monthly (${ms.toFixed(0)} ms): hot ${JSON.stringify(answer.hot)} cold ${JSON.stringify(answer.cold)} (new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating, historical)`);
		await s.call('loadSample', {});
		const sample = await s.call('emerging', { filters: NO_FILTERS, resolution: 8, k: 1, step: 'month' });
		expect(sample.unavailable).toMatch(/at least 10 months .* cover 4/);
	});

	it('compares two years of the demo cell by cell and by district, as counting the rows directly does', async () => {
		const { service: s } = service();
		await s.call('loadDemo', { seed: 20240101 });
		const a = { from: '2024-01-01', to: '2024-12-31' };
		const b = { from: '2025-01-01', to: '2025-12-31' };
		const answer = await s.call('change', { filters: NO_FILTERS, resolution: 8, k: 1, a, b });
		expect(answer.unavailable).toBeNull();
		// Direct: the same filters with each period as the date range.
		const [ca, cb] = await Promise.all([a, b].map((p) => s.call('cube', { filters: { ...NO_FILTERS, dateFrom: p.from, dateTo: p.to }, resolution: 8, options: {} })));
		expect([answer.totalA, answer.totalB]).toEqual([ca.total - ca.areaOnly, cb.total - cb.areaOnly]);
		expect(answer.districts.map((d) => [d.a, d.b])).toEqual(Array.from({ length: 13 }, (_, i) => [ca.districts[i], cb.districts[i]]));
		const medway = answer.districts[0];
		if (medway.test) expect(Math.log(medway.test.upper / medway.test.ratio)).toBeCloseTo(1.959963984540054 * Math.sqrt(medway.test.phi * (1 / medway.a + 1 / medway.b)), 9);
		const unequal = await s.call('change', { filters: NO_FILTERS, resolution: 8, k: 1, a, b: { from: '2025-01-01', to: '2025-06-30' } });
		expect(unequal.unavailable).toMatch(/not the same length/);
		console.log(`demo change 2024 -> 2025 at resolution 8: ${answer.totalA} -> ${answer.totalB}; clear cell changes ${answer.top.length}; districts ${answer.districts.filter((d) => d.verdict === 'rise' || d.verdict === 'fall').length} clear`);
	});

	it('reports a missing data file by its path', async () => {
		const s = new AtlasService({ data: { text: async (p) => Promise.reject(new Error(`Could not load ${p} (HTTP 404)`)), bytes: async (p) => Promise.reject(new Error(`Could not load ${p} (HTTP 404)`)) }, store: freshStore(), now: () => NOW });
		await expect(s.call('loadSample', {})).rejects.toEqual(expect.objectContaining({ code: 'failed', message: `Could not load ${DATA_PATHS.lsoa21Assign} (HTTP 404)` }));
	});
	it('opens the default demo from its prebuilt file and generates any other seed from the demo inputs', async () => {
		const fetched: string[] = [];
		const recording: DataLoader = {
			text: (path) => (fetched.push(path), nodeLoader.text(path)),
			bytes: (path) => (fetched.push(path), nodeLoader.bytes(path))
		};
		const s = new AtlasService({ data: recording, store: freshStore(), now: () => NOW });
		const prebuilt = await s.call('loadDemo', { seed: 20240101 });
		expect(fetched.sort()).toEqual([DATA_PATHS.demoColumns, DATA_PATHS.lsoa21Assign].sort());
		expect([prebuilt.dataset?.id, prebuilt.dataset?.label, prebuilt.dataset?.rows, prebuilt.persisted]).toEqual(['synthetic-20240101', 'Synthetic demo data (seed 20240101)', 60_000, false]);
		fetched.length = 0;
		const generated = await s.call('loadDemo', { seed: 7 });
		expect(fetched.sort()).toEqual([DATA_PATHS.demoPoints, DATA_PATHS.districtTable, DATA_PATHS.placeLabels, DATA_PATHS.schools, DATA_PATHS.stations].sort());
		expect([generated.dataset?.id, generated.dataset?.label]).toEqual(['synthetic-7', 'Synthetic demo data (seed 7)']);
	});

	it('runs Gi* and the top hot spots on cost-weighted sums, matching counts per group times the unit costs', async () => {
		const { service: s } = service();
		await s.call('loadDemo', { seed: 20240101 });
		const tables = await s.call('weightTables', {});
		const cost = tables.find((t) => t.id === 'ho-cost-2020')!;
		const weighted = await s.call('hotspots', { filters: NO_FILTERS, resolution: 8, k: 1, weights: cost });
		// Independent: one count per offence group (plain counts, no weights), times the table's figure.
		let expectedMap = 0;
		let expectedTotal = 0;
		let leftOut = 0;
		for (const g of DEFAULT_GROUP_CODES) {
			const filters = { ...NO_FILTERS, groups: [g] };
			const [gi, cube] = await Promise.all([s.call('hotspots', { filters, resolution: 8, k: 1 }), s.call('cube', { filters, resolution: 8, options: {} })]);
			const w = cost.groups[OFFENCE_GROUP_KEYS[g]]?.weight;
			if (w === undefined) leftOut += cube.total;
			else {
				expectedMap += gi.incidents * w;
				expectedTotal += cube.total * w;
			}
		}
		const report = weighted.weighting!.report;
		expect(weighted.values.reduce((a, b) => a + b, 0)).toBeCloseTo(expectedMap, 0);
		expect(report.total).toBeCloseTo(expectedTotal, 0);
		expect(report.leftOut).toBe(leftOut);
		expect(weighted.warnings.some((w) => w.includes('left out of the weighted map'))).toBe(leftOut > 0);
		// The table's rows carry the weighted sum; the busiest cost cell is the strongest hot spot's neighbourhood.
		expect(weighted.top[0].value).toBe(weighted.values[weighted.cells.indexOf(weighted.top[0].cell)]);
		const counts = await s.call('hotspots', { filters: NO_FILTERS, resolution: 8, k: 1 });
		const overlap = weighted.cells.filter((_, i) => weighted.classes[i] >= 2 && counts.classes[i] >= 2).length;
		console.log(
			`demo (seed 20240101), resolution 8, k = 1, ${cost.label}: hot cells ${weighted.hot} weighted vs ${counts.hot} by count (${overlap} in both); estimated cost of the filtered incidents £${Math.round(report.total).toLocaleString('en-GB')} (${cost.priceYear}), ${report.leftOut} of ${report.rows} incidents left out (${report.groups.filter((g) => g.weight === null).map((g) => g.label).join(', ')})`
		);
	});
	it('refuses an import that keeps no row (a header-only file, a binary one) and keeps the dataset on screen', async () => {
		const { service: s } = service();
		const before = (await s.call('loadSample', {})).dataset!.id;
		const header = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n';
		const files = [
			{ file: new File([header], '2024-01-kent-street.csv'), name: '2024-01-kent-street.csv' },
			{ file: new File([new Uint8Array([0, 1, 2, 3, 0, 0, 7])], 'extract.csv'), name: 'extract.csv' }
		];
		const error = await s.call('importFiles', { files, settings: {} }).catch((e: Error & { code: string }) => e);
		expect((error as { code: string }).code).toBe('nothing_imported');
		expect((error as Error).message).toMatch(/^Nothing was imported \(no file kept a row\), so what was loaded before is unchanged: 2024-01-kent-street\.csv: 0 rows read, none kept; extract\.csv: File is binary, not text/);
		expect(s.session?.summary.id).toBe(before);
	});
	it('detects the columns of a GeoJSON file larger than the 256 KB sample (it was cut and read as invalid JSON)', async () => {
		const { service: s } = service();
		const feature = (i: number) => `{"type":"Feature","geometry":{"type":"Point","coordinates":[0.52,51.27]},"properties":{"incident_date":"2024-01-0${1 + (i % 9)}","offence":"Robbery","ref":"R${i}"}}`;
		const text = `{"type":"FeatureCollection","features":[${Array.from({ length: 4000 }, (_, i) => feature(i)).join(',')}]}`;
		expect(text.length).toBeGreaterThan(256 * 1024);
		const [d] = await s.call('detect', { files: [{ file: new File([text], 'incidents.geojson'), name: 'incidents.geojson' }] });
		expect(d.kind).toBe('generic');
		if (d.kind !== 'generic') return;
		expect(d.detection.mapping).toMatchObject({ coordinates: { kind: 'geometry' }, date: 'incident_date', offence: 'offence' });
	});
});
