import { describe, expect, it } from 'vitest';
import { analyseDeprivation } from './analysis';
import { ageBasis } from '../panels/age-population';
import { DOMAINS, decileColumn } from './domains';
import { parseLsoaTable } from './tables';

/** Four LSOAs: two in IMD decile 1, one in 5, one in 10; the crime domain orders them differently. */
const header = `code,name,district,population,pop_mid2022,imd25_rank,${DOMAINS.map((d) => decileColumn('imd2025', d.key)).join(',')}`;
const row = (code: string, census: number, mid: number, rank: number, imd: number, crime: number) =>
	`${code},n,E07000105,${census},${mid},${rank},${DOMAINS.map((d) => (d.key === 'imd' ? imd : d.key === 'crime' ? crime : 5)).join(',')}`;
const table = parseLsoaTable(
	[header, row('A', 1000, 1200, 5, 1, 10), row('B', 1000, 700, 900, 1, 1), row('C', 2000, 2000, 15000, 5, 5), row('D', 2000, 2000, 33000, 10, 1)].join('\n'),
	'imd2025'
);
const counts = [30, 10, 16, 4];

describe('analyseDeprivation', () => {
	it('builds the decile table, shares, rate ratio and concentration for the overall index', () => {
		const a = analyseDeprivation(table, counts, { domain: 'imd', denominator: 'census2021' });
		expect(a.denominator.key).toBe('census2021');
		expect([a.incidents, a.population, a.ratePer1000]).toEqual([60, 6000, 10]);
		expect(a.deciles[0]).toMatchObject({ lsoas: 2, incidents: 40, population: 2000, ratePer1000: 20 });
		expect(a.deciles[9]).toMatchObject({ lsoas: 1, incidents: 4, population: 2000, ratePer1000: 2 });
		expect(a.most10.incidentShare).toBeCloseTo(40 / 60, 12);
		expect(a.most10.populationShare).toBeCloseTo(2000 / 6000, 12);
		expect(a.most20.upTo).toBe(2);
		expect(a.most20.incidentShare).toBe(a.most10.incidentShare);
		if (!a.rateRatio.ok) throw new Error('expected a ratio');
		expect(a.rateRatio.value.ratio).toBeCloseTo(10, 12);
		// The bootstrap resamples decile 1's two LSOAs and decile 10's one: same point, its own interval.
		if (!a.rateRatioBootstrap.ok) throw new Error('expected a bootstrap ratio');
		expect(a.rateRatioBootstrap.value.ratio).toBeCloseTo(10, 12);
		expect(a.rateRatioBootstrap.value.areas).toEqual([2, 1]);
		expect(a.rateRatioBootstrap.value.resamples).toBe(2000);
		// Ordered by rank A, B, C, D: cumulative (1/6, 0.5), (2/6, 2/3), (4/6, 56/60), (1, 1).
		expect(a.concentrationOrder).toBe('rank');
		const area = (1 / 6) * (0 + 0.5) / 2 + (1 / 6) * (0.5 + 2 / 3) / 2 + (2 / 6) * (2 / 3 + 56 / 60) / 2 + (2 / 6) * (56 / 60 + 1) / 2;
		expect(a.concentration.index).toBeCloseTo(1 - 2 * area, 12);
	});

	it('uses the chosen domain and orders its curve by decile', () => {
		const a = analyseDeprivation(table, counts, { domain: 'crime', denominator: 'census2021' });
		expect(a.deciles[0]).toMatchObject({ lsoas: 2, incidents: 14, population: 3000 });
		expect(a.concentrationOrder).toBe('decile');
		expect(a.concentration.points).toHaveLength(4);
	});

	it('switches denominator and falls back when the edition lacks it', () => {
		const mid = analyseDeprivation(table, counts, { domain: 'imd', denominator: 'mid2022' });
		expect(mid.denominator.key).toBe('mid2022');
		expect(mid.deciles[0].population).toBe(1900);
		expect(mid.population).toBe(5900);
		expect(analyseDeprivation(table, counts, { domain: 'imd', denominator: 'mid2019' }).denominator.key).toBe('census2021');
	});

	it('scales every rate, and nothing else, by the rate factor (annualised rates)', () => {
		const a = analyseDeprivation(table, counts, { domain: 'imd', denominator: 'census2021' });
		const year = analyseDeprivation(table, counts, { domain: 'imd', denominator: 'census2021', rateFactor: 3 });
		expect(year.ratePer1000).toBeCloseTo(a.ratePer1000! * 3, 12);
		expect(year.deciles.map((r) => r.ratePer1000)).toEqual(a.deciles.map((r) => (r.ratePer1000 === null ? null : r.ratePer1000 * 3)));
		expect([year.incidents, year.most10, year.concentration.index]).toEqual([a.incidents, a.most10, a.concentration.index]);
		if (!year.rateRatio.ok || !a.rateRatio.ok) throw new Error('expected ratios');
		expect(year.rateRatio.value.ratio).toBe(a.rateRatio.value.ratio);
	});

	it('reports a zero decile-10 count instead of a ratio', () => {
		const a = analyseDeprivation(table, [1, 1, 1, 0], { domain: 'imd', denominator: 'census2021' });
		expect(a.rateRatio).toEqual({ ok: false, reason: 'zero-count' });
		expect(a.rateRatioBootstrap).toEqual({ ok: false, reason: 'zero-count' });
	});

	it('keeps the chosen denominator without an age filter', () => {
		expect(analyseDeprivation(table, counts, { domain: 'imd', denominator: 'census2021' })).toMatchObject({ age: { kind: 'all-residents' }, denominators: table.populations.census2021 });
	});
});

