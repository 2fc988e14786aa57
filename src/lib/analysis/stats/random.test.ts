import { describe, expect, it } from 'vitest';
import { poissonDraw, Random, WeightedChoice } from './random';

describe('Random', () => {
	it('repeats exactly for a seed and differs between seeds', () => {
		const a = new Random(42);
		const b = new Random(42);
		const c = new Random(43);
		const seqA = Array.from({ length: 5 }, () => a.next());
		expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
		expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
	});

	it('stays in [0, 1) with a mean near one half', () => {
		const r = new Random(1);
		let sum = 0;
		for (let i = 0; i < 100_000; i++) {
			const x = r.next();
			expect(x >= 0 && x < 1).toBe(true);
			sum += x;
		}
		expect(sum / 100_000).toBeCloseTo(0.5, 2);
	});

	it('refuses a seed that is not a number', () => {
		expect(() => new Random(Number.NaN)).toThrow(RangeError);
	});
});

describe('WeightedChoice', () => {
	it('draws in proportion to the weights and never a zero weight', () => {
		const choice = new WeightedChoice([1, 0, 3]);
		const r = new Random(7);
		const counts = [0, 0, 0];
		for (let i = 0; i < 40_000; i++) counts[choice.pick(r)]++;
		expect(counts[1]).toBe(0);
		expect(counts[2] / counts[0]).toBeCloseTo(3, 0);
	});

	it.each([[[]], [[0, 0]], [[1, -1]], [[Number.NaN]]])('refuses weights %j', (weights) => {
		expect(() => new WeightedChoice(weights)).toThrow(RangeError);
	});
});

describe('poissonDraw', () => {
	it.each([0.5, 2, 6, 75])('has mean and variance near %d', (mean) => {
		const random = new Random(1);
		const draws = Array.from({ length: 20_000 }, () => poissonDraw(random, mean));
		const m = draws.reduce((a, b) => a + b, 0) / draws.length;
		const v = draws.reduce((a, b) => a + (b - m) ** 2, 0) / draws.length;
		// 20,000 draws: the standard error of the mean is sqrt(mean / 20,000), under 0.07 for these means.
		expect(Math.abs(m - mean)).toBeLessThan(0.08 + 0.002 * mean);
		expect(Math.abs(v - mean)).toBeLessThan(0.1 * mean + 0.05);
	});
});
