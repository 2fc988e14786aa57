import { describe, expect, it } from 'vitest';
import { seededRandom } from './fixtures/seeded-random';
import { newCoordinateShare, worthSplitting } from './split-worth';

/** n rows drawn uniformly from `points` distinct coordinates (or all distinct when points is Infinity). */
function sample(n: number, points: number, seed = 7): { lng: Float64Array; lat: Float64Array } {
	const rand = seededRandom(seed);
	const lng = new Float64Array(n);
	const lat = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const k = points === Infinity ? i : Math.floor(rand() * points);
		lng[i] = 0.3 + k * 1e-6;
		lat[i] = 51 + (k % 997) * 1e-6;
	}
	return { lng, lat };
}

describe('whether two threads pay', () => {
	it('counts the share of rows with a coordinate not seen before', () => {
		const { lng, lat } = sample(1000, Infinity);
		expect(newCoordinateShare(lng, lat)).toBe(1);
		// Every coordinate twice: half the rows are new.
		const twice = (a: Float64Array) => Float64Array.from({ length: 2000 }, (_, i) => a[i >> 1]);
		expect(newCoordinateShare(twice(lng), twice(lat))).toBe(0.5);
	});

	it('matches the expected share for uniform draws from snap points (the birthday arithmetic)', () => {
		// E[distinct] = P (1 - (1 - 1/P)^n) for n draws from P points.
		const n = 5000;
		const P = 28_000;
		const expected = (P * (1 - (1 - 1 / P) ** n)) / n;
		const { lng, lat } = sample(n, P);
		expect(newCoordinateShare(lng, lat)).toBeCloseTo(expected, 2);
	});

	it('splits unique coordinates, not snapped ones, and says nothing on a small sample', () => {
		const unique = sample(5000, Infinity);
		const snapped = sample(5000, 28_000);
		expect(worthSplitting(unique.lng, unique.lat)).toBe(true);
		expect(worthSplitting(snapped.lng, snapped.lat)).toBe(false);
		const small = sample(999, Infinity);
		expect(worthSplitting(small.lng, small.lat)).toBe(false);
	});
});
