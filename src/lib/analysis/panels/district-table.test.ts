import { describe, expect, it } from 'vitest';
import type { DistrictComparison } from '../filters/cube';
import { comparisonWindows } from '../filters/periods';
import type { District } from '../geography/districts';
import { toMonthIndex } from '../time/month-index';
import type { MonthSummary } from '../ingest/month-gaps';
import { changeOf, comparability, comparisonCaption, districtTable, MIN_BASE_FOR_PERCENT, sortDistrictRows, toggleDistrict } from './district-table';
import { ageBasis, ageDenominators } from './age-population';

const D = (code: string, label: string) => ({ code, label }) as District;
const DISTRICTS = [D('E1', 'Alpha'), D('E2', 'Beta'), D('E3', 'Gamma')];
const POPULATIONS = new Map([
	['E1', 50_000],
	['E2', 20_000],
	['E3', 40_000]
]);
const windows = comparisonWindows('2024-01-01', '2024-06-30', [toMonthIndex(2022, 1), toMonthIndex(2024, 12)])!;
const comparison: DistrictComparison = {
	...windows,
	currentDistricts: Uint32Array.from([100, 40, 8, 2]),
	previousDistricts: Uint32Array.from([80, 50, 4, 0]),
	// Flat monthly series (no overdispersion) over the 36 months, so phi = 1 and the intervals are Poisson's.
	districtSeries: Uint32Array.from({ length: 4 * 36 }, (_, k) => [30, 15, 2, 0][Math.floor(k / 36)])
};
const table = districtTable({ districts: [100, 40, 8, 2], total: 150, comparison }, DISTRICTS, POPULATIONS, [1]);

describe('districtTable', () => {
	it('gives count, share and rate per 1,000 residents', () => {
		expect(table.rows.map((r) => [r.label, r.count, r.share, r.rate])).toEqual([
			['Alpha', 100, 100 / 150, 2],
			['Beta', 40, 40 / 150, 2],
			['Gamma', 8, 8 / 150, 0.2]
		]);
		expect(table.unassigned).toBe(2);
		expect(table.total).toMatchObject({ count: 150, share: 1, population: 110_000, rate: (150 / 110_000) * 1000 });
	});

	it('ranks by rate, equal rates sharing a rank', () => {
		expect(table.rows.map((r) => r.rank)).toEqual([1, 1, 3]);
	});

	it('gives change against the previous period, difference only below the small-number base', () => {
		expect(table.rows[0].change).toMatchObject({ current: 100, previous: 80, difference: 20, percent: 25, note: 'ok' });
		expect(table.rows[1].change!.percent).toBe(-20);
		expect(table.rows[2].change).toMatchObject({ difference: 4, percent: null, note: 'small-base' });
		expect(table.total.change).toMatchObject({ current: 150, previous: 134 });
		expect(table.rows.map((r) => r.selected)).toEqual([false, true, false]);
	});

	it('says the rates are over all residents without an age filter', () => {
		expect(table.basis).toEqual({ kind: 'all-residents' });
	});

	it('divides by the age group\'s residents under an age filter, and says how they were found', () => {
		// Alpha 0-15 = 160, 16-24 = 90: ages 10-17 are 6/16 x 160 + 2/9 x 90 = 80 by hand; Beta 320 and 180 give 160.
		const areas = new Map([
			['E1', { total: 1000, bands: [160, 90, 200, 250, 180, 120] }],
			['E2', { total: 2000, bands: [320, 180, 400, 500, 360, 240] }]
		]);
		const basis = ageBasis([1]);
		const t = districtTable({ districts: [8, 4, 1, 0], total: 13, comparison: null }, DISTRICTS, ageDenominators(areas, basis), null, undefined, basis);
		expect(t.basis).toMatchObject({ kind: 'approximate', ages: '10-17' });
		expect(t.rows.map((r) => [r.population, r.rate])).toEqual([
			[80, 100],
			[160, 25],
			[null, null]
		]);
	});

	it('gives no rate when no population matches the filter, whatever the map holds', () => {
		const t = districtTable({ districts: [8, 4, 1, 0], total: 13, comparison: null }, DISTRICTS, POPULATIONS, null, undefined, ageBasis([1, 4]));
		expect(t.basis.kind).toBe('not-available');
		expect(t.rows.map((r) => [r.rate, r.rank])).toEqual(Array(3).fill([null, null]));
		expect(t.total.rate).toBeNull();
	});

	it('leaves rate and rank empty for a district with no population', () => {
		const t = districtTable({ districts: [1, 1, 1, 0], total: 3, comparison: null }, DISTRICTS, new Map([['E1', 1000]]), null);
		expect(t.rows.map((r) => [r.rate, r.rank, r.change])).toEqual([
			[1, 1, null],
			[null, null, null],
			[null, null, null]
		]);
		expect(t.total.rate).toBeNull();
	});
});

