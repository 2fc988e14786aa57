/** Checks the committed place-search index itself, so they run on a fresh clone. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { PLACE_SEARCH_PATH, type PlaceSearchFile } from '../../src/lib/analysis/search/place-index-format';
import { formatPlaceSearchFile } from './search-index';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const text = readFileSync(`${DATA}${PLACE_SEARCH_PATH}`, 'utf8');
const file = JSON.parse(text) as PlaceSearchFile;
const geojson = (path: string) => JSON.parse(readFileSync(`${DATA}${path}`, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { code: string; name: string; district: string }>;

describe('search/places.json', () => {
	it('stays small', () => {
		expect(Buffer.byteLength(text)).toBeLessThan(300 * 1024);
	});

	it('is written exactly as formatPlaceSearchFile writes it, one row per line', () => {
		expect(formatPlaceSearchFile(file)).toBe(text);
		expect(text.split('\n').length).toBeGreaterThan(file.lsoas.length + file.places.length);
	});

	it('holds every LSOA 2021 and ward 2025 of the boundary files, with the same names and districts', () => {
		const lsoas = geojson(DATA_PATHS.lsoa21).features.map((f) => [f.properties.code, f.properties.name, f.properties.district]);
		expect(file.lsoas.map(([code, name, d]) => [code, name, file.districts[d].code])).toEqual(lsoas);
		const wards = geojson(DATA_PATHS.wards25).features.map((f) => [f.properties.code, f.properties.name, f.properties.district]);
		expect(file.wards.map(([code, name, d]) => [code, name, file.districts[d].code])).toEqual(wards);
	});

	it("puts each LSOA's centroid inside the ward it names (the 20 m simplified ward outline, allowing the simplification)", () => {
		const outlines = geojson(DATA_PATHS.wards25).features;
		const misses = file.lsoas.filter(([, , , , , , , lng, lat, ward]) => !booleanPointInPolygon([lng, lat], outlines[ward].geometry));
		expect(misses.length).toBeLessThanOrEqual(3);
	});

	it('puts each town and village in the district outline it names, or within about 1 km of it', () => {
		const districts = geojson(DATA_PATHS.districts).features;
		for (const [name, , d, lng, lat] of file.places) {
			const outline = districts.find((f) => f.properties.code === file.districts[d].code);
			if (!outline || booleanPointInPolygon([lng, lat], outline.geometry)) continue;
			const [[w, s], [e, n]] = [file.districts[d].bbox.slice(0, 2), file.districts[d].bbox.slice(2)];
			expect({ name, near: lng > w - 0.02 && lng < e + 0.02 && lat > s - 0.015 && lat < n + 0.015 }).toEqual({ name, near: true });
		}
	});
});
