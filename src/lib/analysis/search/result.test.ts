import { describe, expect, it } from 'vitest';
import { parsePlaceIndex } from './place-index';
import { MAX_ZOOM, resultFromEntry, zoomTarget, type SearchResult } from './result';
import { searchPlaces } from './search';
import { fixtureFile } from './test-fixture';

const index = parsePlaceIndex(fixtureFile());
const byId = (id: string) => resultFromEntry(index.entries.find((e) => e.id === id) ?? index.entries[0]);

describe('resultFromEntry', () => {
	it('labels each kind with its district', () => {
		expect(index.entries.map((e) => resultFromEntry(e).label)).toEqual(
			expect.arrayContaining([
				'Dartford (district)',
				'Folkestone & Hythe (district)',
				'Dartford and Gravesham (community safety partnership)',
				'Shepway (community safety partnership, Folkestone & Hythe)',
				'Thanet (community safety partnership)',
				'Margate Central (ward, Thanet)',
				'Thanet 001B (LSOA E01000002)',
				'Margate (town, Thanet)',
				'East Margate (village, Thanet)',
				'Ramsgate Road (locality, Thanet)'
			])
		);
	});
});

describe('zoomTarget', () => {
	it('fits areas to their extent, no closer than their kind allows', () => {
		expect(zoomTarget(byId('district:E07000114'))).toEqual({ type: 'bounds', bounds: [[1.21, 51.31], [1.45, 51.39]], maxZoom: MAX_ZOOM.district });
		expect(zoomTarget(byId('lsoa:E01000002'))).toMatchObject({ type: 'bounds', maxZoom: 16 });
		expect(zoomTarget(byId('ward:E05000001'))).toMatchObject({ type: 'bounds', maxZoom: 15 });
	});

	it('centres points at zoom 13 at the closest, a town a little further out', () => {
		const town = index.entries.find((e) => e.name === 'Margate');
		expect(zoomTarget(resultFromEntry(town ?? index.entries[0]))).toEqual({ type: 'center', center: [1.3862, 51.3813], zoom: 12 });
		for (const e of index.entries.filter((x) => x.point)) {
			const target = zoomTarget(resultFromEntry(e));
			expect(target.type).toBe('center');
			if (target.type === 'center') expect(target.zoom).toBeLessThanOrEqual(13);
		}
		const point: SearchResult = { ...byId('place:0'), maxZoom: 18 };
		expect(zoomTarget(point)).toMatchObject({ zoom: 13 });
	});

	it('fits a grid reference to its square, even a 1 m one, no closer than zoom 13', () => {
		const result = searchPlaces(index, 'TR 39821 69565').results[0];
		expect(zoomTarget(result)).toMatchObject({ type: 'bounds', maxZoom: 13 });
		const coordinates = searchPlaces(index, '51.38, 1.38').results[0];
		expect(zoomTarget(coordinates)).toEqual({ type: 'center', center: [1.38, 51.38], zoom: 13 });
	});

	it('refuses a result with nowhere to go', () => {
		expect(() => zoomTarget({ ...byId('place:0'), point: null })).toThrow(RangeError);
	});
});
