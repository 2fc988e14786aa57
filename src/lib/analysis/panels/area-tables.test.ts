import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '../data-paths';
import { AreaTableError, districtAgePopulations, districtPopulations, lsoaDeciles } from './area-tables';

describe('area tables', () => {
	it('reads district populations from districts.csv', () => {
		const pops = districtPopulations(readFileSync(`data/${DATA_PATHS.districtTable}`, 'utf8'));
		expect(pops.size).toBe(13);
		expect(pops.get('E06000035')).toBe(279_771);
	});

	it('reads IMD 2025 deciles in the order of the dataset LSOAs, 0 for unlisted codes', () => {
		const csv = readFileSync(`data/${DATA_PATHS.lsoa21Table}`, 'utf8');
		expect([...lsoaDeciles(csv, ['E01016017', 'W01000001', 'E01016016'])]).toEqual([1, 0, 2]);
	});

	it('sums district age bands from the LSOAs, which add up to each district population', () => {
		const districts = readFileSync(`data/${DATA_PATHS.districtTable}`, 'utf8');
		const ages = districtAgePopulations(districts, readFileSync(`data/${DATA_PATHS.lsoa21Table}`, 'utf8'));
		const totals = districtPopulations(districts);
		expect(ages.size).toBe(13);
		for (const [code, area] of ages) {
			expect(area.total, code).toBe(totals.get(code));
			expect(area.bands.reduce((s, v) => s + v, 0), code).toBe(area.total);
		}
	});

	it.each([
		// LSOAs of E1 add up to 90, the district table says 100.
		['code,population\nE1,100', 'code,district,population,pop_0_15,pop_16_24,pop_25_34,pop_35_49,pop_50_64,pop_65_plus\nL1,E1,90,10,10,10,20,20,20'],
		// An LSOA whose bands do not add up to its population.
		['code,population\nE1,100', 'code,district,population,pop_0_15,pop_16_24,pop_25_34,pop_35_49,pop_50_64,pop_65_plus\nL1,E1,100,10,10,10,20,20,20'],
		// A district with no LSOAs.
		['code,population\nE1,100\nE2,5', 'code,district,population,pop_0_15,pop_16_24,pop_25_34,pop_35_49,pop_50_64,pop_65_plus\nL1,E1,100,10,10,20,20,20,20']
	])('refuses district and LSOA tables that disagree (%#)', (districts, lsoas) => {
		expect(() => districtAgePopulations(districts, lsoas)).toThrow(expect.objectContaining({ code: 'mismatch' }));
	});

	it.each([
		['code,name\nE1,x', 'missing_column'],
		['code,population\nE1,12.5', 'bad_value'],
		['code,population\nE1,', 'bad_value']
	])('refuses %j with %s', (csv, code) => {
		expect(() => districtPopulations(csv)).toThrow(AreaTableError);
		try {
			districtPopulations(csv);
		} catch (e) {
			expect((e as AreaTableError).code).toBe(code);
		}
	});
});
