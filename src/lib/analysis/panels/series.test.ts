import { describe, expect, it } from 'vitest';
import { summariseMonths, type MonthSummary } from '../ingest/month-gaps';
import { toMonthIndex } from '../time/month-index';
import { brushedSpan, brushPatch, dailySeries, DAILY_YEAR_BACK, monthlySeries } from './series';
import { linePath } from './sparkline';

const JAN23 = toMonthIndex(2023, 1);
// 14 months from 01/2023; 11/2023 is partial at import (30 rows against ~100) and 12/2023 missing.
const IMPORT_ROWS = [100, 90, 100, 100, 100, 100, 100, 100, 100, 100, 30, 0, 100, 95];
const months = summariseMonths(new Map(IMPORT_ROWS.map((n, k) => [JAN23 + k, n])));
const NONE = { dateFrom: null, dateTo: null };

describe('monthlySeries', () => {
	const counts = [10, 9, 10, 10, 10, 10, 10, 10, 10, 10, 3, 0, 12, 4];
	const model = monthlySeries(JAN23, counts, months, NONE);

	it('greys months flagged at import instead of drawing them as drops', () => {
		expect(months.find((m) => m.month === '2023-11')!.status).toBe('low');
		expect(model.points.filter((p) => p.greyed).map((p) => [p.label, p.status])).toEqual([
			['11/2023', 'low'],
			['12/2023', 'missing']
		]);
		expect(model.greyedCount).toBe(2);
	});

	it('compares each month with the same month a year earlier, where that month exists and is not greyed', () => {
		expect(model.points[12]).toMatchObject({ label: '01/2024', count: 12, lastYear: 10 });
		expect(model.points[13].lastYear).toBe(9);
		expect(model.points[11].lastYear).toBeNull();
		expect(model.max).toBe(12);
	});

	it('draws nothing greyed with no import report (the demo)', () => {
		expect(monthlySeries(JAN23, counts, null, NONE).greyedCount).toBe(0);
	});

	it('turns a brushed span into an inclusive date filter, either end first', () => {
		expect(brushPatch(model, 13, 1)).toEqual({ dateFrom: '2023-02-01', dateTo: '2024-02-29' });
		expect(brushPatch(model, 4, 4)).toEqual({ dateFrom: '2023-05-01', dateTo: '2023-05-31' });
	});

	it('marks the points a date filter covers, months it only touches included', () => {
		const ranged = monthlySeries(JAN23, counts, months, { dateFrom: '2023-03-15', dateTo: '2023-05-01' });
		expect(brushedSpan(ranged)).toEqual([2, 4]);
		expect(brushedSpan(model)).toBeNull();
	});
});

describe('dailySeries', () => {
	const start = Date.UTC(2023, 0, 1) / 86_400_000;
	const counts = Array.from({ length: 400 }, (_, k) => k % 7);

	it('labels days dd/mm/yyyy, compares with 52 weeks earlier and greys days of flagged months', () => {
		const model = dailySeries(start, counts, months, { dateFrom: '2023-01-02', dateTo: '2023-01-02' });
		expect(model.points[0].label).toBe('01/01/2023');
		expect(model.points[DAILY_YEAR_BACK]).toMatchObject({ label: '31/12/2023', lastYear: counts[0], greyed: true });
		expect(model.points[DAILY_YEAR_BACK + 10]).toMatchObject({ label: '10/01/2024', lastYear: counts[10], count: counts[10 + DAILY_YEAR_BACK] });
		expect(model.points.find((p) => p.label === '15/11/2023')!.greyed).toBe(true);
		expect(brushedSpan(model)).toEqual([1, 1]);
		expect(brushPatch(model, 0, 2)).toEqual({ dateFrom: '2023-01-01', dateTo: '2023-01-03' });
	});
});

describe('linePath', () => {
	it('breaks the line at null values', () => {
		expect(linePath([0, 5, null, 10, 10], { width: 40, height: 10, max: 10 })).toBe('M0 10L10 5M30 0L40 0');
		expect(linePath([0], { width: 40, height: 10, max: 0 })).toBe('M20 10');
	});
});

describe('long gaps', () => {
	it('draws a run of three or more missing months as one point that says how long it is, keeping last year from real months', () => {
		const start = toMonthIndex(2018, 10);
		// 2018-10..2019-02 imported, 2019-03..2023-12 missing (58 months), 2024-01..04 imported.
		const span = toMonthIndex(2024, 4) - start + 1;
		const counts = Array.from({ length: span }, (_, k) => (k < 5 || k >= span - 4 ? 100 + k : 0));
		const months = Array.from({ length: span }, (_, k) => ({ monthIndex: start + k, month: '', rows: counts[k], ratio: 1, status: (counts[k] ? 'ok' : 'missing') as MonthSummary['status'] }));
		const model = monthlySeries(start, counts, months, { dateFrom: null, dateTo: null });
		expect(model.points).toHaveLength(5 + 1 + 4);
		const gap = model.points[5];
		expect([gap.gap, gap.label, gap.from, gap.to, gap.greyed]).toEqual([58, '58 months missing (03/2019 to 12/2023)', '2019-03-01', '2023-12-31', true]);
		// January 2024's same month last year (2023-01) is missing: no comparison, never a zero.
		expect(model.points[6]).toMatchObject({ label: '01/2024', lastYear: null });
		// A short run stays as it is.
		const short = monthlySeries(start, [5, 0, 0, 5], months.slice(0, 4).map((m, k) => ({ ...m, status: k === 1 || k === 2 ? 'missing' : 'ok' })), { dateFrom: null, dateTo: null });
		expect(short.points.map((p) => p.gap ?? 0)).toEqual([0, 0, 0, 0]);
	});
});
