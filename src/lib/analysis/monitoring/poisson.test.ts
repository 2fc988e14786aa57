import { describe, expect, it } from 'vitest';
import { poissonDraw, Random } from '../stats/random';
import { dispersionOf, normalQuantile, poissonExactInterval, rateChange, regularisedGammaP, yearsToDetect } from './poisson';

/** P(X <= k) for X ~ Poisson(mu), summed term by term: independent of the incomplete gamma function. */
function poissonCdf(k: number, mu: number): number {
	let term = Math.exp(-mu);
	let sum = term;
	for (let j = 1; j <= k; j++) {
		term *= mu / j;
		sum += term;
	}
	return sum;
}

const sigFigs = (x: number, n: number) => Number(x.toPrecision(n));

describe('poissonExactInterval', () => {
	it.each([
		// Garwood intervals as published (e.g. Ulm 1990's table; NIST's Poisson tables).
		{ k: 0, lower: 0, upper: 3.689 },
		{ k: 1, lower: 0.02532, upper: 5.572 },
		{ k: 2, lower: 0.2422, upper: 7.225 },
		{ k: 5, lower: 1.623, upper: 11.67 },
		{ k: 10, lower: 4.795, upper: 18.39 },
		{ k: 100, lower: 81.36, upper: 121.6 }
	])('k = $k: [$lower, $upper]', ({ k, lower, upper }) => {
		const [lo, hi] = poissonExactInterval(k);
		expect(sigFigs(lo, 4)).toBe(lower === 0 ? 0 : sigFigs(lower, 4));
		expect(sigFigs(hi, 4)).toBe(sigFigs(upper, 4));
	});

	it('k = 100 upper to five figures: 121.63', () => {
		expect(poissonExactInterval(100)[1]).toBeCloseTo(121.63, 2);
	});

	it('each end leaves alpha/2 in its tail, checked by summing Poisson terms', () => {
		for (const k of [1, 3, 7, 15, 30]) {
			const [lo, hi] = poissonExactInterval(k, 0.9);
			expect(1 - poissonCdf(k - 1, lo)).toBeCloseTo(0.05, 9); // P(X >= k | lower) = alpha/2
			expect(poissonCdf(k, hi)).toBeCloseTo(0.05, 9); // P(X <= k | upper) = alpha/2
		}
	});

	it('rejects what is not a count or a level', () => {
		expect(() => poissonExactInterval(-1)).toThrow(RangeError);
		expect(() => poissonExactInterval(2.5)).toThrow(RangeError);
		expect(() => poissonExactInterval(3, 1)).toThrow(RangeError);
	});
});

describe('regularisedGammaP', () => {
	it('matches the closed form for whole shapes: P(a, x) = 1 - P(Poisson(x) <= a - 1)', () => {
		for (const a of [1, 2, 5, 20, 101]) {
			for (const x of [0.1, 1, a, 2 * a + 3]) expect(regularisedGammaP(a, x)).toBeCloseTo(1 - poissonCdf(a - 1, x), 12);
		}
		expect(regularisedGammaP(3, 0)).toBe(0);
	});
});

describe('normalQuantile', () => {
	it.each([
		{ p: 0.975, z: 1.959964 },
		{ p: 0.8, z: 0.841621 },
		{ p: 0.5, z: 0 },
		{ p: 0.995, z: 2.575829 },
		{ p: 0.001, z: -3.090232 },
		{ p: 1e-6, z: -4.753424 }
	])('z($p) = $z', ({ p, z }) => {
		expect(normalQuantile(p)).toBeCloseTo(z, 6);
		expect(normalQuantile(1 - p)).toBeCloseTo(-z, 6);
	});
});

describe('dispersionOf', () => {
	it.each([
		// mean 5, variance (1 + 1 + 0 + 0) / 3 = 2/3: 0.1333 (steadier than Poisson)
		{ counts: [4, 6, 5, 5], want: 2 / 15 },
		// mean 5, variance 4 * 25 / 3 = 33.33: 6.667 (clustered)
		{ counts: [0, 10, 0, 10], want: 20 / 3 },
		{ counts: [null, 0, 10, null, 0, 10], want: 20 / 3 },
		{ counts: [5], want: NaN },
		{ counts: [0, 0, 0], want: NaN }
	])('$counts -> $want', ({ counts, want }) => {
		if (Number.isNaN(want)) expect(dispersionOf(counts)).toBeNaN();
		else expect(dispersionOf(counts)).toBeCloseTo(want, 12);
	});
});

