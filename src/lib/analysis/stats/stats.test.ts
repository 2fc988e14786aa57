import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './fdr';
import { countRatio, isClearChange } from './count-ratio';
import { dispersion, pearsonOf } from './dispersion';
import { normalCdf, twoSidedP } from './normal';
import { bootstrapRateRatio, quantileSorted } from './bootstrap-rate-ratio';

describe('normal distribution', () => {
	it.each([
		// Reference values from R: pnorm(z).
		[0, 0.5],
		[1.959963984540054, 0.975],
		[-1, 0.15865525393145707],
		[2.5758293035489004, 0.995],
		[-3.5, 0.00023262907903552504]
	])('normalCdf(%f) = %f', (z, expected) => {
		expect(normalCdf(z)).toBeCloseTo(expected, 6);
	});
	it('gives two-sided p-values', () => {
		expect(twoSidedP(1.959963984540054)).toBeCloseTo(0.05, 6);
		expect(twoSidedP(-1.959963984540054)).toBeCloseTo(0.05, 6);
		expect(twoSidedP(0)).toBe(1);
	});
});

describe('Benjamini-Hochberg', () => {
	it('matches R p.adjust(p, "BH") on a worked example', () => {
		// p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.5), "BH") = 0.025 0.05 0.05 0.025 0.5
		const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.5]);
		[0.025, 0.05, 0.05, 0.025, 0.5].forEach((v, i) => expect(q[i]).toBeCloseTo(v, 12));
	});
	it('leaves untested units out of m', () => {
		const q = benjaminiHochberg([0.02, NaN, 0.04]);
		expect(q[1]).toBeNaN();
		expect(q[0]).toBeCloseTo(0.04, 12);
		expect(q[2]).toBeCloseTo(0.04, 12);
	});
});

describe('overdispersion', () => {
	it('is the Pearson statistic around a flat mean for a short series', () => {
		// mean 10; sum (y - 10)^2 / 10 = (36 + 36 + 0 + 0 + 0) / 10 = 7.2 on 4 df, phi 1.8.
		expect(pearsonOf([4, 16, 10, 10, 10])).toMatchObject({ mean: 'flat', df: 4 });
		const d = dispersion([4, 16, 10, 10, 10]);
		expect(d.pearson).toBeCloseTo(7.2, 10);
		expect(d.phi).toBeCloseTo(1.8, 10);
	});
	it('is about zero around a straight line the counts follow exactly, so phi is floored at 1', () => {
		const d = dispersion([10, 12, 14, 16, 18, 20, 22]);
		expect(d.mean).toBe('linear');
		expect(d.pearson).toBeCloseTo(0, 10);
		expect(d.phi).toBe(1);
	});
	it('pools series and gives 1 with too few months', () => {
		expect(dispersion([5, 50]).phi).toBe(1);
		expect(dispersion([5, 50]).df).toBe(0);
		const pooled = dispersion([0, 20, 0, 20], [10, 10, 10]);
		// First: mean 10, (100+100+100+100)/10 = 40 on 3 df; second: 0 on 2 df; phi = 40 / 5 = 8.
		expect(pooled.phi).toBeCloseTo(8, 10);
	});
});

describe('count ratios', () => {
	it('gives the log-normal interval of a change, scaled by phi', () => {
		// 15 against 10: log r = 0.405, se = sqrt(1/15 + 1/10) = 0.408; z = 0.993, p = 0.321.
		const r = countRatio([15], [10]);
		if (!r.ok) throw new Error('estimable');
		expect(r.value.ratio).toBeCloseTo(1.5, 12);
		expect(r.value.lower).toBeCloseTo(1.5 * Math.exp(-1.959963984540054 * Math.sqrt(1 / 15 + 1 / 10)), 12);
		expect(r.value.p).toBeCloseTo(0.3206, 3);
		expect(isClearChange(r.value)).toBe(false);
		const scaled = countRatio([15], [10], 4);
		if (!scaled.ok) throw new Error('estimable');
		expect(Math.log(scaled.value.upper / scaled.value.ratio)).toBeCloseTo(2 * Math.log(r.value.upper / r.value.ratio), 10);
	});
	it('gives difference in differences with all four counts in the variance', () => {
		const r = countRatio([20, 100], [40, 100]);
		if (!r.ok) throw new Error('estimable');
		expect(r.value.ratio).toBeCloseTo(0.5, 12);
		const se = Math.sqrt(1 / 20 + 1 / 100 + 1 / 40 + 1 / 100);
		expect(r.value.upper).toBeCloseTo(0.5 * Math.exp(1.959963984540054 * se), 12);
		expect(isClearChange(r.value)).toBe(true);
	});
	it('says "not estimable" for a zero count', () => {
		expect(countRatio([0], [10])).toEqual({ ok: false, reason: 'zero-count' });
		expect(countRatio([5, 3], [0, 2])).toEqual({ ok: false, reason: 'zero-count' });
	});
});

describe('bootstrap rate ratio', () => {
	it('takes quantiles as R type 7 does', () => {
		// quantile(1:10, c(0.025, 0.975)) = 1.225 9.775
		const xs = Float64Array.from({ length: 10 }, (_, i) => i + 1);
		expect(quantileSorted(xs, 0.025)).toBeCloseTo(1.225, 12);
		expect(quantileSorted(xs, 0.975)).toBeCloseTo(9.775, 12);
	});
	it('gives the point ratio of summed rates, a seeded interval, and refuses zero counts', () => {
		const a = { counts: [10, 30, 20, 40], populations: [1000, 1500, 1200, 1300] };
		const b = { counts: [2, 5, 3], populations: [1500, 1500, 2000] };
		const r = bootstrapRateRatio(a, b);
		if (!r.ok) throw new Error('estimable');
		expect(r.value.ratio).toBeCloseTo(100 / 5000 / (10 / 5000), 12);
		expect(r.value.lower).toBeLessThan(r.value.ratio);
		expect(r.value.upper).toBeGreaterThan(r.value.ratio);
		expect(bootstrapRateRatio(a, b)).toEqual(r);
		expect(bootstrapRateRatio(a, { counts: [0, 0], populations: [1, 1] })).toEqual({ ok: false, reason: 'zero-count' });
	});
	it('is wider than a Poisson interval when counts cluster in a few areas', () => {
		// Same totals, once spread evenly and once heaped in one LSOA of each group.
		const even = bootstrapRateRatio({ counts: Array(50).fill(4), populations: Array(50).fill(1500) }, { counts: Array(50).fill(1), populations: Array(50).fill(1500) });
		const heaped = bootstrapRateRatio(
			{ counts: [200 - 49, ...Array(49).fill(1)], populations: Array(50).fill(1500) },
			{ counts: Array(50).fill(1), populations: Array(50).fill(1500) }
		);
		if (!even.ok || !heaped.ok) throw new Error('estimable');
		expect(even.value.ratio).toBeCloseTo(heaped.value.ratio, 10);
		expect(heaped.value.upper / heaped.value.lower).toBeGreaterThan(5 * (even.value.upper / even.value.lower));
	});
});
