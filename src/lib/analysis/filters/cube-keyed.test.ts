import { describe, expect, it } from 'vitest';
import { seededRandom } from '../ingest/fixtures/seeded-random';
import { locationsOf } from '../session/locations';
import { buildCube, type CubeOptions, type FilterColumns } from './cube';
import { CubeIndex, type CubeIndexParams } from './cube-index';
import { buildCubeByRow } from './cube-rows';
import { compileFilter, NO_FILTERS, type FilterState } from './filter-state';
import { encodeMask } from './hour-of-week';

const OUTSIDE = 1 << 6;
const AREA_ONLY = 1 << 7;
const DISTRICTS = 6;
const CELLS = 40;
const LSOAS = 30;
const COORDINATES = 150;

type Columns = FilterColumns & { cellsA: Uint32Array; cellsB: Uint32Array; lng: Float64Array; lat: Float64Array };

/**
 * Random columns with everything the pass must cope with: unknown hours, weekdays, districts and LSOAs,
 * month-only rows, times outside their row's month, outside and area-only rows, and coordinates shared by
 * many rows. LSOA and cells are per coordinate, as ingest computes them.
 */
function randomColumns(n: number, seed: number): Columns {
	const rand = seededRandom(seed);
	const int = (k: number) => Math.floor(rand() * k);
	const point = Array.from({ length: COORDINATES }, () => ({ lng: rand(), lat: rand(), lsoa: rand() < 0.05 ? 0xffff : int(LSOAS), a: int(CELLS), b: int(CELLS / 4) }));
	const c: Columns = {
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
		cellsA: new Uint32Array(n),
		cellsB: new Uint32Array(n),
		lng: new Float64Array(n),
		lat: new Float64Array(n)
	};
	for (let i = 0; i < n; i++) {
		const m = 2023 * 12 + int(30);
		c.monthIndex[i] = m;
		c.month[i] = (m % 12) + 1;
		const monthStart = Date.UTC(Math.floor(m / 12), m % 12, 1);
		// Mostly inside the month, a few a day or two either side of it (the columns need not agree).
		c.time[i] = rand() < 0.15 ? NaN : monthStart + (rand() * 33 - 2) * 86_400_000;
		c.hour[i] = rand() < 0.08 ? 255 : int(24);
		c.weekday[i] = rand() < 0.08 ? 255 : int(7);
		c.group[i] = int(11);
		c.ageBand[i] = int(5);
		c.flags[i] = int(32) | (rand() < 0.06 ? OUTSIDE : 0) | (rand() < 0.08 ? AREA_ONLY : 0);
		c.district[i] = rand() < 0.06 ? 0xffff : int(DISTRICTS);
		const p = point[int(COORDINATES)];
		c.lsoa[i] = p.lsoa;
		c.cellsA[i] = p.a;
		c.cellsB[i] = p.b;
		c.lng[i] = p.lng;
		c.lat[i] = p.lat;
	}
	return c;
}

function pick<T>(rand: () => number, values: readonly T[], share: number): T[] {
	return values.filter(() => rand() < share);
}

