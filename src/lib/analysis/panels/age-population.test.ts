import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '../data-paths';
import { ageBandOf } from '../ingest/generic-row';
import { AGE_BAND_KEYS } from '../offences/groups';
import { ageBasis, ageBasisLine, ageDenominator, ageDenominators, ALL_RESIDENTS, CENSUS_AGE_BANDS, type AreaPopulation } from './age-population';
import { districtAgePopulations } from './area-tables';

// App band codes: 0 = 0-9, 1 = 10-17, 2 = 18-24, 3 = 25+, 4 = unknown.
/** One constructed LSOA: Census bands 0-15, 16-24, 25-34, 35-49, 50-64, 65+ adding up to 1,000. */
const LSOA: AreaPopulation = { total: 1000, bands: [160, 90, 200, 250, 180, 120] };

describe('ageBasis', () => {
	it.each<[string, number[] | null, string, string, string]>([
		['no age filter', null, 'all-residents', '', ''],
		['every known band', [0, 1, 2, 3], 'all-residents', '', ''],
		['every band and unknown', [0, 1, 2, 3, 4], 'all-residents', '', ''],
		['0-24', [0, 1, 2], 'exact', '0-24', 'Census ages 0-15 plus 16-24'],
		['25+', [3], 'exact', '25+', 'Census ages 25-34 plus 35-49 plus 50-64 plus 65+'],
		['10-24', [1, 2], 'approximate', '10-24', '6/16 of Census ages 0-15 plus all of 16-24'],
		['0-9', [0], 'approximate', '0-9', '10/16 of Census ages 0-15'],
		['10-17', [1], 'approximate', '10-17', '6/16 of Census ages 0-15 plus 2/9 of 16-24'],
		['18-24', [2], 'approximate', '18-24', '7/9 of Census ages 16-24'],
		['0-17', [1, 0], 'approximate', '0-17', 'all of Census ages 0-15 plus 2/9 of 16-24'],
		['18 and over', [2, 3], 'approximate', '18+', '7/9 of Census ages 16-24 plus all of 25-34 plus all of 35-49 plus all of 50-64 plus all of 65+'],
		['two apart', [3, 0], 'approximate', '0-9 and 25+', '10/16 of Census ages 0-15 plus all of 25-34 plus all of 35-49 plus all of 50-64 plus all of 65+']
	])('%s', (_, bands, kind, ages, formula) => {
		const basis = ageBasis(bands);
		expect(basis.kind).toBe(kind);
		if (basis.kind === 'exact' || basis.kind === 'approximate') expect([basis.ages, basis.formula]).toEqual([ages, formula]);
	});

	it.each<[number[], string, RegExp]>([
		[[1, 2, 4], '10-24 and unknown', /age is unknown/],
		[[4], 'unknown', /age is unknown/],
		[[], 'none', /no age band is selected/]
	])('%j: not available, with the reason', (bands, ages, reason) => {
		const basis = ageBasis(bands);
		if (basis.kind !== 'not-available') throw new Error(`expected not available, got ${basis.kind}`);
		expect(basis.ages).toBe(ages);
		expect(basis.reason).toMatch(reason);
		expect(ageDenominator(basis, LSOA)).toBeNull();
	});

	it('reads each band\'s ages as ingest assigns them', () => {
		// Independent of the key parsing: every whole age falls in the span the basis names for its band.
		for (let age = 0; age <= 110; age++) {
			const band = ageBandOf(String(age));
			const basis = ageBasis([band]);
			const label = basis.kind === 'all-residents' ? '' : basis.ages;
			const [from, to] = label.endsWith('+') ? [Number(label.slice(0, -1)), Infinity] : label.split('-').map(Number);
			expect(label, `age ${age}`).toBe(AGE_BAND_KEYS[band]);
			expect(age >= from && age <= to, `age ${age} in ${label}`).toBe(true);
		}
	});
});

describe('ageDenominator', () => {
	it.each<[string, number[] | null, number]>([
		// By hand from 0-15 = 160, 16-24 = 90, 25-34 = 200, 35-49 = 250, 50-64 = 180, 65+ = 120.
		['all residents', null, 1000],
		['0-9: 10/16 of 160', [0], 100],
		['10-17: 6/16 of 160 + 2/9 of 90', [1], 80],
		['18-24: 7/9 of 90', [2], 70],
		['25+: 200 + 250 + 180 + 120', [3], 750],
		['10-24: 60 + 90', [1, 2], 150],
		['0-24: 160 + 90', [0, 1, 2], 250],
		['18+: 70 + 750', [2, 3], 820]
	])('%s', (_, bands, expected) => {
		expect(ageDenominator(ageBasis(bands), LSOA)).toBeCloseTo(expected, 10);
	});

	it('splits the residents among the four bands without loss or overlap', () => {
		const sum = [0, 1, 2, 3].reduce((s, b) => s + ageDenominator(ageBasis([b]), LSOA)!, 0);
		expect(sum).toBeCloseTo(LSOA.total, 10);
	});

	it('leaves out areas with no denominator', () => {
		const areas = new Map([['A', LSOA]]);
		expect(ageDenominators(areas, ageBasis([1]))).toEqual(new Map([['A', 80]]));
		expect(ageDenominators(areas, ageBasis([4])).size).toBe(0);
		expect(ageDenominators(areas, ALL_RESIDENTS)).toEqual(new Map([['A', 1000]]));
	});
});

describe('ageBasisLine', () => {
	it('says which basis the rates use', () => {
		expect(ageBasisLine(ageBasis([1, 2]))).toBe('Rates per 1,000 residents aged 10-24 (approximate: 6/16 of Census ages 0-15 plus all of 16-24)');
		expect(ageBasisLine(ageBasis([0, 1, 2]))).toBe('Rates per 1,000 residents aged 0-24 (exact: Census ages 0-15 plus 16-24)');
		expect(ageBasisLine(ageBasis([2, 4]))).toBe('Rate not available for ages 18-24 and unknown: the filter includes incidents whose age is unknown, and no population matches them');
	});
});

describe('committed tables', () => {
	it("gives Thanet's 10-24 denominator as 6/16 of its LSOAs' ages 0-15 plus all of their 16-24", () => {
		const lsoaCsv = readFileSync(`data/${DATA_PATHS.lsoa21Table}`, 'utf8');
		// Independent of the app's reader: split the plain CSV (no quoted fields) by hand.
		const [header, ...lines] = lsoaCsv.trim().split(/\r?\n/).map((l) => l.split(','));
		const at = (name: string) => header.indexOf(name);
		const thanet = lines.filter((cells) => cells[at('district')] === 'E07000114');
		const sum = (column: string) => thanet.reduce((s, cells) => s + Number(cells[at(column)]), 0);
		expect(thanet).toHaveLength(86);
		const expected = (6 / 16) * sum('pop_0_15') + sum('pop_16_24');
		const areas = districtAgePopulations(readFileSync(`data/${DATA_PATHS.districtTable}`, 'utf8'), lsoaCsv);
		expect(ageDenominators(areas, ageBasis([1, 2])).get('E07000114')).toBeCloseTo(expected, 6);
		expect(areas.get('E07000114')!.total).toBe(140_593);
		expect(CENSUS_AGE_BANDS.map((b) => sum(b.column))).toEqual(areas.get('E07000114')!.bands);
	});
});
