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
				[0, [100, 100]],
				[1, [102, 104]]
			])
		);
		expect(importMonths(sourceMonths)).toEqual([100, 102, 103, 104]);
		expect(monthsOfPeriods([[5, 6], [6, 8]])).toEqual([5, 6, 7, 8]);
		expect(importMonths([])).toEqual([]);
	});
});
