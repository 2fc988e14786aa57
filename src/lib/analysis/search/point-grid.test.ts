import { describe, expect, it } from 'vitest';
import { metresBetween } from '../geometry/bng';
import type { LngLat } from '../geometry/lng-lat';
import { createPointGrid } from './point-grid';
// A seeded generator, so failures reproduce.
import { seededRandom as random } from '../ingest/fixtures/seeded-random';


function bruteForce(points: readonly LngLat[], at: LngLat, accept: (i: number) => boolean = () => true): { index: number; distanceM: number } | null {
	let best: { index: number; distanceM: number } | null = null;
	points.forEach(([lng, lat], index) => {
		if (!accept(index)) return;
		const distanceM = metresBetween(at[0], at[1], lng, lat);
		if (!best || distanceM < best.distanceM) best = { index, distanceM };
	});
	return best;
}

describe('createPointGrid', () => {
	const next = random(20);
	const points: LngLat[] = Array.from({ length: 400 }, () => [0.1 + next() * 1.4, 50.9 + next() * 0.6]);
	const grid = createPointGrid(points);

	it('finds the same nearest point as a brute-force scan, in and around Kent', () => {
		for (let i = 0; i < 500; i++) {
			const at: LngLat = [-0.5 + next() * 2.6, 50.5 + next() * 1.4];
			const hit = grid.nearest(at);
			const expected = bruteForce(points, at);
			expect(hit?.distanceM).toBeCloseTo(expected?.distanceM ?? NaN, 6);
		}
	});

	it('honours accept and maxDistanceM', () => {
		const even = (i: number) => i % 2 === 0;
		for (let i = 0; i < 100; i++) {
			const at: LngLat = [0.1 + next() * 1.4, 50.9 + next() * 0.6];
			expect(grid.nearest(at, { accept: even })?.index).toBe(bruteForce(points, at, even)?.index);
		}
		const at: LngLat = [0.5, 51.2];
		const nearest = grid.nearest(at);
		expect(nearest).not.toBeNull();
		expect(grid.nearest(at, { maxDistanceM: (nearest?.distanceM ?? 0) - 1 })).toBeNull();
		expect(grid.nearest(at, { maxDistanceM: (nearest?.distanceM ?? 0) + 1 })).toEqual(nearest);
	});

	it('answers far away points and refuses non-finite ones and empty grids', () => {
		expect(grid.nearest([-3.2, 55.95])?.index).toBe(bruteForce(points, [-3.2, 55.95])?.index);
		expect(grid.nearest([NaN, 51])).toBeNull();
		expect(createPointGrid([]).nearest([0.5, 51.2])).toBeNull();
	});

	it('breaks ties by the earlier point', () => {
		const twins = createPointGrid([
			[0.5, 51.2],
			[0.5, 51.2]
		]);
		expect(twins.nearest([0.51, 51.21])?.index).toBe(0);
	});
});
