import { describe, expect, it } from 'vitest';
import { filePeriods, importMonths, monthsOfPeriods } from './file-period';

describe('the months an import covers', () => {
	it('runs each file from the first to the last month of its kept rows, gaps included, and joins the files', () => {
		const sourceMonths = [
			{ source: 0, monthIndex: 100, rows: 9 },
			{ source: 1, monthIndex: 104, rows: 2 },
			{ source: 1, monthIndex: 102, rows: 1 },
			{ source: 2, monthIndex: 99, rows: 0 }
		];
		expect(filePeriods(sourceMonths)).toEqual(
			new Map([
				[0, [[100, 100]]],
				[1, [[102, 104]]]
			])
		);
		expect(importMonths(sourceMonths)).toEqual([100, 102, 103, 104]);
		expect(monthsOfPeriods([[5, 6], [6, 8]])).toEqual([5, 6, 7, 8]);
		expect(importMonths([])).toEqual([]);
	});

	it('splits a file at a gap of more than two quiet months, so a mis-dated row replaces only its own month', () => {
		// A 2024 extract (months 24288-24293) with one row dated ten years earlier.
		const sourceMonths = [24288, 24289, 24291, 24292, 24293, 24168].map((monthIndex) => ({ source: 0, monthIndex, rows: 5 }));
		expect(filePeriods(sourceMonths).get(0)).toEqual([
			[24168, 24168],
			[24288, 24293]
		]);
		expect(importMonths(sourceMonths)).toEqual([24168, 24288, 24289, 24290, 24291, 24292, 24293]);
		// Three quiet months in a row split; two do not.
		expect(filePeriods([24288, 24292].map((monthIndex) => ({ source: 0, monthIndex, rows: 1 }))).get(0)).toHaveLength(2);
		expect(filePeriods([24288, 24291].map((monthIndex) => ({ source: 0, monthIndex, rows: 1 }))).get(0)).toHaveLength(1);
	});
});
