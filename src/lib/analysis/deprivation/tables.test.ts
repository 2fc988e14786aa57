import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '../data-paths';
import { DOMAINS, decileColumn, denominatorFor } from './domains';
import { DeprivationTableError, parseLsoaLookup, parseLsoaTable } from './tables';

const read = (path: string) => readFileSync(`data/${path}`, 'utf8');

describe('committed IMD tables', () => {
	const cases = [
		{ edition: 'imd2025', path: DATA_PATHS.lsoa21Table, lsoas: 1107, denominators: ['census2021', 'mid2022'] },
		{ edition: 'imd2019', path: DATA_PATHS.lsoa11Table, lsoas: 1065, denominators: ['mid2019'] }
	] as const;
	it.each(cases)('$edition has $lsoas LSOAs, deciles 1-10 in every domain and positive populations', ({ edition, path, lsoas, denominators }) => {
		const table = parseLsoaTable(read(path), edition);
		expect(table.codes).toHaveLength(lsoas);
		expect(new Set(table.codes).size).toBe(lsoas);
		for (const d of DOMAINS) {
			const seen = new Set(table.deciles[d.key]);
			expect([...seen].every((v) => v >= 1 && v <= 10), d.key).toBe(true);
		}
		// Kent & Medway has LSOAs in all ten national deciles of the overall index.
		expect([...new Set(table.deciles.imd)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(Object.keys(table.populations).sort()).toEqual([...denominators].sort());
		for (const key of denominators) expect(table.populations[key]!.every((p) => p > 0)).toBe(true);
	});

	it('reads the first 2021 row exactly as written', () => {
		const t = parseLsoaTable(read(DATA_PATHS.lsoa21Table), 'imd2025');
		const r = t.rowOf.get('E01016017')!;
		expect([t.names[r], t.districts[r], t.rank[r], t.deciles.imd[r], t.deciles.employment[r], t.populations.census2021![r], t.populations.mid2022![r]]).toEqual([
			'Medway 015B',
			'E06000035',
			1977,
			1,
			1,
			1698,
			1754
		]);
	});

	it('reads the Census 2021 age bands of LSOA 2021 rows, and none for LSOA 2011', () => {
		const t = parseLsoaTable(read(DATA_PATHS.lsoa21Table), 'imd2025');
		const r = t.rowOf.get('E01016017')!;
		expect(t.ages!.map((band) => band[r])).toEqual([289, 235, 347, 395, 270, 162]);
		expect(parseLsoaTable(read(DATA_PATHS.lsoa11Table), 'imd2019').ages).toBeNull();
	});

	it('reads the lookup and every 2011 and 2021 code in it has a table row', () => {
		const lookup = parseLsoaLookup(read(DATA_PATHS.lsoa11ToLsoa21));
		const t11 = parseLsoaTable(read(DATA_PATHS.lsoa11Table), 'imd2019');
		const t21 = parseLsoaTable(read(DATA_PATHS.lsoa21Table), 'imd2025');
		expect(lookup.lsoa11.every((c) => t11.rowOf.has(c))).toBe(true);
		expect(lookup.lsoa21.every((c) => t21.rowOf.has(c))).toBe(true);
		expect(new Set(lookup.lsoa21).size).toBe(1107);
		expect(new Set(lookup.lsoa11).size).toBe(1065);
	});
});

describe('parseLsoaTable rejects bad values with a code', () => {
	const header = `code,name,district,imd19_rank,pop_mid2019,${DOMAINS.map((d) => decileColumn('imd2019', d.key)).join(',')}`;
	const row = (rank: string, pop: string, decile: string) => `E01000001,A 001A,E07000105,${rank},${pop},${DOMAINS.map(() => decile).join(',')}`;
	it.each([
		{ name: 'decile 0', text: `${header}\n${row('10', '1500', '0')}`, code: 'bad-decile' },
		{ name: 'decile 11', text: `${header}\n${row('10', '1500', '11')}`, code: 'bad-decile' },
		{ name: 'rank beyond England', text: `${header}\n${row('32845', '1500', '3')}`, code: 'bad-rank' },
		{ name: 'empty population', text: `${header}\n${row('10', '', '3')}`, code: 'bad-population' },
		{ name: 'duplicate code', text: `${header}\n${row('10', '1500', '3')}\n${row('11', '1500', '3')}`, code: 'duplicate-code' },
		{ name: 'missing column', text: `code,name,district\nE01000001,A,B`, code: 'missing-column' },
		{ name: 'header only', text: header, code: 'empty-table' }
	])('$name -> $code', ({ text, code }) => {
		expect(() => parseLsoaTable(text, 'imd2019')).toThrow(DeprivationTableError);
		try {
			parseLsoaTable(text, 'imd2019');
		} catch (error) {
			expect((error as DeprivationTableError).code).toBe(code);
		}
	});

	it.each([
		{ name: 'age bands that do not add up to the population', ages: '300,300,300,300,200,101', code: 'bad-population' },
		{ name: 'an empty age band', ages: '300,300,300,300,200,', code: 'bad-population' },
		{ name: 'some age bands only', ages: null, code: 'missing-column' }
	])('2021 table with $name -> $code', ({ ages, code }) => {
		const cols = `code,name,district,population,pop_mid2022,imd25_rank,${DOMAINS.map((d) => decileColumn('imd2025', d.key)).join(',')}`;
		const head = ages === null ? `${cols},pop_0_15` : `${cols},pop_0_15,pop_16_24,pop_25_34,pop_35_49,pop_50_64,pop_65_plus`;
		const line = `E01000001,A 001A,E07000105,1500,1500,10,${DOMAINS.map(() => 3).join(',')},${ages ?? '300'}`;
		expect(() => parseLsoaTable(`${head}\n${line}`, 'imd2025')).toThrow(expect.objectContaining({ code }));
	});

	it('accepts a good row and keeps the order of rows', () => {
		const t = parseLsoaTable(`${header}\n${row('10', '1500', '3')}`, 'imd2019');
		expect([t.codes[0], t.rank[0], t.deciles.crime[0], t.populations.mid2019![0]]).toEqual(['E01000001', 10, 3, 1500]);
	});
});

describe('denominatorFor', () => {
	it.each([
		{ edition: 'imd2025', requested: 'census2021', key: 'census2021' },
		{ edition: 'imd2025', requested: 'mid2022', key: 'mid2022' },
		{ edition: 'imd2025', requested: 'mid2019', key: 'census2021' },
		{ edition: 'imd2019', requested: 'census2021', key: 'mid2019' }
	] as const)('$edition asked for $requested uses $key', ({ edition, requested, key }) => {
		expect(denominatorFor(edition, requested).key).toBe(key);
	});
	it('marks the hand-transcribed mid-2022 denominators as provisional', () => {
		expect(denominatorFor('imd2025', 'mid2022').caveat).toMatch(/Provisional.*PROVENANCE\.md section 14/);
	});
});
