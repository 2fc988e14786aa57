import { describe, expect, it } from 'vitest';
import { buildCube, NO_DISTRICT, type FilterColumns } from './cube';
import { compileFilter, FilterError, NO_FILTERS, type FilterState } from './filter-state';
import { encodeMask, maskFromRange, slotOf, TIME_PRESETS } from './hour-of-week';

const OUTSIDE = 1 << 6;
const KNIFE = 1 << 0;

interface Row {
	/** London wall-clock "YYYY-MM-DD HH:mm", or "YYYY-MM" for month precision. */
	when: string;
	group?: number;
	age?: number;
	flags?: number;
	district?: number;
	cell?: number;
	lsoa?: number;
}

/** Builds columns the way ingest would: wall-clock fields from the London time, month precision without. */
function columnsOf(rows: Row[]): FilterColumns & { cells: Uint32Array } {
	const n = rows.length;
	const c = {
		time: new Float64Array(n),
		hour: new Uint8Array(n),
		weekday: new Uint8Array(n),
		month: new Uint8Array(n),
		monthIndex: new Uint16Array(n),
		group: new Uint8Array(n),
		ageBand: new Uint8Array(n),
		flags: new Uint8Array(n),
		district: new Uint16Array(n),
		lsoa: new Uint16Array(n),
		cells: new Uint32Array(n)
	};
	rows.forEach((r, i) => {
		const [date, clock] = r.when.split(' ');
		const [y, m, d] = date.split('-').map(Number);
		c.month[i] = m;
		c.monthIndex[i] = y * 12 + m - 1;
		if (clock) {
			const [hh, mm] = clock.split(':').map(Number);
			// Test rows avoid change-over days; BST months are April to September here.
			const bst = m >= 4 && m <= 9;
			c.time[i] = Date.UTC(y, m - 1, d, hh - (bst ? 1 : 0), mm);
			c.hour[i] = hh;
			c.weekday[i] = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
		} else {
			c.time[i] = NaN;
			c.hour[i] = 255;
			c.weekday[i] = 255;
		}
		c.group[i] = r.group ?? 1;
		c.ageBand[i] = r.age ?? 4;
		c.flags[i] = r.flags ?? 0;
		c.district[i] = r.district ?? 0;
		c.cells[i] = r.cell ?? 0;
		c.lsoa[i] = r.lsoa ?? r.district ?? 0;
	});
	return c;
}

// 2024-05-03 is a Friday; 2024-05-04 a Saturday.
const ROWS: Row[] = [
	{ when: '2024-05-03 23:30', cell: 0, group: 1, district: 0 },
	{ when: '2024-05-04 02:15', cell: 1, group: 2, district: 1, flags: KNIFE },
	{ when: '2024-05-04 15:05', cell: 1, group: 2, district: 1, age: 1 },
	{ when: '2024-01-10 18:45', cell: 2, group: 3, district: 2, age: 2 },
	{ when: '2024-06-20 12:00', cell: 2, group: 1, district: 2, flags: KNIFE },
	{ when: '2024-03', cell: 3, group: 9, district: 3 },
	{ when: '2024-05-04 23:10', cell: 0, group: 1, district: NO_DISTRICT, flags: OUTSIDE }
];

const columns = columnsOf(ROWS);
const run = (patch: Partial<FilterState>) =>
	buildCube(columns, compileFilter({ ...NO_FILTERS, ...patch }), {
		cells: columns.cells,
		cellCount: 4,
		districtCount: 4,
		excludeFlag: OUTSIDE
	});