function randomFilter(rand: () => number): FilterState {
	const on = () => rand() < 0.45;
	const day = () => `${2022 + Math.floor(rand() * 4)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
	let [from, to] = [on() ? day() : null, on() ? day() : null];
	if (from !== null && to !== null && from > to) [from, to] = [to, from];
	return {
		...NO_FILTERS,
		hourOfWeek: on() ? encodeMask(Uint8Array.from({ length: 168 }, () => (rand() < 0.6 ? 1 : 0))) : null,
		months: on() ? pick(rand, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 0.7) : null,
		dateFrom: from,
		dateTo: to,
		groups: on() ? pick(rand, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.6) : null,
		ageBands: on() ? pick(rand, [0, 1, 2, 3, 4], 0.6) : null,
		districts: on() ? pick(rand, [0, 1, 2, 3, 4, 5], 0.6) : null,
		requiredFlags: on() ? [1, 2, 5][Math.floor(rand() * 3)] : 0,
		hexDeciles: on() ? pick(rand, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5) : null
	};
}

const columns = randomColumns(4000, 11);
const locations = locationsOf(columns.lng, columns.lat);
const PARAMS: CubeIndexParams = { districtCount: DISTRICTS, excludeFlag: OUTSIDE, cellExcludeFlag: AREA_ONLY, locations };
const index = new CubeIndex(columns, PARAMS);
const base: CubeOptions = { cells: columns.cellsA, cellCount: CELLS, districtCount: DISTRICTS, excludeFlag: OUTSIDE, cellExcludeFlag: AREA_ONLY, lsoaCount: LSOAS };

/** Both passes with their own pass mask, so the mask is compared too. */
function both(filters: FilterState, options: CubeOptions, cubeIndex: CubeIndex = index, cols: FilterColumns = columns) {
	const compiled = compileFilter(filters);
	const withPass = (o: CubeOptions) => (o.pass ? { ...o, pass: new Uint8Array(cols.group.length) } : o);
	const refOptions = withPass(options);
	const keyedOptions = withPass({ ...options, index: cubeIndex });
	return {
		expected: { cube: buildCubeByRow(cols, compiled, refOptions), pass: refOptions.pass },
		actual: { cube: buildCube(cols, compiled, keyedOptions), pass: keyedOptions.pass }
	};
}

describe('the keyed pass', () => {
	it('fits columns like ingest builds them', () => {
		expect(index.unfit).toBeNull();
		expect(index.keysFor(columns, base)).not.toBeNull();
	});

	const rand = seededRandom(5);
	const cases = Array.from({ length: 120 }, (_, k) => {
		const filters = randomFilter(rand);
		const options: CubeOptions = {
			...base,
			cells: rand() < 0.5 ? columns.cellsA : columns.cellsB,
			cellCount: CELLS,
			days: rand() < 0.5,
			detailCell: rand() < 0.5 ? Math.floor(rand() * CELLS / 4) : undefined,
			period: rand() < 0.7 ? { dateFrom: filters.dateFrom, dateTo: filters.dateTo } : undefined,
			pass: rand() < 0.3 ? new Uint8Array(0) : undefined,
			cellDeciles: rand() < 0.8 ? Uint8Array.from({ length: CELLS }, () => Math.floor(rand() * 11)) : undefined,
			locations: rand() < 0.7 ? locations : undefined,
			monthRange: rand() < 0.5 ? index.monthRange : undefined
		};
		return [k, filters, options] as const;
	});

	it.each(cases)('answers random state %i as the row-by-row pass does', (_k, filters, options) => {
		expect(index.keysFor(columns, options)).not.toBeNull();
		const { expected, actual } = both(filters, options);
		expect(actual).toEqual(expected);
	});

	it('tests each row of a month whose timed rows are all in the previous period but whose month-only rows are not', () => {
		// December rows timed in February (columns need not agree) and December rows with no time, against March.
		const december = 2023 * 12 + 11;
		const odd: Columns = {
			...columns,
			monthIndex: columns.monthIndex.map(() => december),
			month: columns.month.map(() => 12),
			time: columns.time.map((_, i) => (i % 2 === 0 ? NaN : Date.UTC(2024, 1, 10, 12))),
			district: columns.district.map(() => 0)
		};
		const oddIndex = new CubeIndex(odd, PARAMS);
		const filters: FilterState = { ...NO_FILTERS, dateFrom: '2024-03-01', dateTo: '2024-03-31' };
		const { expected, actual } = both(filters, { ...base, period: { dateFrom: filters.dateFrom, dateTo: filters.dateTo } }, oddIndex, odd);
		expect(expected.cube.comparison!.previousDistricts[0]).toBeGreaterThan(0);
		expect(actual).toEqual(expected);
	});

	it('agrees with a plain count of the rows passing a hand-written test', () => {
		const filters: FilterState = { ...NO_FILTERS, groups: [1, 2, 3], districts: [0, 2], dateFrom: '2023-06-15', dateTo: '2024-02-10' };
		const from = Date.UTC(2023, 5, 14, 23);
		const to = Date.UTC(2024, 1, 11);
		let total = 0;
		for (let i = 0; i < columns.group.length; i++) {
			const t = columns.time[i];
			const m = columns.monthIndex[i];
			const inside = t === t ? t >= from && t < to : m >= 2023 * 12 + 5 && m <= 2024 * 12 + 1;
			if ((columns.flags[i] & OUTSIDE) === 0 && [1, 2, 3].includes(columns.group[i]) && [0, 2].includes(columns.district[i]) && inside) total++;
		}
		expect(buildCube(columns, compileFilter(filters), { ...base, index }).total).toBe(total);
	});
});

describe('the index is used only where it fits', () => {
	const filters: FilterState = { ...NO_FILTERS, groups: [1, 2, 3, 4], hourOfWeek: encodeMask(Uint8Array.from({ length: 168 }, (_, s) => (s % 3 === 0 ? 0 : 1))) };

	it.each<[string, Partial<CubeOptions>]>([
		['another exclude flag', { excludeFlag: OUTSIDE | 1 }],
		['another area-only flag', { cellExcludeFlag: 0 }],
		['another district count', { districtCount: DISTRICTS + 1 }],
		['another month range', { monthRange: [2023 * 12, 2026 * 12] }],
		['other coordinates', { locations: locationsOf(columns.lat, columns.lng) }],
		['a cell column of another length', { cells: columns.cellsA.subarray(1), cellCount: CELLS }]
	])('refuses %s and the answer still matches', (_name, patch) => {
		const options = { ...base, ...patch };
		expect(index.keysFor(columns, options)).toBeNull();
		if (options.cells.length === columns.group.length) expect(both(filters, options).actual).toEqual(both(filters, options).expected);
	});

	it('refuses other columns, and answers them row by row', () => {
		const other = { ...columns, group: columns.group.map((g) => (g + 1) % 11) };
		expect(index.keysFor(other, base)).toBeNull();
		const { expected, actual } = both(filters, base, index, other);
		expect(actual).toEqual(expected);
	});

	it('refuses a cell column in which one coordinate lies in two cells, but not the others', () => {
		const split = columns.cellsA.slice();
		const row = Array.from(split.keys()).find((i) => (columns.flags[i] & AREA_ONLY) === 0)!;
		split[row] = (split[row] + 1) % CELLS;
		expect(index.keysFor(columns, { ...base, cells: split })).toBeNull();
		expect(index.keysFor(columns, base)).not.toBeNull();
		const { expected, actual } = both(filters, { ...base, cells: split });
		expect(actual).toEqual(expected);
	});

	it.each<[string, (c: Columns) => Columns]>([
		['a month that is not its month index\'s', (c) => ({ ...c, month: c.month.map((m, i) => (i === 7 ? (m % 12) + 1 : m)) })],
		['a district past the list', (c) => ({ ...c, district: c.district.map((d, i) => (i === 3 ? DISTRICTS + 2 : d)) })],
		['an hour past 23', (c) => ({ ...c, hour: c.hour.map((h, i) => (i === 5 ? 30 : h)), weekday: c.weekday.map((w, i) => (i === 5 ? 6 : w)) })],
		['two LSOAs at one coordinate', (c) => ({ ...c, lsoa: c.lsoa.map((l, i) => (i === 0 ? (l + 1) % LSOAS : l)) })]
	])('marks columns with %s unfit, and answers them row by row', (_name, change) => {
		const odd = change(columns);
		const oddIndex = new CubeIndex(odd, PARAMS);
		expect(oddIndex.unfit).not.toBeNull();
		expect(oddIndex.keysFor(odd, base)).toBeNull();
		const { expected, actual } = both({ ...NO_FILTERS, districts: [0, 1, DISTRICTS + 2], months: [1, 2, 3, 4, 5, 6] }, base, oddIndex, odd);
		expect(actual).toEqual(expected);
	});
});

describe('the kept cubes of the default views', () => {
	const fresh = () => new CubeIndex(columns, PARAMS);

	it('answers no filter and offence-only filters per resolution and options, never mixing them up', () => {
		const cached = fresh();
		const states: FilterState[] = [NO_FILTERS, { ...NO_FILTERS, groups: [1, 2] }, { ...NO_FILTERS, groups: [3] }];
		const variants: CubeOptions[] = [
			base,
			{ ...base, cells: columns.cellsB },
			{ ...base, days: true },
			{ ...base, period: { dateFrom: null, dateTo: null } },
			// A caller may compare periods without filtering by them.
			{ ...base, period: { dateFrom: '2023-05-01', dateTo: '2024-06-30' } },
			{ ...base, period: { dateFrom: '2023-05-01', dateTo: '2024-09-30' } },
			{ ...base, lsoaCount: 5 },
			{ ...base, locations },
			{ ...base, detailCell: 3 },
			{ ...base, cells: columns.cellsB, detailCell: 2, pass: new Uint8Array(0) }
		];
		// Twice round, so the second round is answered from the kept cubes (and the first evicted some).
		for (let round = 0; round < 2; round++) {
			for (const options of variants) {
				for (const filters of states) {
					const { expected, actual } = both(filters, options, cached);
					expect(actual).toEqual(expected);
				}
			}
		}
	});

	it('hands out copies, so a caller changing or transferring its answer never changes the next', () => {
		const cached = fresh();
		const first = buildCube(columns, compileFilter(NO_FILTERS), { ...base, period: { dateFrom: null, dateTo: null }, index: cached });
		const total = first.total;
		for (const array of [first.cellCounts, first.groups, first.districts, first.lsoaCounts, first.comparison!.districtSeries]) array.fill(7);
		first.comparison!.current.from = 'changed';
		const second = both(NO_FILTERS, { ...base, period: { dateFrom: null, dateTo: null } }, cached);
		expect(second.actual).toEqual(second.expected);
		expect(second.actual.cube.total).toBe(total);
	});

	it('is not used once a filter leaves out rows by anything but their offence group', () => {
		const cached = fresh();
		for (const filters of [NO_FILTERS, { ...NO_FILTERS, months: [2] }, { ...NO_FILTERS, ageBands: [1] }, { ...NO_FILTERS, requiredFlags: 1 }, { ...NO_FILTERS, dateFrom: '2024-01-01' }, NO_FILTERS]) {
			const { expected, actual } = both(filters, base, cached);
			expect(actual).toEqual(expected);
		}
	});
});