describe('rateChange', () => {
	it('worked example: 60 against 100 over 12 months each', () => {
		// log 0.6 = -0.510826; se = sqrt(1/60 + 1/100) = 0.163299; 1.959964 * se = 0.320061
		// interval 0.6 * exp(-+0.320061) = 0.435663 .. 0.826327
		const r = rateChange({ count: 60, periods: 12 }, { count: 100, periods: 12 });
		expect(r.reason).toBeNull();
		expect(r.ratio).toBeCloseTo(0.6, 12);
		expect(r.lower).toBeCloseTo(0.435663, 5);
		expect(r.upper).toBeCloseTo(0.826327, 5);
		expect(r.percent).toBeCloseTo(-40, 10);
		expect(r).toMatchObject({ dispersion: 1, assumed: 'poisson' });
	});

	it('per period: 30 in 6 months against 100 in 12 is the same 0.6', () => {
		expect(rateChange({ count: 30, periods: 6 }, { count: 100, periods: 12 }).ratio).toBeCloseTo(0.6, 12);
	});

	it('widens the interval by sqrt(phi) for clustered counts, and says so', () => {
		// se = sqrt(2 * 0.0266667) = 0.230940; 1.959964 * se = 0.452634; 0.6 * exp(-+0.452634) = 0.381570 .. 0.943469
		const r = rateChange({ count: 60, periods: 12 }, { count: 100, periods: 12, dispersion: 2 });
		expect(r).toMatchObject({ dispersion: 2, assumed: 'overdispersed' });
		expect(r.lower).toBeCloseTo(0.38157, 5);
		expect(r.upper).toBeCloseTo(0.943469, 5);
	});

	it('never narrows below Poisson: phi is at least 1, and NaN means 1', () => {
		for (const dispersion of [0.5, NaN]) {
			expect(rateChange({ count: 60, periods: 12 }, { count: 100, periods: 12, dispersion })).toMatchObject({ dispersion: 1, assumed: 'poisson' });
		}
	});

	it('gives no ratio for a zero count, with the reason', () => {
		for (const [c, b] of [
			[0, 10],
			[10, 0]
		]) {
			expect(rateChange({ count: c, periods: 12 }, { count: b, periods: 12, dispersion: 3 })).toEqual({
				ratio: null,
				lower: null,
				upper: null,
				percent: null,
				dispersion: 3,
				assumed: 'overdispersed',
				reason: 'zero_count'
			});
		}
	});

	it('rejects impossible inputs', () => {
		expect(() => rateChange({ count: -1, periods: 12 }, { count: 10, periods: 12 })).toThrow(RangeError);
		expect(() => rateChange({ count: 1, periods: 0 }, { count: 10, periods: 12 })).toThrow(RangeError);
	});

	it('does not mutate its inputs', () => {
		const current = Object.freeze({ count: 60, periods: 12 });
		const baseline = Object.freeze({ count: 100, periods: 12, dispersion: 2 });
		rateChange(current, baseline);
		expect(baseline).toEqual({ count: 100, periods: 12, dispersion: 2 });
	});
});

describe('yearsToDetect', () => {
	it('worked example: 15 homicides a year need about 23.6 years each side to see a 20% fall', () => {
		// (1.959964 + 0.841621)^2 = 7.848879; 1/15 + 1/12 = 0.15; ln(0.8)^2 = 0.0497930; 7.848879 * 0.15 / 0.0497930 = 23.6446
		expect(yearsToDetect({ perYear: 15 })).toBeCloseTo(23.6446, 3);
	});

	it('halves with twice the events, doubles with phi = 2, and is Infinity with none', () => {
		const base = yearsToDetect({ perYear: 15 });
		expect(yearsToDetect({ perYear: 30 })).toBeCloseTo(base / 2, 10);
		expect(yearsToDetect({ perYear: 15, dispersion: 2 })).toBeCloseTo(2 * base, 10);
		expect(yearsToDetect({ perYear: 0 })).toBe(Infinity);
	});

	it('rejects a reduction outside (0, 1)', () => {
		expect(() => yearsToDetect({ perYear: 15, reduction: 0 })).toThrow(RangeError);
		expect(() => yearsToDetect({ perYear: 15, reduction: 1 })).toThrow(RangeError);
	});

	it('has the power it claims: 2,000 simulated before/after pairs at the computed years detect the fall 80% +- 4% of the time', () => {
		const perYear = 15;
		const years = yearsToDetect({ perYear });
		const random = new Random(20250601);
		const trials = 2000;
		let detected = 0;
		for (let i = 0; i < trials; i++) {
			const before = poissonDraw(random, perYear * years);
			const after = poissonDraw(random, perYear * 0.8 * years);
			// The two-sided Wald test on the log rate ratio at 5%.
			const z = Math.log(after / before) / Math.sqrt(1 / after + 1 / before);
			if (Math.abs(z) > 1.959964) detected++;
		}
		expect(Math.abs(detected / trials - 0.8)).toBeLessThan(0.04);
	});
});