describe('buildCube', () => {
	it('counts every in-area row with no filters, and leaves outside points out', () => {
		const cube = run({});
		expect(cube.total).toBe(6);
		expect([...cube.cellCounts]).toEqual([1, 2, 2, 1]);
		expect([...cube.districts]).toEqual([1, 2, 2, 1, 0]);
		expect(cube.timeUnknownInMatrix).toBe(1);
	});

	it('applies a night filter that wraps midnight and notes rows with no time', () => {
		const mask = TIME_PRESETS.find((p) => p.id === 'night')!.mask();
		const cube = run({ hourOfWeek: encodeMask(mask) });
		// Fri 23:30 and Sat 02:15 are in; 15:05, 18:45, 12:00 are out; the month-only row is excluded and noted.
		expect(cube.total).toBe(2);
		expect(cube.timeUnknownExcluded).toBe(1);
	});

	it('keeps the matrix blind to its own time filter', () => {
		const all = run({});
		const night = run({ hourOfWeek: encodeMask(maskFromRange({ startHour: 23, endHour: 0, weekdays: [4] })) });
		expect(night.total).toBe(1);
		expect([...night.hourOfWeek]).toEqual([...all.hourOfWeek]);
		expect(all.hourOfWeek[slotOf(4, 23)]).toBe(1);
		expect(all.hourOfWeek[slotOf(5, 2)]).toBe(1);
	});

	it('but the matrix does follow every other filter', () => {
		const cube = run({ groups: [2] });
		expect(cube.hourOfWeek.reduce((a, b) => a + b, 0)).toBe(2);
	});

	it('filters by inclusive London dates, using the month for month-precision rows', () => {
		expect(run({ dateFrom: '2024-05-04', dateTo: '2024-05-04' }).total).toBe(2);
		expect(run({ dateFrom: '2024-03-15', dateTo: '2024-03-20' }).total).toBe(1);
		expect(run({ dateFrom: '2024-06-01' }).total).toBe(1);
		expect(run({ dateTo: '2024-01-31' }).total).toBe(1);
	});

	it('treats an empty selection as "nothing", not as "everything"', () => {
		expect(run({ groups: [] }).total).toBe(0);
		expect(run({ districts: [] }).total).toBe(0);
	});

	it.each<[Partial<FilterState>, number]>([
		[{ months: [5] }, 3],
		[{ months: [1, 6] }, 2],
		[{ groups: [1] }, 2],
		[{ ageBands: [1, 2] }, 2],
		[{ districts: [1, 3] }, 3],
		[{ requiredFlags: KNIFE }, 2],
		[{ requiredFlags: KNIFE, months: [6] }, 1]
	])('%j keeps %i rows', (patch, expected) => {
		expect(run(patch).total).toBe(expected);
	});

	it('keeps a month series with zeros for filtered-out months', () => {
		const cube = run({ months: [5] });
		expect(cube.monthStart).toBe(2024 * 12);
		expect([...cube.monthCounts]).toEqual([0, 0, 0, 0, 3, 0]);
	});

	it('marginals add up to the total', () => {
		const cube = run({ months: [5, 6] });
		const sum = (a: Uint32Array) => a.reduce((x, y) => x + y, 0);
		for (const marginal of [cube.cellCounts, cube.monthCounts, cube.groups, cube.ageBands, cube.districts]) {
			expect(sum(marginal)).toBe(cube.total);
		}
	});

	it('does not mutate its inputs', () => {
		const before = columns.group.slice();
		run({ groups: [1] });
		expect(columns.group).toEqual(before);
	});
});

