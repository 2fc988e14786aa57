import { describe, expect, it } from 'vitest';
import { ColumnBuilder, PRECISION, UNKNOWN_U16 } from '../ingest/columns';
import { cellDetail, DETAIL_ROW_LIMIT } from './cell-detail';

interface Row {
	/** UTC instant ISO, or "YYYY-MM" for month only. */
	at: string;
	precision: number;
	hour: number;
	group: number;
	lsoa: number;
	district: number;
	line: number;
}

function columnsOf(rows: Row[]) {
	const b = new ColumnBuilder(rows.length);
	for (const r of rows) {
		const i = b.row();
		const c = b.cols;
		const monthOnly = r.at.length === 7;
		c.time[i] = monthOnly ? NaN : Date.parse(r.at);
		c.precision[i] = r.precision;
		c.hour[i] = r.hour;
		c.weekday[i] = r.hour === 255 ? 255 : 0;
		c.monthIndex[i] = Number(r.at.slice(0, 4)) * 12 + Number(r.at.slice(5, 7)) - 1;
		c.group[i] = r.group;
		c.lsoa[i] = r.lsoa;
		c.district[i] = r.district;
		c.source[i] = r.line > 1000 ? 1 : 0;
		c.line[i] = r.line;
	}
	return b.finish({ cells: { 7: ['87195da49ffffff'], 8: [], 9: [] }, lsoaCodes: ['E01024001', 'E01024002'], sources: ['force.csv', 'other.csv'] });
}

const ROWS: Row[] = [
	// 23:30 UTC on 3 May is 00:30 BST on 4 May in London.
	{ at: '2024-05-03T23:30:00Z', precision: PRECISION.minute, hour: 0, group: 1, lsoa: 0, district: 10, line: 14 },
	{ at: '2024-02-10T18:00:00Z', precision: PRECISION.hour, hour: 18, group: 3, lsoa: 1, district: 10, line: 1200 },
	{ at: '2024-03', precision: PRECISION.month, hour: 255, group: 1, lsoa: 0, district: 10, line: 30 },
	{ at: '2024-05-10T23:00:00Z', precision: PRECISION.day, hour: 255, group: 1, lsoa: UNKNOWN_U16, district: UNKNOWN_U16, line: 31 }
];

describe('cellDetail', () => {
	const columns = columnsOf(ROWS);
	const detail = cellDetail({ columns, rows: [0, 1, 2, 3], resolution: 7, cellIndex: 0, datasetId: 'x', lsoaNames: ['Thanet 001A', 'Thanet 001B'], lsoaDeciles: [2, 0] });

	it('writes source rows as London dd/mm/yyyy and 24-hour times at the precision recorded', () => {
		expect(detail.rows).toEqual([
			{ file: 'force.csv', line: 14, date: '04/05/2024', time: '00:30', group: 'Robbery' },
			{ file: 'other.csv', line: 1200, date: '10/02/2024', time: '18:00', group: 'Violence with injury' },
			{ file: 'force.csv', line: 30, date: '03/2024', time: null, group: 'Robbery' },
			{ file: 'force.csv', line: 31, date: '11/05/2024', time: null, group: 'Robbery' }
		]);
	});

	it('counts by group, hour and month, gaps in months kept as zeros', () => {
		expect(detail.total).toBe(4);
		expect(detail.groups.map((g) => [g.code, g.count])).toEqual([
			[1, 3],
			[3, 1]
		]);
		expect(detail.hours[0]).toBe(1);
		expect(detail.hours[18]).toBe(1);
		expect(detail.hourUnknown).toBe(2);
		expect(detail.monthStart).toBe(2024 * 12 + 1);
		expect(detail.months).toEqual([1, 1, 0, 2]);
	});

	it('names the LSOAs with their district and decile, leaving out rows in no LSOA', () => {
		expect(detail.lsoas).toEqual([
			{ code: 'E01024001', name: 'Thanet 001A', district: 'E07000114', imdDecile: 2, count: 2 },
			{ code: 'E01024002', name: 'Thanet 001B', district: 'E07000114', imdDecile: null, count: 1 }
		]);
		expect(detail.districts.map((d) => [d.label, d.count])).toEqual([
			['Thanet', 3],
			['Outside or unknown', 1]
		]);
	});

	it(`lists at most ${DETAIL_ROW_LIMIT} source rows but counts them all`, () => {
		const many = columnsOf(Array.from({ length: 130 }, (_, k) => ({ ...ROWS[0], line: k + 2 })));
		const d = cellDetail({ columns: many, rows: Array.from({ length: 130 }, (_, k) => k), resolution: 7, cellIndex: 0, datasetId: 'x', lsoaNames: [] });
		expect(d.rows.length).toBe(DETAIL_ROW_LIMIT);
		expect(d.rows[99].line).toBe(101);
		expect(d.total).toBe(130);
	});

	it('is empty for a cell with no rows', () => {
		const d = cellDetail({ columns, rows: [], resolution: 7, cellIndex: 0, datasetId: 'x', lsoaNames: [] });
		expect([d.total, d.months, d.rows, d.lsoas]).toEqual([0, [], [], []]);
	});

	it.each([
		[7, 7],
		[0, null],
		[undefined, null]
	])("gives the hexagon's own decile %s as %s (0 or absent = unknown)", (hexDecile, shown) => {
		expect(cellDetail({ columns, rows: [], resolution: 7, cellIndex: 0, datasetId: 'x', lsoaNames: [], hexDecile }).hexDecile).toBe(shown);
	});
});
