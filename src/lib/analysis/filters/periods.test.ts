import { describe, expect, it } from 'vitest';
import { comparisonWindows } from './periods';
import { toMonthIndex } from '../time/month-index';

const DATA: [number, number] = [toMonthIndex(2022, 4), toMonthIndex(2024, 9)];

describe('comparisonWindows', () => {
	it.each<[string | null, string | null, string, string, string, string]>([
		// A calendar month against the 31 days before (not "the previous month").
		['2024-03-01', '2024-03-31', '2024-03-01', '2024-03-31', '2024-01-30', '2024-02-29'],
		// One day against the day before.
		['2024-05-04', '2024-05-04', '2024-05-04', '2024-05-04', '2024-05-03', '2024-05-03'],
		// An open end runs to the last day of data; 92 days back from 1 July starts on 31 March.
		['2024-07-01', null, '2024-07-01', '2024-09-30', '2024-03-31', '2024-06-30'],
		// No date range: the latest 12 whole months against the 12 before.
		[null, null, '2023-10-01', '2024-09-30', '2022-10-01', '2023-09-30']
	])('%s..%s compares %s..%s with %s..%s', (from, to, cf, ct, pf, pt) => {
		const w = comparisonWindows(from, to, DATA)!;
		expect([w.current.from, w.current.to, w.previous.from, w.previous.to]).toEqual([cf, ct, pf, pt]);
		expect(w.mode).toBe(from === null && to === null ? 'latest-12-months' : 'date-range');
	});

	it('gives equal-length periods for a date range, and half-open instants meeting at the boundary', () => {
		const w = comparisonWindows('2024-03-20', '2024-04-10', DATA)!;
		expect(w.current.days).toBe(22);
		expect(w.previous.days).toBe(22);
		expect(w.previous.toMs).toBe(w.current.fromMs);
		// 31 March 2024 is the spring change-over: London midnight on 1 April is 23:00 UTC.
		expect(new Date(w.current.toMs).toISOString()).toBe('2024-04-10T23:00:00.000Z');
	});

	it('gives month-only rows in the split boundary month to the current period', () => {
		const w = comparisonWindows('2024-03-20', '2024-04-10', DATA)!;
		expect(w.current.fromMonth).toBe(toMonthIndex(2024, 3));
		expect(w.previous.toMonth).toBe(toMonthIndex(2024, 2));
		expect(w.previous.fromMonth).toBe(toMonthIndex(2024, 2));
	});

	it('says when the previous period starts before the data', () => {
		expect(comparisonWindows('2022-05-01', '2022-12-31', DATA)!.previousInData).toBe(false);
		expect(comparisonWindows(null, null, [toMonthIndex(2024, 1), toMonthIndex(2024, 9)])!.previousInData).toBe(false);
		expect(comparisonWindows(null, null, DATA)!.previousInData).toBe(true);
	});

	it('returns null with no data or a reversed range', () => {
		expect(comparisonWindows(null, null, null)).toBeNull();
		expect(comparisonWindows('2024-05-02', '2024-05-01', DATA)).toBeNull();
	});
});