describe('buildCube area tables', () => {
	const AREA_ONLY = 1 << 7;
	const rows: Row[] = [
		{ when: '2024-05-03 23:30', cell: 0, lsoa: 0 },
		{ when: '2024-05-03 23:40', cell: 1, lsoa: 2, flags: AREA_ONLY },
		{ when: '2024-05-04 01:00', cell: 1, lsoa: 2 },
		{ when: '2024-05-04 01:00', cell: 1, lsoa: 0xffff },
		{ when: '2024-05-04 01:00', cell: 0, lsoa: 1, district: NO_DISTRICT, flags: OUTSIDE }
	];
	const cols = columnsOf(rows);
	const cube = buildCube(cols, compileFilter(NO_FILTERS), { cells: cols.cells, cellCount: 2, districtCount: 4, excludeFlag: OUTSIDE, cellExcludeFlag: AREA_ONLY, lsoaCount: 3 });

	it('marks the rows passing every filter when asked, area-only rows included', () => {
		const pass = new Uint8Array(rows.length);
		buildCube(cols, compileFilter(NO_FILTERS), { cells: cols.cells, cellCount: 2, districtCount: 4, excludeFlag: OUTSIDE, cellExcludeFlag: AREA_ONLY, pass });
		expect([...pass]).toEqual([1, 1, 1, 1, 0]);
	});

	it('counts passing rows by LSOA, skipping unknown LSOAs and outside points', () => {
		expect([...cube.lsoaCounts]).toEqual([1, 0, 2]);
	});

	it('keeps area-only rows off the hexes but in the total and every table', () => {
		expect(cube.total).toBe(4);
		expect([...cube.cellCounts]).toEqual([1, 2]);
		expect(cube.areaOnly).toBe(1);
		expect(cube.districts[0]).toBe(4);
		expect(cube.hourOfWeek.reduce((a, b) => a + b, 0)).toBe(4);
	});
});

describe('compileFilter errors', () => {
	it.each<[Partial<FilterState>, string]>([
		[{ hourOfWeek: 'nope' }, 'bad_hour_mask'],
		[{ dateFrom: '2024-02-30' }, 'bad_date'],
		[{ dateFrom: '2024-05-02', dateTo: '2024-05-01' }, 'date_range_reversed'],
		[{ months: [13] }, 'bad_code'],
		[{ groups: [-1] }, 'bad_code']
	])('%j fails with %s', (patch, code) => {
		try {
			compileFilter({ ...NO_FILTERS, ...patch });
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(FilterError);
			expect((error as FilterError).code).toBe(code);
		}
	});
});

