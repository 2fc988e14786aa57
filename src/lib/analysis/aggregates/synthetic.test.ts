import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '../data-paths';
import { DISTRICTS } from '../geography/districts';
import { readRecords } from '../text/data-table';
import { buildAreaLookup } from './areas';
import { importAggregateCsv } from './import';
import { KNIFE_ASSAULT_ADMISSIONS } from './measures';
import { aggregateSeries } from './series';
import { generateSyntheticAdmissions, SYNTHETIC_ADMISSIONS, SYNTHETIC_ADMISSIONS_SEED } from './synthetic';

const DATA = new URL('../../../../data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, DATA), 'utf8');
const districts = read(DATA_PATHS.districtTable);
const committed = read(DATA_PATHS.syntheticAdmissions);
const imported = importAggregateCsv(committed, buildAreaLookup({ districts, lsoa21: read(DATA_PATHS.lsoa21Table) }));
const table = imported.ok ? imported.table : undefined;
const JAN_2023 = 2023 * 12;

describe('the committed synthetic admissions table', () => {
	it('is what the generator writes (run npm run data:build after changing it)', () => {
		expect(committed).toBe(generateSyntheticAdmissions(districts, { seed: SYNTHETIC_ADMISSIONS_SEED }));
	});

	it('imports with no row rejected, in the documented columns', () => {
		expect(imported.report).toMatchObject({ rowsRead: 936, kept: 936, rejected: 0 });
		expect(imported.report.columns).toEqual({ areaCode: 'area_code', areaName: 'area_name', period: 'period', measure: 'measure', ageGroup: 'age_group', value: 'value' });
		expect(table?.periodKind).toBe('month');
		expect(table?.measures).toEqual([KNIFE_ASSAULT_ADMISSIONS]);
	});

	it('holds 13 districts x 36 months (01/2023 to 12/2025) x all ages and under 25, under 25s never above all ages', () => {
		const cells = new Map<string, { all?: number; under_25?: number }>();
		for (const row of table?.rows ?? []) {
			expect(row.area.level).toBe('district');
			const key = `${row.area.code}|${row.period.start}`;
			cells.set(key, { ...cells.get(key), [row.ageGroup]: row.value });
		}
		expect(cells.size).toBe(13 * 36);
		for (const d of DISTRICTS) for (let m = 0; m < 36; m++) expect(cells.has(`${d.code}|${JAN_2023 + m}`)).toBe(true);
		for (const { all, under_25 } of cells.values()) {
			expect(all).toBeGreaterThanOrEqual(0);
			expect(under_25).toBeLessThanOrEqual(all!);
		}
	});

	it('has county totals of 150-250 a year with 35-45% under 25', () => {
		const series = (ageGroup: 'all' | 'under_25') => {
			const s = aggregateSeries(table!, { measure: KNIFE_ASSAULT_ADMISSIONS, ageGroup, area: { level: 'county' } });
			if (!('points' in s)) throw new Error(s.unavailable);
			return s.points;
		};
		const [all, under25] = [series('all'), series('under_25')];
		expect(all.map((p) => p.start)).toEqual(Array.from({ length: 36 }, (_, m) => JAN_2023 + m));
		for (let y = 0; y < 3; y++) {
			const sum = (points: typeof all) => points.slice(y * 12, y * 12 + 12).reduce((t, p) => t + p.value, 0);
			expect(sum(all)).toBeGreaterThanOrEqual(150);
			expect(sum(all)).toBeLessThanOrEqual(250);
			expect(sum(under25) / sum(all)).toBeGreaterThanOrEqual(0.35);
			expect(sum(under25) / sum(all)).toBeLessThanOrEqual(0.45);
		}
	});

	it('runs higher per resident in North & East Kent than in South & West', () => {
		const population = new Map(readRecords(districts).map((r) => [r.code, Number(r.population)]));
		const rate = (area: 'north-east' | 'south-west') => {
			const codes = new Set(DISTRICTS.filter((d) => d.area === area).map((d) => d.code));
			const count = table!.rows.filter((r) => r.ageGroup === 'all' && codes.has(r.area.code)).reduce((t, r) => t + r.value, 0);
			return count / [...codes].reduce((t, c) => t + population.get(c)!, 0);
		};
		expect(rate('north-east')).toBeGreaterThan(rate('south-west'));
	});

	it('is labelled synthetic wherever it is shown', () => {
		expect(SYNTHETIC_ADMISSIONS.label).toBe('Knife assault admissions (synthetic)');
		expect(SYNTHETIC_ADMISSIONS.caption).toMatch(/^SYNTHETIC/);
		expect(SYNTHETIC_ADMISSIONS.caption).toContain('Hospital Episode Statistics (HES)');
	});
});

describe('generateSyntheticAdmissions', () => {
	it('is the same for a seed and differs between seeds', () => {
		expect(generateSyntheticAdmissions(districts, { seed: 7 })).toBe(generateSyntheticAdmissions(districts, { seed: 7 }));
		expect(generateSyntheticAdmissions(districts, { seed: 7 })).not.toBe(generateSyntheticAdmissions(districts, { seed: 8 }));
	});

	it('refuses a district table without populations', () => {
		expect(() => generateSyntheticAdmissions('code,name\nE06000035,Medway\n')).toThrow(/population/);
	});
});