describe('analyseDeprivation under an age filter', () => {
	// The same four LSOAs with Census age bands (0-15, 16-24, 25-34, 35-49, 50-64, 65+) adding up to their residents.
	const bands = { A: [160, 90, 200, 250, 180, 120], B: [320, 180, 100, 150, 130, 120], C: [160, 90, 500, 600, 400, 250], D: [480, 270, 300, 400, 300, 250] };
	const aged = parseLsoaTable(
		[
			`${header},pop_0_15,pop_16_24,pop_25_34,pop_35_49,pop_50_64,pop_65_plus`,
			`${row('A', 1000, 1200, 5, 1, 10)},${bands.A}`,
			`${row('B', 1000, 700, 900, 1, 1)},${bands.B}`,
			`${row('C', 2000, 2000, 15000, 5, 5)},${bands.C}`,
			`${row('D', 2000, 2000, 33000, 10, 1)},${bands.D}`
		].join('\n'),
		'imd2025'
	);

	it('divides by the age group\'s residents, found by hand', () => {
		// 10-17 = 6/16 of 0-15 + 2/9 of 16-24: A 60 + 20 = 80, B 120 + 40 = 160, C 80, D 180 + 60 = 240.
		const a = analyseDeprivation(aged, counts, { domain: 'imd', denominator: 'census2021', age: ageBasis([1]) });
		expect(a.age).toMatchObject({ kind: 'approximate', ages: '10-17' });
		expect(Array.from(a.denominators!)).toEqual([80, 160, 80, 240]);
		// Decile 1 (A, B): 40 incidents over 240 residents; decile 10 (D): 4 over 240.
		expect(a.deciles[0]).toMatchObject({ incidents: 40, population: 240 });
		expect(a.deciles[0].ratePer1000).toBeCloseTo((40 / 240) * 1000, 10);
		if (!a.rateRatio.ok) throw new Error('expected a ratio');
		expect(a.rateRatio.value.ratio).toBeCloseTo(10, 10);
		expect(a.population).toBe(560);
	});

	it('uses the Census bands as they stand where they cover the ages', () => {
		const a = analyseDeprivation(aged, counts, { domain: 'imd', denominator: 'census2021', age: ageBasis([0, 1, 2]) });
		expect(a.age.kind).toBe('exact');
		expect(Array.from(a.denominators!)).toEqual([250, 500, 250, 750]);
	});

	it.each([
		['unknown ages selected', 'census2021', [1, 4], /age is unknown/],
		['a denominator with no age bands', 'mid2022', [1], /mid-2022 denominators held here have no age bands/]
	] as const)('leaves every residents-based figure empty for %s', (_, denominator, filter, reason) => {
		const a = analyseDeprivation(aged, counts, { domain: 'imd', denominator, age: ageBasis(filter) });
		if (a.age.kind !== 'not-available') throw new Error('expected not available');
		expect(a.age.reason).toMatch(reason);
		expect(a.denominators).toBeNull();
		expect([a.incidents, a.ratePer1000, a.concentration.index, a.most10.populationShare, a.rateRatio.ok, a.rateRatioBootstrap.ok]).toEqual([60, null, null, null, false, false]);
		expect(a.deciles.every((r) => r.ratePer1000 === null)).toBe(true);
	});
});