describe('buildCube panel data', () => {
	const runWith = (patch: Partial<FilterState>, extra: { detailCell?: number; days?: boolean } = {}) => {
		const f = { ...NO_FILTERS, ...patch };
		return buildCube(columns, compileFilter(f), {
			cells: columns.cells,
			cellCount: 4,
			districtCount: 4,
			excludeFlag: OUTSIDE,
			period: { dateFrom: f.dateFrom, dateTo: f.dateTo },
			days: true,
			...extra
		});
	};
	const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

	it('counts London days, so 00:30 BST on 4 May is 4 May though UTC still says 3 May', () => {
		const late = columnsOf([{ when: '2024-05-04 00:30' }, { when: '2024-01-10 23:59' }]);
		const cube = buildCube(late, compileFilter(NO_FILTERS), { cells: late.cells, cellCount: 1, districtCount: 4, excludeFlag: OUTSIDE, days: true });
		expect(buildCube(late, compileFilter(NO_FILTERS), { cells: late.cells, cellCount: 1, districtCount: 4, excludeFlag: OUTSIDE }).daySeries.length).toBe(0);
		expect(cube.dayStart).toBe(day('2024-01-01'));
		expect(cube.daySeries.length).toBe(day('2024-05-31') - day('2024-01-01') + 1);
		expect(cube.daySeries[day('2024-05-04') - cube.dayStart]).toBe(1);
		expect(cube.daySeries[day('2024-01-10') - cube.dayStart]).toBe(1);
		expect(cube.daySeries.reduce((a, b) => a + b, 0)).toBe(2);
	});

	it('keeps the series blind to its own date range but not to other filters', () => {
		const cube = runWith({ dateFrom: '2024-05-04', dateTo: '2024-05-04', groups: [1, 2, 3, 9] });
		expect(cube.total).toBe(2);
		// Every in-area row counts in the series; the month-only March row is in monthSeries but not daySeries.
		expect([...cube.monthSeries]).toEqual([1, 0, 1, 0, 3, 1]);
		expect(cube.daySeries.reduce((a, b) => a + b, 0)).toBe(5);
		expect([...cube.monthCounts]).toEqual([0, 0, 0, 0, 2, 0]);
		expect(runWith({ dateFrom: '2024-05-04', dateTo: '2024-05-04', groups: [1] }).monthSeries.reduce((a, b) => a + b, 0)).toBe(2);
	});

	it('offers group and age counts under every filter except their own', () => {
		const cube = runWith({ groups: [2], ageBands: [4] });
		// Only the Sat 02:15 robbery (age band 4) passes both; the group bars count every age-4 row by group.
		expect(cube.total).toBe(1);
		expect(cube.groupOptions[1]).toBe(2);
		expect(cube.groupOptions[2]).toBe(1);
		expect(cube.groupOptions[9]).toBe(1);
		expect(cube.ageBandOptions[4]).toBe(1);
		expect(cube.ageBandOptions[1]).toBe(1);
		expect(cube.groups[1]).toBe(0);
	});

	it('options follow the time-of-day filter', () => {
		const night = encodeMask(TIME_PRESETS.find((p) => p.id === 'night')!.mask());
		const cube = runWith({ hourOfWeek: night, groups: [2] });
		expect(cube.groupOptions[1]).toBe(1);
		expect(cube.groupOptions[2]).toBe(1);
		expect(cube.groupOptions[3]).toBe(0);
	});

	it('compares a date range with the same number of days just before it', () => {
		// 2024-05-01..2024-06-30 (61 days) against 2024-03-01..2024-04-30; the March month-only row counts.
		const cube = runWith({ dateFrom: '2024-05-01', dateTo: '2024-06-30' });
		const c = cube.comparison!;
		expect(c.mode).toBe('date-range');
		expect([c.previous.from, c.previous.to]).toEqual(['2024-03-01', '2024-04-30']);
		expect([...c.currentDistricts]).toEqual([...cube.districts]);
		expect([...c.currentDistricts]).toEqual([1, 2, 1, 0, 0]);
		expect([...c.previousDistricts]).toEqual([0, 0, 0, 1, 0]);
		// Each district's monthly series ignores the date range, so across districts it adds up to the month series.
		const span = cube.monthSeries.length;
		const summed = Array.from({ length: span }, (_, k) => [0, 1, 2, 3, 4].reduce((s, d) => s + c.districtSeries[d * span + k], 0));
		expect(summed).toEqual([...cube.monthSeries]);
		expect(summed.reduce((a, b) => a + b, 0)).toBeGreaterThan(cube.total);
	});

	it('without a date range compares the latest 12 months of data with the 12 before', () => {
		const two = columnsOf([
			{ when: '2023-01-15 10:00', district: 0 },
			{ when: '2023-12-31 23:00', district: 1 },
			{ when: '2024-01-01 00:30', district: 1 },
			{ when: '2024-12-20 09:00', district: 2 },
			{ when: '2022-12', district: 3 }
		]);
		const cube = buildCube(two, compileFilter(NO_FILTERS), { cells: two.cells, cellCount: 1, districtCount: 4, excludeFlag: OUTSIDE, period: { dateFrom: null, dateTo: null } });
		const c = cube.comparison!;
		expect(c.mode).toBe('latest-12-months');
		expect([c.current.from, c.current.to, c.previous.from, c.previous.to]).toEqual(['2024-01-01', '2024-12-31', '2023-01-01', '2023-12-31']);
		expect(c.previousInData).toBe(true);
		expect([...c.currentDistricts]).toEqual([0, 1, 1, 0, 0]);
		expect([...c.previousDistricts]).toEqual([1, 1, 0, 0, 0]);
		expect(cube.total).toBe(5);
	});

	it('lists the rows of the detail cell that pass every filter, and none without a detail cell', () => {
		expect([...runWith({}, { detailCell: 1 }).cellRows]).toEqual([1, 2]);
		expect([...runWith({ requiredFlags: KNIFE }, { detailCell: 1 }).cellRows]).toEqual([1]);
		expect(runWith({}).cellRows.length).toBe(0);
		expect(runWith({}).comparison!.previousInData).toBe(false);
	});
});
