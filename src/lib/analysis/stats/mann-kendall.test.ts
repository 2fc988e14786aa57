import { describe, expect, it } from 'vitest';
import { mannKendall } from './mann-kendall';

describe('Mann-Kendall', () => {
	it('worked example without ties: 1..5 gives S = 10, var = 16.667, Z = 2.2045, p = 0.0275', () => {
		const r = mannKendall([1, 2, 3, 4, 5]);
		expect(r.s).toBe(10);
		expect(r.variance).toBeCloseTo(50 / 3, 10);
		expect(r.z).toBeCloseTo(9 / Math.sqrt(50 / 3), 10);
		expect(r.p).toBeCloseTo(0.0275, 3);
	});

	it('worked example with a tie: 1, 1, 2, 3 gives S = 5, var = (156 - 18) / 18', () => {
		const r = mannKendall([1, 1, 2, 3]);
		expect(r.s).toBe(5);
		expect(r.variance).toBeCloseTo(138 / 18, 10);
		expect(r.z).toBeCloseTo(4 / Math.sqrt(138 / 18), 10);
	});

	it('is symmetric for a falling series and zero for a flat one', () => {
		expect(mannKendall([5, 4, 3, 2, 1]).z).toBeCloseTo(-mannKendall([1, 2, 3, 4, 5]).z, 12);
		expect(mannKendall([3, 3, 3, 3])).toMatchObject({ s: 0, z: 0, p: 1 });
	});
});
