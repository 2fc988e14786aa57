import { describe, expect, it } from 'vitest';
import {
	baselinePoints,
	baselineWarning,
	cChartLimits,
	chooseChartKind,
	ControlChartError,
	limitsFor,
	MIN_BASELINE_POINTS,
	RECOMMENDED_BASELINE_POINTS,
	SMALL_COUNT_MEAN,
	xmrLimits
} from './control-chart';

function codeOf(fn: () => unknown): string | null {
	try {
		fn();
		return null;
	} catch (e) {
		return e instanceof ControlChartError ? e.code : 'not a ControlChartError';
	}
}

describe('xmrLimits', () => {
	it('worked example: 10 12 11 13 12 14 13 15 14 16', () => {
		// mean = 130 / 10 = 13; moving ranges 2 1 2 1 2 1 2 1 2 sum to 14 over 9, so mR-bar = 1.5556;
		// sigma = 1.5556 / 1.128 = 1.37904; limits 13 +- 4.1371 = 8.8629 .. 17.1371; 2-sigma 10.2419 .. 15.7581;
		// moving-range limit 3.267 * 1.5556 = 5.0820.
		const l = xmrLimits([10, 12, 11, 13, 12, 14, 13, 15, 14, 16]);
		expect(l.kind).toBe('xmr');
		expect(l.mean).toBe(13);
		expect(l.movingRangeMean).toBeCloseTo(14 / 9, 12);
		expect(l.sigma).toBeCloseTo(1.37904, 5);
		expect(l.upper).toBeCloseTo(17.1371, 4);
		expect(l.lower).toBeCloseTo(8.8629, 4);
		expect(l.upper2).toBeCloseTo(15.7581, 4);
		expect(l.lower2).toBeCloseTo(10.2419, 4);
		expect(l.movingRangeUpper).toBeCloseTo(5.082, 3);
		expect(l.lowerFloored).toBe(false);
		expect(l.points).toBe(10);
	});

	it('a missing month breaks the moving-range pair either side of it', () => {
		// mean = (10 + 12 + 20 + 21) / 4 = 15.75; ranges |12 - 10| = 2 and |21 - 20| = 1 only (not 20 - 12): mR-bar = 1.5.
		const l = xmrLimits([10, 12, null, 20, 21]);
		expect(l.mean).toBe(15.75);
		expect(l.movingRangeMean).toBe(1.5);
		expect(l.points).toBe(4);
	});

	it('floors a negative lower limit at 0 and says so', () => {
		// mean 17 / 6 = 2.8333; ranges 4 5 6 5 3: mR-bar 4.6, sigma 4.0780; mean - 3 sigma and mean - 2 sigma are below 0.
		const l = xmrLimits([1, 5, 0, 6, 1, 4]);
		expect(l.sigma).toBeCloseTo(4.6 / 1.128, 12);
		expect(l).toMatchObject({ lower: 0, lower2: 0, lowerFloored: true });
		expect(l.upper).toBeCloseTo(17 / 6 + 3 * (4.6 / 1.128), 12);
	});

	it('keeps a negative lower limit when asked not to floor (a deseasonalised series is not a count)', () => {
		const l = xmrLimits([1, 5, 0, 6, 1, 4], { floorAtZero: false });
		expect(l.lowerFloored).toBe(false);
		expect(l.lower).toBeCloseTo(17 / 6 - 3 * (4.6 / 1.128), 12);
	});

	it.each([
		{ baseline: [], code: 'too_few_points' },
		{ baseline: [5], code: 'too_few_points' },
		{ baseline: [null, 5, null], code: 'too_few_points' },
		{ baseline: [5, null, 6], code: 'no_moving_ranges' },
		{ baseline: [5, Number.NaN, 6], code: 'not_finite' }
	])('throws $code for $baseline', ({ baseline, code }) => {
		expect(codeOf(() => xmrLimits(baseline))).toBe(code);
	});
});