describe('changeOf', () => {
	const ok = { ok: true } as const;
	it.each<[number, number, boolean, number | null, string]>([
		[12, MIN_BASE_FOR_PERCENT, true, 20, 'ok'],
		[12, MIN_BASE_FOR_PERCENT - 1, true, null, 'small-base'],
		[0, 0, true, null, 'small-base'],
		[50, 40, false, null, 'no-previous']
	])('%i against %i (in data: %s) is %s%', (current, previous, inData, percent, note) => {
		const comparable = inData ? ok : ({ ok: false, note: 'no-previous', reason: '' } as const);
		expect(changeOf(current, previous, comparable)).toMatchObject({ difference: current - previous, percent, note });
	});

	it('tests +50% from 10 to 15 and finds no clear change (about one standard deviation)', () => {
		const c = changeOf(15, 10, ok);
		// log(1.5) / sqrt(1/15 + 1/10) = 0.993: p = 0.321 (R: 2 * pnorm(-0.993) = 0.3207).
		expect(c.test!.p).toBeCloseTo(0.3207, 3);
		expect(c.verdict).toBe('no-clear-change');
	});

	it('scales the variance by the overdispersion of the monthly series', () => {
		// A series alternating 5 and 15 around a flat mean of 10: Pearson 25 * 12 / 10 = 30 on 11 df, phi = 30 / 11.
		const series = Array.from({ length: 12 }, (_, i) => (i % 2 ? 15 : 5));
		// Linear fit over 12 alternating points has slope 10/143 * ... so check against pearsonOf's own definition by hand:
		const n = 12;
		const xbar = (n - 1) / 2;
		const ybar = 10;
		const slope = series.reduce((s, y, i) => s + (i - xbar) * (y - ybar), 0) / series.reduce((s, _, i) => s + (i - xbar) ** 2, 0);
		const phi = series.reduce((s, y, i) => s + (y - (ybar + slope * (i - xbar))) ** 2 / (ybar + slope * (i - xbar)), 0) / (n - 2);
		const plain = changeOf(200, 150, ok).test!;
		const scaled = changeOf(200, 150, ok, series).test!;
		expect(scaled.phi).toBeCloseTo(phi, 10);
		expect(Math.log(scaled.upper / scaled.ratio)).toBeCloseTo(Math.sqrt(phi) * Math.log(plain.upper / plain.ratio), 10);
		expect(plain.lower).toBeGreaterThan(1);
		expect(scaled.lower).toBeLessThan(1);
		expect([changeOf(200, 150, ok).verdict, changeOf(200, 150, ok, series).verdict]).toEqual(['rise', 'no-clear-change']);
	});

	it('says "not estimable" for a zero count, never a guess', () => {
		expect(changeOf(5, 0, ok)).toMatchObject({ test: null, verdict: 'not-estimable' });
	});
});

