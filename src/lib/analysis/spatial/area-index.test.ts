import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../geography/districts';
import { createAreaIndex, NO_AREA } from './area-index';

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
