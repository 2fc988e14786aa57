import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '../data-paths';
import { AreaTableError, districtPopulations, lsoaDeciles } from './area-tables';

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