describe('cChartLimits', () => {
	it('worked example: 4 6 5 5 gives mean 5 and Poisson probability limits between whole counts', () => {
		// Poisson(5), by hand from the pmf: P(X >= 13) = 0.00202 > 0.00135 >= P(X >= 14) = 0.00070, so 14 and up are beyond: upper 13.5.
		// P(X >= 10) = 0.0318 > 0.02275 >= P(X >= 11) = 0.0137: upper2 10.5. P(X = 0) = 0.0067: above the 3-sigma tail (no lower
		// limit, floored) but below the 2-sigma one, while P(X <= 1) = 0.0404 is not: lower2 0.5. Median: P(X <= 4) = 0.440, P(X <= 5) = 0.616.
		const l = cChartLimits([4, 6, 5, 5]);
		expect(l.kind).toBe('c');
		expect(l.mean).toBe(5);
		expect(l.sigma).toBeCloseTo(2.23607, 5);
		expect(l).toMatchObject({ upper: 13.5, upper2: 10.5, lower: 0, lowerFloored: true, lower2: 0.5, runCentre: 5 });
		expect(l.movingRangeMean).toBeUndefined();
	});

	it('does not flag a single event where events are rare (mean 0.1): two in a month are beyond 2 sigma, three beyond 3', () => {
		// P(X >= 1) = 0.095, P(X >= 2) = 0.0047, P(X >= 3) = 0.00015 for Poisson(0.1); every month with none is on the median (0).
		const l = cChartLimits([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
		expect(l).toMatchObject({ upper: 2.5, upper2: 1.5, runCentre: 0, lowerFloored: true });
	});

	it('needs no moving ranges, so two points with a gap between are enough', () => {
		expect(cChartLimits([5, null, 7]).mean).toBe(6);
	});

	it.each([
		{ baseline: [3], code: 'too_few_points' },
		{ baseline: [3, -1, 2], code: 'negative_count' }
	])('throws $code for $baseline', ({ baseline, code }) => {
		expect(codeOf(() => cChartLimits(baseline))).toBe(code);
	});
});

describe('chooseChartKind and limitsFor', () => {
	it('picks a c-chart below a mean of 10, XmR from 10 up', () => {
		expect(SMALL_COUNT_MEAN).toBe(10);
		expect(chooseChartKind([9, 10, 10.7])).toBe('c'); // mean 9.9
		expect(chooseChartKind([10, 10, 10])).toBe('xmr');
		expect(chooseChartKind([null, 30, 2])).toBe('xmr'); // nulls left out: mean 16
		expect(chooseChartKind([null, 3, 2, null])).toBe('c');
		expect(chooseChartKind([])).toBe('xmr');
	});

	it('dispatches on kind', () => {
		const baseline = [4, 6, 5, 5];
		expect(limitsFor('c', baseline)).toEqual(cChartLimits(baseline));
		expect(limitsFor('xmr', baseline)).toEqual(xmrLimits(baseline));
	});

	it('counts baseline points with data', () => {
		expect(baselinePoints([1, null, 0, null, 3])).toBe(3);
	});
});

describe('baselineWarning', () => {
	it('pins the NHS thresholds: at least 12 points, ideally 20', () => {
		expect(MIN_BASELINE_POINTS).toBe(12);
		expect(RECOMMENDED_BASELINE_POINTS).toBe(20);
	});

	it.each([
		{ points: 0, warns: true },
		{ points: 1, warns: true },
		{ points: 11, warns: true },
		{ points: 12, warns: true },
		{ points: 19, warns: true },
		{ points: 20, warns: false },
		{ points: 36, warns: false }
	])('$points points: warns $warns', ({ points, warns }) => {
		const w = baselineWarning(points);
		expect(w !== null).toBe(warns);
		if (w) expect(w).toContain(String(points));
	});

	it('calls fewer than 12 points unreliable and 12 to 19 short of the recommendation', () => {
		expect(baselineWarning(11)).toMatch(/unreliable/);
		expect(baselineWarning(12)).not.toMatch(/unreliable/);
	});
});

describe('inputs', () => {
	it('are not mutated', () => {
		const baseline = Object.freeze([10, 12, null, 11, 13]);
		const copy = [...baseline];
		xmrLimits(baseline);
		cChartLimits(baseline);
		chooseChartKind(baseline);
		expect(baseline).toEqual(copy);
	});
});
