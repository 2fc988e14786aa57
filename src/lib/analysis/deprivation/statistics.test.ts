import { describe, expect, it } from 'vitest';
import { concentration } from './concentration';
import { decileShare, decileTable } from './decile-table';
import { rateRatio } from './rate-ratio';

describe('rateRatio (log-normal interval)', () => {
	// OpenEpi "Comparing 2 Person-Time Rates" worked example (Sullivan & Soe, epiinformatics.com Session I),
	// whose "RateRatio" row is the Taylor-series (log-normal) interval this module uses.
	it.each([
		{ name: 'stratum 1', a: 17, pa: 100_025, b: 3, pb: 122_268, ratio: 6.927, lower: 2.03, upper: 23.63 },
		{ name: 'stratum 2', a: 8, pa: 78_531, b: 1, pb: 77_932, ratio: 7.939, lower: 0.9931, upper: 63.47 },
		{ name: 'crude', a: 25, pa: 178_556, b: 4, pb: 200_200, ratio: 7.008, lower: 2.439, upper: 20.13 }
	])('reproduces OpenEpi $name: $ratio ($lower to $upper)', ({ a, pa, b, pb, ratio, lower, upper }) => {
		const r = rateRatio(a, pa, b, pb);
		if (!r.ok) throw new Error('expected a ratio');
		const near = (got: number, published: number) => expect(Math.abs(got / published - 1)).toBeLessThan(0.001);
		near(r.value.ratio, ratio);
		near(r.value.lower, lower);
		near(r.value.upper, upper);
		expect(r.value.se).toBeCloseTo(Math.sqrt(1 / a + 1 / b), 12);
	});

	it('narrows at 90% and widens at 99%', () => {
		const [r90, r95, r99] = ([0.9, 0.95, 0.99] as const).map((level) => rateRatio(25, 178_556, 4, 200_200, level));
		if (!r90.ok || !r95.ok || !r99.ok) throw new Error('expected ratios');
		expect(r90.value.lower).toBeGreaterThan(r95.value.lower);
		expect(r99.value.upper).toBeGreaterThan(r95.value.upper);
		expect(r90.value.ratio).toBe(r99.value.ratio);
	});

	it.each([
		// Hand-computed: rates 0.02 and 0.005 per resident, SE = sqrt(1/200 + 1/50) = 0.158114, z = 1.959964.
		{ a: 200, pa: 10_000, b: 50, pb: 10_000, ratio: 4, lower: 4 * Math.exp(-1.959964 * 0.158114), upper: 4 * Math.exp(1.959964 * 0.158114) },
		{ a: 30, pa: 3_000, b: 30, pb: 3_000, ratio: 1, lower: Math.exp(-1.959964 * Math.sqrt(2 / 30)), upper: Math.exp(1.959964 * Math.sqrt(2 / 30)) }
	])('a=$a/$pa vs b=$b/$pb gives $ratio', ({ a, pa, b, pb, ratio, lower, upper }) => {
		const r = rateRatio(a, pa, b, pb);
		if (!r.ok) throw new Error('expected a ratio');
		expect(r.value.ratio).toBeCloseTo(ratio, 10);
		expect(r.value.lower).toBeCloseTo(lower, 4);
		expect(r.value.upper).toBeCloseTo(upper, 4);
		expect(r.value.method).toBe('log-normal');
	});

	it.each([
		{ a: 0, pa: 100, b: 5, pb: 100, reason: 'zero-count' },
		{ a: 5, pa: 100, b: 0, pb: 100, reason: 'zero-count' },
		{ a: 5, pa: 0, b: 5, pb: 100, reason: 'no-population' }
	])('a=$a pa=$pa b=$b pb=$pb is not computed ($reason)', ({ a, pa, b, pb, reason }) => {
		expect(rateRatio(a, pa, b, pb)).toEqual({ ok: false, reason });
	});
});

