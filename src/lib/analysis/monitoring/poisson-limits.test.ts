import { describe, expect, it } from 'vitest';
import { lowerCount, poissonCdf, poissonMedian, TAIL_2_SIGMA, TAIL_3_SIGMA, upperCount } from './poisson-limits';
import { chartChoice, overdispersionP } from './control-chart';
import { detectSignals } from './chart-rules';
import { cChartLimits } from './control-chart';

describe('Poisson tails', () => {
	it.each([
		// R: ppois(k, mean)
		[0, 5, 0.006737947],
		[4, 5, 0.4404933],
		[12, 5, 0.9979811],
		[1, 1.8, 0.4628369],
		[2, 0.1, 0.9998453]
	])('P(X <= %i | mean %f)', (k, mean, expected) => {
		expect(poissonCdf(k, mean)).toBeCloseTo(expected, 7);
	});

	it('matches the normal tails it stands in for', () => {
		expect(TAIL_3_SIGMA).toBeCloseTo(0.0013499, 7);
		expect(TAIL_2_SIGMA).toBeCloseTo(0.0227501, 7);
	});

	it.each([
		// mean, upper count (3 sigma), lower count (-1: none), median; by hand from the pmf (see control-chart.test.ts for 5).
		[1.8, 8, -1, 2],
		[9, 20, 1, 9]
	])('mean %f: beyond from %i up, from %i down, median %i', (mean, upper, lower, median) => {
		expect(upperCount(mean, TAIL_3_SIGMA)).toBe(upper);
		expect(lowerCount(mean, TAIL_3_SIGMA)).toBe(lower);
		expect(poissonMedian(mean)).toBe(median);
		// The counts found sit just inside the tail: the next one in is more likely than the tail allows.
		expect(1 - poissonCdf(upper - 1, mean)).toBeLessThanOrEqual(TAIL_3_SIGMA);
		expect(1 - poissonCdf(upper - 2, mean)).toBeGreaterThan(TAIL_3_SIGMA);
	});
});

describe('c-chart runs about the median', () => {
	it('months with no events in a quiet series make no run, however many', () => {
		const baseline = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
		const series = [...baseline, 0, 0, 0, 0, 0, 0, 0, 0, 0];
		expect(detectSignals(series, cChartLimits(baseline))).toEqual([]);
	});
});

describe('c-chart runs end on the median', () => {
	it('scattered single events among empty months are not one long run above the median', () => {
		// Median 0: each month with an event is above it, each empty month on it, and an empty month ends the run.
		const baseline = [0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0];
		const series = [...baseline, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1];
		expect(detectSignals(series, cChartLimits(baseline)).filter((s) => s.rule === 'run')).toEqual([]);
	});

	it('seven months in a row strictly above the median are a run', () => {
		const baseline = [2, 1, 3, 2, 2, 1, 2, 3, 2, 1, 2, 2];
		const series = [...baseline, 3, 4, 3, 3, 4, 3, 3];
		expect(detectSignals(series, cChartLimits(baseline)).filter((s) => s.rule === 'run').map((s) => [s.direction, s.points.length])).toEqual([['up', 7]]);
	});
});

describe('chart choice', () => {
	it('keeps rare events (mean under 1) on Poisson limits even when a double event makes them look clustered', () => {
		expect(chartChoice([0, 0, 2, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0]).kind).toBe('c');
	});

	it('uses a c-chart for small Poisson-like counts and says it assumes independent events', () => {
		const choice = chartChoice([2, 1, 3, 2, 0, 2, 1, 3, 2, 2, 1, 2]);
		expect(choice.kind).toBe('c');
		expect(choice.reason).toMatch(/independent/);
	});

	it('falls back to XmR when small counts vary far more than Poisson (clustered)', () => {
		// Variance/mean = 5.76 here: (n - 1) * 5.76 = 63.4 on 11 degrees of freedom, p far below 0.05.
		const clustered = [0, 9, 0, 0, 8, 1, 0, 9, 0, 0, 7, 0];
		expect(overdispersionP(clustered)).toBeLessThan(0.001);
		expect(chartChoice(clustered).kind).toBe('xmr');
		expect(chartChoice(clustered).reason).toMatch(/vary more than chance/);
	});
});
