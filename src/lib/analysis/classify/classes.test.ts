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
