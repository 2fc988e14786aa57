import { describe, expect, it } from 'vitest';
import { barsModel, toggleBar } from './bars';

const OPTIONS = [
	{ code: 0, label: 'A' },
	{ code: 1, label: 'B' },
	{ code: 2, label: 'C' }
];

describe('barsModel', () => {
	it('gives counts, shares and lengths against the largest bar', () => {
		const bars = barsModel([30, 10, 0, 99], OPTIONS, null);
		expect(bars.map((b) => [b.label, b.count, b.share, b.length, b.selected])).toEqual([
			['A', 30, 0.75, 1, true],
			['B', 10, 0.25, 1 / 3, true],
			['C', 0, 0, 0, true]
		]);
	});

	it('selects the defaults when the filter is off, else the filter', () => {
		expect(barsModel([1, 1, 1], OPTIONS, null, [0, 1]).map((b) => b.selected)).toEqual([true, true, false]);
		expect(barsModel([1, 1, 1], OPTIONS, [2], [0, 1]).map((b) => b.selected)).toEqual([false, false, true]);
		expect(barsModel([0, 0, 0], OPTIONS, null).map((b) => b.length)).toEqual([0, 0, 0]);
	});
});

describe('toggleBar', () => {
	it.each<[number[] | null, number, number[] | null]>([
		// From the default a click shows that bar alone.
		[null, 2, [2]],
		[[2], 0, [0, 2]],
		[[0, 2], 2, [0]],
		// Nothing left, or back at the default, is no filter.
		[[2], 2, null],
		[[0], 1, null]
	])('%j, click %i -> %j', (selected, code, expected) => {
		expect(toggleBar(selected, code, [0, 1])).toEqual(expected);
	});
});
