import { readFileSync } from 'node:fs';
import { filesPresent } from '../../src/lib/test-support/required-files';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { bngToLngLat } from '../../src/lib/analysis/geometry/bng';
import { centroidsFromGeoJson, createCentroidIndex } from '../../src/lib/analysis/ingest/precision';
import { readCentroids } from './centroids';
import { DataBuildError } from './source';

const DATA = new URL('../../data/', import.meta.url);
const lsoa = (code: string) => ({ code, name: code, district: 'E06000035' });
const point = (code: string, coordinates: number[]) => ({
	type: 'Feature' as const,
	properties: { LSOA21CD: code, LAD_CODE: 'E06000035' },
	geometry: { type: 'Point' as const, coordinates }
});

describe('readCentroids', () => {
	const areas = Array.from({ length: 1107 }, (_, i) => lsoa(`E0${String(1000000 + i)}`));
	const raw = (edit?: (f: ReturnType<typeof point>[]) => void): FeatureCollection => {
		const features = areas.map((a, i) => point(a.code, [0.5 + i * 1e-4, 51.3]));
		edit?.(features);
		return { type: 'FeatureCollection', features };
	};

	it('keeps only the code, rounds to 6 decimals and sorts by code', () => {
		const out = readCentroids(raw((f) => f.reverse()), areas);
		expect(out.length).toBe(1107);
		expect(out[0]).toEqual({ type: 'Feature', properties: { code: areas[0].code }, geometry: { type: 'Point', coordinates: [0.5, 51.3] } });
		expect(out[3].geometry.coordinates).toEqual([0.5003, 51.3]);
	});

	it('converts British National Grid eastings and northings', () => {
		const out = readCentroids(raw((f) => (f[0].geometry.coordinates = [575000, 155000])), areas);
		const [lng, lat] = bngToLngLat(575000, 155000);
		expect(out[0].geometry.coordinates).toEqual([Number(lng.toFixed(6)), Number(lat.toFixed(6))]);
	});

	it.each([
		['an unknown code', (f: ReturnType<typeof point>[]) => (f[0].properties.LSOA21CD = 'E01999999'), /unknown LSOA code "E01999999"/],
		['a missing centroid', (f: ReturnType<typeof point>[]) => f.pop(), /expected 1107 features, found 1106/],
		['a district that disagrees', (f: ReturnType<typeof point>[]) => (f[0].properties.LAD_CODE = 'E07000105'), /is E06000035 in one source, E07000105 in the other/],
		['swapped axes', (f: ReturnType<typeof point>[]) => (f[0].geometry.coordinates = [51.3, 0.5]), /outside Kent & Medway/]
	])('fails loudly on %s', (_, edit, message) => {
		expect(() => readCentroids(raw(edit), areas)).toThrow(DataBuildError);
		expect(() => readCentroids(raw(edit), areas)).toThrow(message);
	});
});

describe.skipIf(!filesPresent([new URL(DATA_PATHS.lsoa21Centroids, DATA)], 'the built centroids checks'))('data/lookups/lsoa21-pwc-centroids.geojson', () => {
	const collection = JSON.parse(readFileSync(new URL(DATA_PATHS.lsoa21Centroids, DATA), 'utf8'));
	const lsoa21 = JSON.parse(readFileSync(new URL(DATA_PATHS.lsoa21, DATA), 'utf8')) as FeatureCollection;

	it('holds one centroid per LSOA 2021 of the boundaries, and loads through createCentroidIndex', () => {
		const codes = collection.features.map((f: { properties: { code: string } }) => f.properties.code);
		expect(codes).toEqual(lsoa21.features.map((f) => f.properties?.code));
		const index = createCentroidIndex(centroidsFromGeoJson(collection));
		expect(index.size).toBe(1107);
		// Medway 015A's centroid as published, then 3 m and 10 m north of it (tolerance 5 m).
		const [lng, lat] = [0.525117, 51.377537];
		expect(index.near(lng, lat)).toBe(true);
		expect(index.near(lng, lat + 3 / 111_320)).toBe(true);
		expect(index.near(lng, lat + 10 / 111_320)).toBe(false);
	});
});
