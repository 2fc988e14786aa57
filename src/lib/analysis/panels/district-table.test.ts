import { describe, expect, it } from 'vitest';
import type { DistrictComparison } from '../filters/cube';
import { comparisonWindows } from '../filters/periods';
import type { District } from '../geography/districts';
import { toMonthIndex } from '../time/month-index';
import { changeOf, comparisonCaption, districtTable, MIN_BASE_FOR_PERCENT, sortDistrictRows, toggleDistrict } from './district-table';

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
	previousDistricts: Uint32Array.from([80, 50, 4, 0])
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
		expect(table.rows[0].change).toEqual({ current: 100, previous: 80, difference: 20, percent: 25, note: 'ok' });
		expect(table.rows[1].change!.percent).toBe(-20);
		expect(table.rows[2].change).toMatchObject({ difference: 4, percent: null, note: 'small-base' });
		expect(table.total.change).toMatchObject({ current: 150, previous: 134 });
		expect(table.rows.map((r) => r.selected)).toEqual([false, true, false]);
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
	it.each<[number, number, boolean, number | null, string]>([
		[12, MIN_BASE_FOR_PERCENT, true, 20, 'ok'],
		[12, MIN_BASE_FOR_PERCENT - 1, true, null, 'small-base'],
		[0, 0, true, null, 'small-base'],
		[50, 40, false, null, 'no-previous']
	])('%i against %i (in data: %s) is %s%', (current, previous, inData, percent, note) => {
		expect(changeOf(current, previous, inData)).toMatchObject({ difference: current - previous, percent, note });
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
			'Latest 12 months of data (01/01/2024 to 31/12/2024) against the 12 months before (01/01/2023 to 31/12/2023): the data does not reach back that far, so no change is shown'
		);
	});
});
