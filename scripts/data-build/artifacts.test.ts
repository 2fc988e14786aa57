/**
 * Checks the committed data/ artifacts themselves (not the raw inputs), so they run on a fresh clone.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS, GLYPHS_TEMPLATE, SPRITE_BASE } from '../../src/lib/analysis/data-paths';
import { DISTRICTS } from '../../src/lib/analysis/geography/districts';
import { interiorPoint } from './geography/polygon';
import { parseCsv } from './csv';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const read = (path: string) => readFileSync(join(DATA, path), 'utf8');
const geojson = <G extends Polygon | MultiPolygon | Point = Polygon | MultiPolygon>(path: string) =>
	JSON.parse(read(path)) as FeatureCollection<G, Record<string, unknown>>;
const codes = DISTRICTS.map((d) => d.code).sort();

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

const districts = geojson('boundaries/districts.geojson');
const inDistricts = (p: number[]) => districts.features.filter((d) => booleanPointInPolygon(p, d.geometry)).map((d) => d.properties.code);

describe('districts', () => {
	it('are exactly the 13 codes of districts.ts, with their labels and areas', () => {
		expect(districts.features.map((f) => f.properties.code)).toEqual(codes);
		for (const f of districts.features) {
			const d = DISTRICTS.find((x) => x.code === f.properties.code);
			expect(f.properties).toEqual({ code: d?.code, name: d?.name, label: d?.label, csp_code: d?.cspCode, csp_name: d?.cspName, area: d?.area });
		}
	});

	it('include Folkestone & Hythe under E07000112', () => {
		expect(districts.features.find((f) => f.properties.code === 'E07000112')?.properties.label).toBe('Folkestone & Hythe');
	});

	it('have labels that lie inside their own district', () => {
		const labels = geojson<Point>('boundaries/district-labels.geojson');
		expect(labels.features.map((f) => f.properties.code)).toEqual(codes);
		for (const label of labels.features) expect(inDistricts(label.geometry.coordinates)).toEqual([label.properties.code]);
	});

	it('outline holds Kent County Council area and Medway', () => {
		const outline = geojson('boundaries/outline.geojson');
		expect(outline.features.map((f) => [f.properties.code, f.properties.name])).toEqual([
			['E06000035', 'Medway'],
			['E10000016', 'Kent (county council area)']
		]);
	});
});

describe('LSOA boundaries', () => {
	const lsoa21 = geojson('boundaries/lsoa21.geojson');

	it('have the source feature counts, sorted and unique', () => {
		expect(lsoa21.features.length).toBe(1107);
		expect(geojson('boundaries/lsoa11.geojson').features.length).toBe(1065);
		expect(geojson('boundaries/wards25.geojson').features.length).toBe(279);
		const lsoaCodes = lsoa21.features.map((f) => String(f.properties.code));
		expect(lsoaCodes).toEqual([...new Set(lsoaCodes)].sort());
	});

	it('put every LSOA 2021 in one of the 13 districts, and its interior point in exactly that district', () => {
		for (const lsoa of lsoa21.features) {
			expect(codes).toContain(lsoa.properties.district);
			expect(inDistricts(interiorPoint(lsoa.geometry))).toEqual([lsoa.properties.district]);
		}
	});

	it('give every LSOA 2011 and ward a study-area district', () => {
		for (const path of ['boundaries/lsoa11.geojson', 'boundaries/wards25.geojson']) {
			for (const f of geojson(path).features) expect(codes).toContain(f.properties.district);
		}
	});

	it('round coordinates to 5 decimal places', () => {
		const text = read('boundaries/lsoa21.geojson');
		expect(text).not.toMatch(/\d\.\d{6,}/);
	});
});

describe('tables', () => {
	it('lsoa21.csv has a population and IMD 2025 decile 1-10 for every LSOA 2021', () => {
		const rows = parseCsv(read('tables/lsoa21.csv'));
		expect(rows.map((r) => r.code)).toEqual(geojson('boundaries/lsoa21.geojson').features.map((f) => f.properties.code));
		for (const r of rows) {
			expect(Number(r.population)).toBeGreaterThan(0);
			expect(Number(r.imd25_decile)).toBeGreaterThanOrEqual(1);
			expect(Number(r.imd25_decile)).toBeLessThanOrEqual(10);
		}
	});

	it('lsoa11.csv has 1,065 rows with IMD 2019 deciles', () => {
		const rows = parseCsv(read('tables/lsoa11.csv'));
		expect(rows.length).toBe(1065);
		for (const r of rows) expect(Number(r.imd19_decile)).toBeGreaterThanOrEqual(1);
	});

	it('districts.csv sums to the LSOA table', () => {
		const lsoas = parseCsv(read('tables/lsoa21.csv'));
		const rows = parseCsv(read('tables/districts.csv'));
		expect(rows.map((r) => r.code)).toEqual(codes);
		expect(rows.reduce((s, r) => s + Number(r.population), 0)).toBe(lsoas.reduce((s, r) => s + Number(r.population), 0));
		expect(rows.reduce((s, r) => s + Number(r.lsoa21_count), 0)).toBe(1107);
	});
});

describe('basemap and places', () => {
	it('has no fake straight M25 Dartford Crossing link', () => {
		const motorways = JSON.parse(read('basemap/motorways.geojson')) as FeatureCollection;
		const fake = motorways.features.filter((f) => {
			const c = (f.geometry as { coordinates: number[][] }).coordinates;
			const near = (x: number, y: number) => c.some((p) => Math.abs(p[0] - x) < 0.001 && Math.abs(p[1] - y) < 0.001);
			// Real short links end at either end of the fake one, so require both ends.
			return f.geometry.type === 'LineString' && near(0.2383, 51.4272) && near(0.2677, 51.4905);
		});
		expect(fake).toEqual([]);
	});

	it('has exactly six emergency departments', () => {
		const hospitals = geojson<Point>('places/hospitals.geojson');
		const eds = hospitals.features.filter((f) => f.properties.emergency_department === true).map((f) => f.properties.ods_code);
		expect(eds).toEqual(['RN707', 'RPA02', 'RVV01', 'RVV09', 'RWF03', 'RWFTW']);
		expect(hospitals.features.find((f) => f.properties.ods_code === 'RVVKC')?.properties.emergency_department).toBe(false);
	});

	it('has at least 10 tier 1-2 place labels inside Kent & Medway', () => {
		const outline = geojson('boundaries/outline.geojson');
		const labels = geojson<Point>('basemap/place-labels.geojson').features.filter((f) => Number(f.properties.tier) <= 2);
		const inside = labels.filter((l) => outline.features.some((o) => booleanPointInPolygon(l.geometry.coordinates, o.geometry)));
		expect(inside.length).toBeGreaterThanOrEqual(10);
	});

	it('gives schools and stations a study-area district', () => {
		for (const path of ['places/schools.geojson', 'places/stations.geojson']) {
			for (const f of geojson<Point>(path).features) expect(codes).toContain(f.properties.district);
		}
	});

	it('has attribution lines with unique ids', () => {
		const lines = JSON.parse(read('attribution.json')) as { id: string; text: string }[];
		expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
		expect(lines.every((l) => l.text.length > 0)).toBe(true);
	});
});

describe('manifest and size', () => {
	const manifest = JSON.parse(read('manifest.json')) as { artifacts: Record<string, { bytes: number; sha256: string }>; inputs: Record<string, string> };

	// The basemap's tiles are listed by tiles.json's digest instead; basemap-tiles.test.ts checks them against it.
	const isTile = (p: string) => p.startsWith('basemap/tiles/') && p.endsWith('.pbf');

	it('matches every file on disk, and lists every file', () => {
		const onDisk = files(DATA).map((f) => relative(DATA, f).split(sep).join('/')).filter((p) => p !== 'manifest.json' && !isTile(p)).sort();
		expect(Object.keys(manifest.artifacts)).toEqual(onDisk);
		for (const [path, record] of Object.entries(manifest.artifacts)) {
			const bytes = readFileSync(join(DATA, path));
			expect({ path, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') }).toEqual({ path, bytes: record.bytes, sha256: record.sha256 });
		}
	});

	it('holds every path the app is told about in data-paths.ts', () => {
		// A template such as the tiles' {z}/{x}/{y} names many files, checked in basemap-tiles.test.ts.
		for (const path of Object.values(DATA_PATHS).filter((p) => !p.includes('{'))) expect(existsSync(join(DATA, path)), path).toBe(true);
		expect(existsSync(join(DATA, GLYPHS_TEMPLATE.replace('{fontstack}', 'Noto Sans Regular').replace('{range}', '0-255')))).toBe(true);
		for (const suffix of ['.json', '.png', '@2x.json', '@2x.png']) expect(existsSync(join(DATA, `${SPRITE_BASE}${suffix}`))).toBe(true);
	});

	it('records an input hash for every input', () => {
		expect(Object.keys(manifest.inputs).length).toBeGreaterThan(20);
		for (const hash of Object.values(manifest.inputs)) expect(hash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('keeps data/ under 10 MB', () => {
		const total = files(DATA).reduce((s, f) => s + statSync(f).size, 0);
		expect(total).toBeLessThan(10 * 1024 * 1024);
	});
});
