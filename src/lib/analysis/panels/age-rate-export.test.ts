import { describe, expect, it } from 'vitest';
import { UK_DISCLOSURE } from '../disclosure/disclosure';
import { disclosedRows } from '../exports/export-table';
import { decilesExport, districtExport } from '../exports/tables';
import type { District } from '../geography/districts';
import { ageBasis, ageDenominators, ALL_RESIDENTS } from './age-population';
import { withAgeBasis } from './age-rate-export';
import { districtTable } from './district-table';

const DISTRICTS = [{ code: 'E1', label: 'Alpha' } as District];
const AREAS = new Map([['E1', { total: 1000, bands: [160, 90, 200, 250, 180, 120] }]]);
const UNIT = 'per 1,000 residents aged 10-17 over 01/2024 to 12/2024 (12 months)';

function exported(bands: number[] | null) {
	const basis = ageBasis(bands);
	const table = districtTable({ districts: [40, 0], total: 40, comparison: null }, DISTRICTS, ageDenominators(AREAS, basis), null, undefined, basis);
	return withAgeBasis(districtExport(table, UNIT), basis);
}

describe('withAgeBasis', () => {
	it('leaves a table over all residents as it was', () => {
		const table = decilesExport([{ decile: 1, lsoas: 1, incidents: 10, population: 1000, ratePer1000: 10 }], 'IMD 2025');
		expect(withAgeBasis(table, ALL_RESIDENTS)).toBe(table);
	});

	it('names the ages and the approximation in the headers and marks every row', () => {
		const table = exported([1]);
		const label = (key: string) => table.columns.find((c) => c.key === key)!.label;
		expect(label('residents')).toBe('Residents aged 10-17 (Census 2021; approximate: 6/16 of Census ages 0-15 plus 2/9 of 16-24)');
		expect(label('rate')).toBe(`Incidents per 1,000 residents aged 10-17 (${UNIT})`);
		expect(label('rate_basis')).toBe('Rate basis');
		// 40 incidents over 6/16 x 160 + 2/9 x 90 = 80 residents: 500 per 1,000.
		const rows = disclosedRows(table, UK_DISCLOSURE);
		expect(rows.map((r) => [r[4], r[5], r[r.length - 1]])).toEqual([
			[80, 500, 'approximate'],
			[80, 500, 'approximate']
		]);
	});

	it('says exact where the Census bands cover the ages', () => {
		const table = exported([0, 1, 2]);
		expect(table.columns.find((c) => c.key === 'residents')!.label).toBe('Residents aged 0-24 (Census 2021; exact: Census ages 0-15 plus 16-24)');
		expect(table.rows[0].slice(4, 6)).toEqual([250, 160]);
		expect(table.rows[0].at(-1)).toBe('exact');
	});

	it('blanks residents and rates that no population matches, and says why', () => {
		const table = exported([1, 4]);
		expect(table.columns.find((c) => c.key === 'residents')!.label).toMatch(/^Residents aged 10-17 and unknown \(not available: the filter includes incidents whose age is unknown/);
		expect(table.rows.map((r) => [r[4], r[5], r.at(-1)])).toEqual([
			[null, null, 'not available'],
			[null, null, 'not available']
		]);
		const deciles = withAgeBasis(decilesExport([{ decile: 1, lsoas: 1, incidents: 10, population: 0, ratePer1000: null }], 'IMD 2025'), ageBasis([4]));
		expect(deciles.rows[0]).toEqual([1, 1, 10, null, null, 'not available']);
	});
});