describe('decileTable and decileShare', () => {
	// Five LSOAs: two in decile 1, one each in deciles 2, 5 and 10.
	const deciles = Uint8Array.from([1, 1, 2, 5, 10]);
	const counts = [12, 8, 5, 3, 2];
	const population = [1000, 1500, 2000, 1500, 2000];
	const rows = decileTable(counts, population, deciles);

	it('sums incidents, residents and LSOAs and gives rates per 1,000', () => {
		expect(rows).toHaveLength(10);
		expect(rows[0]).toEqual({ decile: 1, lsoas: 2, incidents: 20, population: 2500, ratePer1000: 8 });
		expect(rows[1]).toEqual({ decile: 2, lsoas: 1, incidents: 5, population: 2000, ratePer1000: 2.5 });
		expect(rows[2]).toEqual({ decile: 3, lsoas: 0, incidents: 0, population: 0, ratePer1000: null });
		expect(rows[9]).toEqual({ decile: 10, lsoas: 1, incidents: 2, population: 2000, ratePer1000: 1 });
	});

	it('shares of the most deprived 10% and 20%', () => {
		expect(decileShare(rows, 1)).toEqual({ upTo: 1, incidentShare: 20 / 30, populationShare: 2500 / 8000, lsoaShare: 2 / 5 });
		expect(decileShare(rows, 2)).toEqual({ upTo: 2, incidentShare: 25 / 30, populationShare: 4500 / 8000, lsoaShare: 3 / 5 });
	});

	it('gives null shares when nothing is counted', () => {
		expect(decileShare(decileTable([0, 0, 0, 0, 0], population, deciles), 1).incidentShare).toBeNull();
	});

	it('rejects a decile outside 1-10 and mismatched lengths', () => {
		expect(() => decileTable([1], [1], [0])).toThrow(RangeError);
		expect(() => decileTable([1, 2], [1], [1])).toThrow();
	});

	it('does not mutate its inputs', () => {
		const c = [...counts];
		decileTable(c, population, deciles);
		expect(c).toEqual(counts);
	});
});

/** Oracle: the covariance form of the index, C = 2 cov_w(rate, fractional rank) / mean rate, for distinct keys. */
function covarianceIndex(counts: number[], population: number[]): number {
	const total = population.reduce((s, p) => s + p, 0);
	const mean = counts.reduce((s, c) => s + c, 0) / total;
	let before = 0;
	let cov = 0;
	counts.forEach((c, i) => {
		const w = population[i] / total;
		const rank = before + w / 2;
		before += w;
		cov += w * (c / population[i] - mean) * (rank - 0.5);
	});
	return (2 * cov) / mean;
}

describe('concentration', () => {
	it('matches a hand-computed curve and index (incidents concentrated in the deprived: negative)', () => {
		// pop 100/100/200, incidents 6/3/1: curve (0.25, 0.6), (0.5, 0.9), (1, 1); area 0.7375; C = 1 - 1.475.
		const c = concentration([6, 3, 1], [100, 100, 200], [1, 2, 3]);
		expect(c.points).toEqual([
			{ population: 0, incidents: 0 },
			{ population: 0.25, incidents: 0.6 },
			{ population: 0.5, incidents: 0.9 },
			{ population: 1, incidents: 1 }
		]);
		expect(c.index).toBeCloseTo(-0.475, 12);
		expect(covarianceIndex([6, 3, 1], [100, 100, 200])).toBeCloseTo(-0.475, 12);
	});

	it('orders by key, not by input order', () => {
		expect(concentration([1, 3, 6], [200, 100, 100], [3, 2, 1]).index).toBeCloseTo(-0.475, 12);
	});

	it.each([
		{ name: 'equal rates', counts: [5, 10, 20], population: [500, 1000, 2000], index: 0 },
		{ name: 'all in the least deprived', counts: [0, 0, 10], population: [100, 100, 200], index: 0.5 }
	])('$name gives $index', ({ counts, population, index }) => {
		expect(concentration(counts, population, [1, 2, 3]).index).toBeCloseTo(index, 12);
	});

	it('agrees with the covariance form on an uneven example', () => {
		const counts = [9, 4, 7, 1, 0, 3];
		const population = [1200, 1600, 1400, 1500, 1700, 1300];
		expect(concentration(counts, population, [1, 2, 3, 4, 5, 6]).index).toBeCloseTo(covarianceIndex(counts, population), 12);
	});

	it('treats tied keys as one group', () => {
		const c = concentration([6, 2, 2], [100, 100, 200], [1, 1, 2]);
		expect(c.points).toEqual([
			{ population: 0, incidents: 0 },
			{ population: 0.5, incidents: 0.8 },
			{ population: 1, incidents: 1 }
		]);
	});

	it('has no index without incidents', () => {
		expect(concentration([0, 0], [10, 10], [1, 2]).index).toBeNull();
	});
});
