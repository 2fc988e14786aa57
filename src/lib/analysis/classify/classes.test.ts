import { describe, expect, it } from 'vitest';
import { classIndex, countClasses } from './classes';
import { MAX_CLASSES, sequentialHex, sequentialRgb } from './palette';

describe('countClasses', () => {
	it('makes quantile classes of whole numbers that cover every count', () => {
		const values = [0, 1, 1, 2, 3, 4, 5, 8, 13, 21, 34, 0];
		const classes = countClasses(values, 4, 'quantile');
		expect(classes.map((c) => [c.min, c.max])).toEqual([
			// 10 positive counts: the 3rd, 5th, 8th and 10th values close the four classes.
			[1, 2],
			[3, 4],
			[5, 13],
			[14, 34]
		]);
		expect(classes[0].label).toBe('1–2');
		for (const v of values.filter((x) => x > 0)) expect(classIndex(v, classes)).toBeGreaterThanOrEqual(0);
	});

	it('makes head/tail breaks at the mean of each head while the head holds at most 40% of the cells', () => {
		// 18 counts, mean 113 / 18 = 6.28: 3 cells (17%) above it; their mean 30: 1 of 3 (33%) above; then one cell left.
		const values = [...Array(10).fill(1), ...Array(4).fill(2), 5, 10, 20, 60];
		expect(countClasses(values, 5, 'head-tail').map((c) => [c.min, c.max])).toEqual([
			[1, 6],
			[7, 30],
			[31, 60]
		]);
		// A head above 40% stops the splitting: here 4 of 5 cells lie above the mean of 5.6.
		expect(countClasses([4, 6, 6, 6, 6], 5, 'head-tail').map((c) => [c.min, c.max])).toEqual([[4, 6]]);
	});

	it('makes natural breaks that minimise the within-class sum of squares (checked by brute force)', () => {
		const values = [1, 2, 4, 5, 12, 43, 52, 123, 234, 1244];
		const sse = (xs: number[]) => {
			const m = xs.reduce((a, b) => a + b, 0) / xs.length;
			return xs.reduce((a, x) => a + (x - m) ** 2, 0);
		};
		let best = { cost: Infinity, cuts: [0, 0] };
		for (let i = 1; i < values.length - 1; i++) {
			for (let j = i + 1; j < values.length; j++) {
				const cost = sse(values.slice(0, i)) + sse(values.slice(i, j)) + sse(values.slice(j));
				if (cost < best.cost) best = { cost, cuts: [i, j] };
			}
		}
		const [i, j] = best.cuts;
		const expected = [
			[values[0], values[i - 1]],
			[values[i - 1] + 1, values[j - 1]],
			[values[j - 1] + 1, values[values.length - 1]]
		];
		expect(countClasses(values, 3, 'natural-breaks').map((c) => [c.min, c.max])).toEqual(expected);
		// Fewer distinct counts than classes: one class per count.
		expect(countClasses([3, 3, 7], 5, 'natural-breaks').map((c) => [c.min, c.max])).toEqual([
			[3, 3],
			[4, 7]
		]);
	});

	it('makes equal-interval classes across the range', () => {
		const classes = countClasses([1, 10, 20, 40], 4, 'equal-interval');
		expect(classes.map((c) => [c.min, c.max])).toEqual([
			[1, 10],
			[11, 20],
			[21, 30],
			[31, 40]
		]);
	});

	it('merges classes rather than split a tied count', () => {
		const classes = countClasses([1, 1, 1, 1, 1, 1, 2], 5, 'quantile');
		expect(classes.map((c) => c.label)).toEqual(['1', '2']);
	});

	it('returns no classes when nothing is counted', () => {
		expect(countClasses([0, 0], 5, 'quantile')).toEqual([]);
		expect(countClasses([], 5, 'equal-interval')).toEqual([]);
	});

	it('labels large counts with thousands separators', () => {
		expect(countClasses([1200, 2500], 1, 'quantile')[0].label).toBe('1,200–2,500');
	});

	it('refuses a non-positive class count', () => {
		expect(() => countClasses([1], 0, 'quantile')).toThrow(RangeError);
	});
});

describe('classIndex', () => {
	const classes = countClasses([1, 5, 9], 3, 'equal-interval');
	it.each([
		[0, -1],
		[1, 0],
		[3, 0],
		[4, 1],
		[9, 2],
		[99, 2]
	])('%i falls in class %i', (value, expected) => {
		expect(classIndex(value, classes)).toBe(expected);
	});
});

describe('palette', () => {
	it.each(Array.from({ length: MAX_CLASSES }, (_, i) => [i + 1]))('has %i distinct colours, light to dark', (k) => {
		const rgb = sequentialRgb(k);
		expect(new Set(sequentialHex(k)).size).toBe(k);
		const lightness = rgb.map(([r, g, b]) => 0.2126 * r + 0.7152 * g + 0.0722 * b);
		for (let i = 1; i < k; i++) expect(lightness[i]).toBeLessThan(lightness[i - 1]);
	});

	it('refuses more classes than it has colours', () => {
		expect(() => sequentialHex(8)).toThrow(RangeError);
	});
});