describe('comparability', () => {
	const monthsOf = (statuses: [number, MonthSummary['status']][]) => statuses.map(([monthIndex, status]) => ({ monthIndex, month: '', rows: 0, ratio: 1, status }));
	const range = comparisonWindows('2024-01-01', '2024-04-30', [toMonthIndex(2018, 10), toMonthIndex(2024, 4)])!;

	it('refuses periods over months the import reported missing, which are not zero', () => {
		// 2018-10..2019-02 and 2024-01..04 imported together: everything between is missing.
		const months = monthsOf(Array.from({ length: toMonthIndex(2023, 12) - toMonthIndex(2019, 3) + 1 }, (_, k) => [toMonthIndex(2019, 3) + k, 'missing']));
		const c = comparability(range, { months, hasTimes: false, monthStart: toMonthIndex(2018, 10) });
		expect(c).toMatchObject({ ok: false, note: 'not-comparable' });
		expect(!c.ok && c.reason).toContain('09/2023 missing');
		const t = districtTable({ districts: [10, 5, 1, 0], total: 16, comparison: { ...comparison, ...range } }, DISTRICTS, POPULATIONS, null, { months, hasTimes: false, monthStart: toMonthIndex(2018, 10) });
		expect(t.rows.map((r) => [r.change!.note, r.change!.percent, r.change!.verdict])).toEqual(Array(3).fill(['not-comparable', null, 'not-comparable']));
		expect(comparisonCaption(range, { months, hasTimes: false, monthStart: 0 })).toMatch(/not comparable, because the periods include months the import reported as missing/);
	});

	it('refuses a flagged low month in the current period too, and accepts clean ones', () => {
		expect(comparability(range, { months: monthsOf([[toMonthIndex(2024, 2), 'low']]), hasTimes: true, monthStart: 0 })).toMatchObject({ ok: false, note: 'not-comparable' });
		expect(comparability(range, { months: monthsOf([[toMonthIndex(2022, 2), 'low']]), hasTimes: true, monthStart: 0 })).toEqual({ ok: true });
	});

	it('refuses unequal whole-month periods for month-only data', () => {
		// 01/01/2024 to 29/02/2024 (60 days) against the 60 days before (02/11/2023 to 31/12/2023): months 11-12, 2 against 2.
		const even = comparisonWindows('2024-01-01', '2024-02-29', [toMonthIndex(2022, 1), toMonthIndex(2024, 4)])!;
		expect(comparability(even, { months: null, hasTimes: false, monthStart: 0 })).toEqual({ ok: true });
		// 01/03/2024 to 30/04/2024 (61 days) against 31/12/2023 to 29/02/2024: months 12, 01 and 02, 2 against 3.
		const odd = comparisonWindows('2024-03-01', '2024-04-30', [toMonthIndex(2022, 1), toMonthIndex(2024, 4)])!;
		const c = comparability(odd, { months: null, hasTimes: false, monthStart: 0 });
		expect(c).toMatchObject({ ok: false, note: 'unequal-periods' });
		expect(comparability(odd, { months: null, hasTimes: true, monthStart: 0 })).toEqual({ ok: true });
	});

	it('adjusts the districts\' p-values with Benjamini-Hochberg', () => {
		const ps = table.rows.map((r) => r.change!.test?.p ?? NaN);
		const tested = ps.filter(Number.isFinite).length;
		const q = table.rows.map((r) => r.change!.q);
		// Independent check: with m tested, the smallest p's q is at most p * m.
		const smallest = ps.indexOf(Math.min(...ps.filter(Number.isFinite)));
		expect(q[smallest]).toBeLessThanOrEqual(ps[smallest] * tested + 1e-12);
		expect(q.every((v, i) => Number.isNaN(ps[i]) || v >= ps[i])).toBe(true);
	});
});

describe('sortDistrictRows', () => {
	it.each<[Parameters<typeof sortDistrictRows>[1], Parameters<typeof sortDistrictRows>[2], string[]]>([
		['count', 'descending', ['Alpha', 'Beta', 'Gamma']],
		['count', 'ascending', ['Gamma', 'Beta', 'Alpha']],
		['label', 'descending', ['Gamma', 'Beta', 'Alpha']],
		['rate', 'ascending', ['Gamma', 'Alpha', 'Beta']],
		['rank', 'ascending', ['Alpha', 'Beta', 'Gamma']],
		// Percentages first (+25%, -20%), then Gamma's small base by difference.
		['change', 'descending', ['Alpha', 'Beta', 'Gamma']],
		['change', 'ascending', ['Beta', 'Alpha', 'Gamma']]
	])('by %s %s', (key, direction, expected) => {
		expect(sortDistrictRows(table.rows, key, direction).map((r) => r.label)).toEqual(expected);
	});

	it('does not reorder its input', () => {
		sortDistrictRows(table.rows, 'label', 'descending');
		expect(table.rows[0].label).toBe('Alpha');
	});
});

describe('toggleDistrict and comparisonCaption', () => {
	it('toggles a district in and out of the filter', () => {
		expect(toggleDistrict(null, 3)).toEqual([3]);
		expect(toggleDistrict([3], 1)).toEqual([1, 3]);
		expect(toggleDistrict([3], 3)).toBeNull();
	});

	it('says which periods are compared', () => {
		expect(comparisonCaption(windows)).toBe('The date range (01/01/2024 to 30/06/2024) against the 182 days before (03/07/2023 to 31/12/2023)');
		const latest = comparisonWindows(null, null, [toMonthIndex(2024, 1), toMonthIndex(2024, 12)])!;
		expect(comparisonCaption(latest)).toBe(
			'Latest 12 months of data (01/01/2024 to 31/12/2024) against the 12 months before (01/01/2023 to 31/12/2023): not comparable, because the data does not reach back that far, so no change is shown'
		);
	});
});
