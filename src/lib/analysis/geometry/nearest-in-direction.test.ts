import { describe, expect, it } from 'vitest';
import { centreOf, cellOf, diskOf } from '../h3/cells';
import { nearestInDirection, nearestTo } from './nearest-in-direction';
import type { LngLat } from './lng-lat';

// Chatham, about 51.38 N: a degree of longitude there is cos(51.38°) x 111.32 km = 69.5 km.
const FROM: LngLat = [0.52, 51.38];

describe('nearestInDirection', () => {
	it('steps to the point straight ahead before a nearer one far off to the side', () => {
		// 1 km east: 0.01439 degrees of longitude. The other point is 0.6 km east and 0.5 km north (40 degrees
		// off east): score 600 + 2 x 500 = 1,600 m against 1,000 m straight ahead.
		const east: LngLat = [0.52 + 1000 / 69_480, 51.38];
		const offside: LngLat = [0.52 + 600 / 69_480, 51.38 + 500 / 111_320];
		expect(nearestInDirection(FROM, [offside, east], 'right')).toBe(1);
	});

	it('judges directions in metres, not degrees', () => {
		// 0.01 degrees east is 695 m; 0.008 degrees north is 891 m: north-east but more north than east in metres,
		// though in degrees it looks more east than north.
		const p: LngLat = [0.53, 51.388];
		expect(nearestInDirection(FROM, [p], 'up')).toBe(0);
		expect(nearestInDirection(FROM, [p], 'right')).toBe(-1);
	});

	it('follows the screen on a rotated map: with the map turned 90 degrees, up on screen is east', () => {
		const east: LngLat = [0.53, 51.38];
		const north: LngLat = [0.52, 51.39];
		expect(nearestInDirection(FROM, [north, east], 'up', { bearingDeg: 90 })).toBe(1);
		expect(nearestInDirection(FROM, [north, east], 'left', { bearingDeg: 90 })).toBe(0);
		expect(nearestInDirection(FROM, [north, east], 'up')).toBe(0);
	});

	it('gives -1 when nothing lies that way, and never the start point itself', () => {
		expect(nearestInDirection(FROM, [FROM, [0.51, 51.38]], 'right')).toBe(-1);
		expect(nearestInDirection(FROM, [FROM, [0.51, 51.38]], 'left')).toBe(1);
		expect(nearestInDirection(FROM, [], 'down')).toBe(-1);
	});

	it('moves to a neighbouring hexagon of an H3 grid in each of the four directions', () => {
		const start = cellOf(FROM, 8);
		const centres = diskOf(start, 1)
			.filter((c) => c !== start)
			.map(centreOf);
		const [lng, lat] = centreOf(start);
		for (const direction of ['up', 'down', 'left', 'right'] as const) {
			const i = nearestInDirection([lng, lat], centres, direction);
			expect(i, direction).toBeGreaterThanOrEqual(0);
			// A neighbour's centre is about 2 x 0.87 x 531 m (the res-8 edge) = 0.92 km away.
			const [nlng, nlat] = centres[i];
			const metres = Math.hypot((nlng - lng) * 69_480, (nlat - lat) * 111_320);
			expect(metres).toBeGreaterThan(800);
			expect(metres).toBeLessThan(1_050);
		}
	});
});

describe('nearestTo', () => {
	it('finds the closest point in metres', () => {
		// 0.01 degrees east = 695 m; 0.007 north = 779 m: the east one is nearer.
		expect(nearestTo(FROM, [[0.52, 51.387], [0.53, 51.38]])).toBe(1);
		expect(nearestTo(FROM, [])).toBe(-1);
	});
});
