import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metresBetween } from '../geometry/bng';
import type { LngLat } from '../geometry/lng-lat';
import { PLACE_SEARCH_PATH } from './place-index-format';
import { parsePlaceIndex } from './place-index';
import { nearPlaceText, nearestPlace, NEAREST_DEFAULTS } from './nearest-place';
import { fixtureFile } from './test-fixture';

const index = parsePlaceIndex(JSON.parse(readFileSync(new URL(`../../../../data/${PLACE_SEARCH_PATH}`, import.meta.url), 'utf8')));
const fixture = parsePlaceIndex(fixtureFile());

describe('nearestPlace on the real index', () => {
	it('agrees with a scan of every town and village, over a lattice across Kent', () => {
		for (let lng = 0.05; lng < 1.45; lng += 0.07) {
			for (let lat = 50.92; lat < 51.48; lat += 0.05) {
				const near = nearestPlace(index, [lng, lat]);
				const candidates = index.settlements
					.filter((s) => s.size <= NEAREST_DEFAULTS.maxSize)
					.map((s) => ({ name: s.name, m: metresBetween(lng, lat, (s.point as LngLat)[0], (s.point as LngLat)[1]) }))
					.filter((c) => c.m <= NEAREST_DEFAULTS.maxDistanceM)
					.sort((a, b) => a.m - b.m);
				expect(near.place?.distanceM ?? null).toBe(candidates[0]?.m ?? null);
			}
		}
	});

	it('names a town at its own point, and the ward of the LSOA it is given', () => {
		const margate = index.settlements.find((s) => s.name === 'Margate' && s.kind === 'town');
		const near = nearestPlace(index, margate?.point as LngLat);
		expect(near.place).toMatchObject({ name: 'Margate', kind: 'town', distanceM: 0, district: margate?.districts[0] });
		const lsoa = index.lsoas.find((l) => l.code === 'E01024692');
		expect(nearestPlace(index, [1.42, 51.366], { lsoa: 'E01024692' }).ward?.name).toBe(index.wards[lsoa?.ward ?? -1].name);
	});

	it('names the ward of the nearest LSOA centroid, which is that LSOA when standing on its centroid', () => {
		for (const lsoa of index.lsoas.slice(0, 200)) {
			expect(nearestPlace(index, lsoa.centroid).ward?.code).toBe(index.wards[lsoa.ward].code);
		}
	});

	it('finds nothing near a point far from Kent', () => {
		expect(nearestPlace(index, [-3.19, 55.95])).toEqual({ place: null, ward: null });
		expect(nearPlaceText(nearestPlace(index, [-3.19, 55.95]))).toBe('');
	});

	it('handles a few hundred rows quickly', () => {
		const start = performance.now();
		for (let i = 0; i < 500; i++) nearestPlace(index, [0.1 + (i % 25) * 0.05, 50.95 + Math.floor(i / 25) * 0.025]);
		expect(performance.now() - start).toBeLessThan(500);
	});
});

describe('nearestPlace options and text', () => {
	const at: LngLat = [1.405, 51.355];

	it('skips localities by default and counts them when asked', () => {
		expect(nearestPlace(fixture, at).place?.name).toBe('Ramsgate');
		expect(nearestPlace(fixture, at, { maxSize: 6 }).place?.name).toBe('Ramsgate Road');
		expect(nearestPlace(fixture, at, { maxSize: 1 }).place?.name).toBe('Ramsgate');
		expect(nearestPlace(fixture, at, { maxDistanceM: 100 }).place).toBeNull();
	});

	it('reads "near Margate (Margate Central ward)", or what it has', () => {
		expect(nearPlaceText(nearestPlace(fixture, [1.3862, 51.3813]))).toBe('near Margate (Margate Central ward)');
		expect(nearPlaceText({ place: null, ward: { code: 'E05000001', name: 'Margate Central' } })).toBe('Margate Central ward');
		expect(nearPlaceText({ place: { name: 'Margate', kind: 'town', district: 10, point: [1.38, 51.38], distanceM: 5 }, ward: null })).toBe('near Margate');
	});
});
