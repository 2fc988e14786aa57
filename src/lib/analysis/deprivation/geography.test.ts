import { describe, expect, it } from 'vitest';
import { DOMAINS, decileColumn } from './domains';
import { countsOnTable, lsoaCounts, parentsOf2021 } from './geography';
import { parseLsoaLookup, parseLsoaTable } from './tables';

/** A 2011 table of four LSOAs: A unchanged, B split in two, C and D merged into one 2021 LSOA. */
function fixture() {
	const header = `code,name,district,imd19_rank,pop_mid2019,${DOMAINS.map((d) => decileColumn('imd2019', d.key)).join(',')}`;
	const row = (code: string, rank: number, pop: number, decile: number) => `${code},${code} name,E07000105,${rank},${pop},${DOMAINS.map(() => decile).join(',')}`;
	const table11 = parseLsoaTable([header, row('A', 10, 1000, 1), row('B', 20, 1500, 1), row('C', 30000, 100, 10), row('D', 30001, 300, 10)].join('\n'), 'imd2019');
	const lookup = parseLsoaLookup(['lsoa11_code,lsoa21_code,change', 'A,A,U', 'B,B1,S', 'B,B2,S', 'C,M,M', 'D,M,M'].join('\n'));
	return { table11, lookup };
}

describe('countsOnTable', () => {
	it('moves 2021 counts to 2011 parents: whole for U and S, shared by mid-2019 population for merges', () => {
		const { table11, lookup } = fixture();
		const codes = ['A', 'B1', 'B2', 'M', 'Q'];
		const result = countsOnTable(Uint32Array.from([5, 2, 3, 8, 4]), codes, table11, lookup);
		// M's 8 incidents: C has 100 of the 400 residents (2), D 300 (6).
		expect([...result.counts]).toEqual([5, 5, 2, 6]);
		expect(result.unmatched).toBe(4);
		expect(result.apportioned).toBe(8);
	});

	it('keeps the total (less unmatched) after apportioning', () => {
		const { table11, lookup } = fixture();
		const result = countsOnTable([1, 0, 7, 3], ['A', 'B1', 'B2', 'M'], table11, lookup);
		expect(result.counts.reduce((s, c) => s + c, 0)).toBeCloseTo(11, 12);
	});

	it('weights merge parents by population', () => {
		const { table11, lookup } = fixture();
		expect(parentsOf2021(table11, lookup).get('M')).toEqual({ rows: [2, 3], weights: [0.25, 0.75] });
		expect(parentsOf2021(table11, lookup).get('B2')).toEqual({ rows: [1], weights: [1] });
	});

	it('matches 2021 codes directly for IMD 2025 and counts the rest as unmatched', () => {
		const header = `code,name,district,population,pop_mid2022,imd25_rank,${DOMAINS.map((d) => decileColumn('imd2025', d.key)).join(',')}`;
		const row = (code: string) => `${code},n,E07000105,1500,1510,100,${DOMAINS.map(() => 2).join(',')}`;
		const table21 = parseLsoaTable([header, row('X'), row('Y')].join('\n'), 'imd2025');
		const result = countsOnTable([3, 4, 9], ['Y', 'Z', 'X'], table21);
		expect([...result.counts]).toEqual([9, 3]);
		expect(result.unmatched).toBe(4);
	});

	it('needs the lookup for IMD 2019 and equal lengths', () => {
		const { table11 } = fixture();
		expect(() => countsOnTable([1], ['A'], table11)).toThrow(/lookup/);
		expect(() => countsOnTable([1, 2], ['A'], table11)).toThrow();
	});
});

describe('lsoaCounts', () => {
	it('counts rows that pass, skipping rows in no LSOA', () => {
		const lsoa = Uint16Array.from([0, 2, 2, 0xffff, 1, 2]);
		expect([...lsoaCounts({ lsoa }, 3, () => true)]).toEqual([1, 1, 3]);
		expect([...lsoaCounts({ lsoa }, 3, (i) => i % 2 === 0)]).toEqual([1, 1, 1]);
	});
});
