import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../geography/districts';
import { createAreaIndex, NO_AREA } from '../spatial/area-index';
import { parsePlaceIndex } from './place-index';
import { searchPlaces } from './search';

// The built artifacts (npm run data:build): the place index and the district outlines.
const index = parsePlaceIndex(JSON.parse(readFileSync('data/search/places.json', 'utf8')));
const outlines = createAreaIndex(JSON.parse(readFileSync('data/boundaries/districts.geojson', 'utf8')), { code: 'code', name: 'name', district: 'code' });
const locate = ([lng, lat]: readonly [number, number]) => {
	const i = outlines.locate(lng, lat);
	return i < 0 || outlines.district[i] === NO_AREA ? null : outlines.district[i];
};

describe('a typed point placed by the district outlines', () => {
	it('puts a point in the Thames off Gravesend outside, where the LSOA extents alone would say Gravesham', () => {
		const gravesham = DISTRICTS.findIndex((d) => d.label === 'Gravesham');
		expect(searchPlaces(index, '51.455, 0.33').results[0].districts).toEqual([gravesham]);
		const [result] = searchPlaces(index, '51.455, 0.33', { locate }).results;
		expect(result.outside).toBe(true);
		expect(result.districts).toEqual([]);
	});

	it('puts Tunbridge Wells town centre in Tunbridge Wells, and Margate harbour in Thanet', () => {
		const tw = DISTRICTS.findIndex((d) => d.label === 'Tunbridge Wells');
		const thanet = DISTRICTS.findIndex((d) => d.label === 'Thanet');
		expect(searchPlaces(index, '51.132, 0.263', { locate }).results[0].districts).toEqual([tw]);
		expect(searchPlaces(index, 'TR 353 709', { locate }).results[0].districts).toEqual([thanet]);
	});
});
