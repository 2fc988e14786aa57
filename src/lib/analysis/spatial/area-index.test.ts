import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../geography/districts';
import { seededRandom } from '../ingest/fixtures/seeded-random';
import { areaRecordsFromGeoJson, buildAreaIndex, createAreaIndex, NO_AREA, type AreaRecord } from './area-index';
import { packBoundaries, unpackBoundaries } from './boundary-pack';

const geojson = JSON.parse(readFileSync(new URL('./fixtures/areas.geojson', import.meta.url), 'utf8'));

describe('createAreaIndex', () => {
	const index = createAreaIndex(geojson);

	it('finds the LSOA and its district by exact point-in-polygon, honouring holes and multipolygons', () => {
		const code = (lng: number, lat: number) => (index.locate(lng, lat) === -1 ? null : index.codes[index.locate(lng, lat)]);
		expect(code(0.55, 51.25)).toBe('E01000001');
		expect(code(0.65, 51.28)).toBe('E01000002');
		expect(code(0.63, 51.23)).toBeNull();
		expect(code(0.97, 51.12)).toBe('E01000003');
		expect(code(0.92, 51.12)).toBeNull();
		expect(code(1.2, 51.0)).toBeNull();
		expect(DISTRICTS[index.district[index.locate(0.55, 51.25)]].code).toBe('E07000110');
	});

	it('does not mutate its input and refuses a collection with no usable polygon', () => {
		const copy = structuredClone(geojson);
		createAreaIndex(geojson);
		expect(geojson).toEqual(copy);
		expect(() => createAreaIndex({ type: 'FeatureCollection', features: [] })).toThrow(expect.objectContaining({ code: 'boundaries_empty' }));
	});

	it('marks an area in a district outside the study area', () => {
		const other = structuredClone(geojson);
		other.features[0].properties.district = 'E09000004';
		expect(createAreaIndex(other).district[0]).toBe(NO_AREA);
	});
});

describe('the rule for a point on a boundary', () => {
	const square = (code: string, w: number, s: number, e: number, n: number): AreaRecord => ({
		code,
		name: code,
		district: 'E07000110',
		rings: [Float64Array.from([w, s, e, s, e, n, w, n, w, s])]
	});
	// Four squares meeting at (1, 1): SW, SE, NW, NE.
	const index = buildAreaIndex([square('SW', 0, 0, 1, 1), square('SE', 1, 0, 2, 1), square('NW', 0, 1, 1, 2), square('NE', 1, 1, 2, 2)]);
	const at = (lng: number, lat: number) => (index.locate(lng, lat) === -1 ? null : index.codes[index.locate(lng, lat)]);

	it('gives a point on a north-south edge to the area east of it, on an east-west edge to the one north, on a corner to the north-east', () => {
		expect(at(1, 0.5)).toBe('SE');
		expect(at(1, 1.5)).toBe('NE');
		expect(at(0.5, 1)).toBe('NW');
		expect(at(1.5, 1)).toBe('NE');
		expect(at(1, 1)).toBe('NE');
	});

	it('leaves the outer boundary to no area rather than moving a point into the nearest one', () => {
		expect(at(2, 0.5)).toBeNull();
		expect(at(1, 2)).toBeNull();
		expect(at(0, 0.5)).toBe('SW');
		expect(at(2.0000001, 0.5)).toBeNull();
	});

	it('puts every point near a shared slanted edge in exactly one of the two areas', () => {
		// Two quadrilaterals sharing a jagged edge of random slopes, stored in opposite directions.
		const rand = seededRandom(7);
		const edge: number[] = [];
		for (let k = 0; k <= 20; k++) edge.push(0.5 + rand() * 0.3, 51 + k * 0.01);
		const west: number[] = [0, 51, ...edge, 0, 51.2, 0, 51];
		const east: number[] = [2, 51];
		east.push(2, 51.2);
		for (let k = edge.length - 2; k >= 0; k -= 2) east.push(edge[k], edge[k + 1]);
		east.push(2, 51);
		const pair = buildAreaIndex([
			{ code: 'W', name: 'W', district: 'E07000110', rings: [Float64Array.from(west)] },
			{ code: 'E', name: 'E', district: 'E07000110', rings: [Float64Array.from(east)] }
		]);
		for (let i = 0; i < 5000; i++) {
			const k = Math.floor(rand() * 20);
			const [x1, y1, x2, y2] = edge.slice(2 * k, 2 * k + 4);
			const t = i % 10 === 0 ? 0 : rand();
			const lat = y1 + t * (y2 - y1);
			const lng = x1 + t * (x2 - x1) + (i % 3) * 1e-15;
			const claims = [pair.locate(lng, lat)].filter((a) => a !== -1);
			expect(claims).toHaveLength(1);
		}
	});
});

describe('packed boundaries', () => {
	it('round-trips areas at 1e-9 degree, keeps shared vertices identical and assigns as the GeoJSON does', () => {
		const records = areaRecordsFromGeoJson(geojson);
		const back = unpackBoundaries(packBoundaries(records));
		expect(back.map((r) => [r.code, r.name, r.district])).toEqual(records.map((r) => [r.code, r.name, r.district]));
		back.forEach((r, i) => r.rings.forEach((ring, k) => ring.forEach((v, j) => expect(Math.abs(v - records[i].rings[k][j])).toBeLessThanOrEqual(0.5e-9))));
		const packed = buildAreaIndex(back);
		const direct = createAreaIndex(geojson);
		const rand = seededRandom(3);
		for (let i = 0; i < 2000; i++) {
			const lng = 0.4 + rand() * 0.7;
			const lat = 51.0 + rand() * 0.35;
			expect(packed.locate(lng, lat)).toBe(direct.locate(lng, lat));
		}
	});

	it('refuses a file of another version or with bytes missing', () => {
		const bytes = packBoundaries(areaRecordsFromGeoJson(geojson));
		expect(() => unpackBoundaries(bytes.subarray(0, bytes.length - 9))).toThrow();
		expect(() => unpackBoundaries(new Uint8Array([1, 2, 3]))).toThrow();
	});
});
