import { describe, expect, it } from 'vitest';
import { binomialUpperTail, countIncreases } from './count-increase';

describe('binomial upper tail', () => {
	it.each([
		// Hand sums: P(X >= 2 | n = 3, p = 0.5) = (3 + 1) / 8; P(X >= 1 | n = 4, p = 0.25) = 1 - 0.75^4.
		[2, 3, 0.5, 0.5],
		[1, 4, 0.25, 1 - 0.75 ** 4],
		[0, 5, 0.3, 1],
		[6, 5, 0.3, 0],
		// R: pbinom(9, 20, 0.2, lower.tail = FALSE) = 0.002594827
		[10, 20, 0.2, 0.002594827]
	])('P(X >= %i | n = %i, p = %f)', (k, n, p, expected) => {
		expect(binomialUpperTail(k, n, p)).toBeCloseTo(expected, 8);
	});
});

describe('count increases', () => {
	it('flags a cell that jumps in the added month and leaves steady cells alone', () => {
		// 1 added month against 11 earlier: cell 0 steady (1 then 11), cell 1 jumps (12 against 11 before), cell 2 empty.
		const found = countIncreases([1, 12, 0], [11, 11, 0], 1, 11);
		expect(found.map((c) => c.cell)).toEqual([1]);
		// Given 23 events, P(X >= 12 | p = 1/12) is tiny; q = p * 2 tested / rank 1.
		expect(found[0].q).toBeCloseTo(found[0].p * 2, 12);
		expect(found[0].expected).toBe(1);
	});
});
