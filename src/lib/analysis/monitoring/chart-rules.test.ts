import { describe, expect, it } from 'vitest';
import { detectSignals, RUN_LENGTH, TREND_LENGTH, type Signal, type SignalRule } from './chart-rules';
import type { ChartLimits } from './control-chart';

// Limits written out by hand so the rules are tested apart from how limits are made: mean 10, sigma 1.
const LIMITS: ChartLimits = { kind: 'xmr', mean: 10, sigma: 1, upper: 13, lower: 7, upper2: 12, lower2: 8, lowerFloored: false, points: 20, runCentre: 10 };
// A small count: mean 2, sigma sqrt(2); mean - 3 sigma and mean - 2 sigma are below 0, floored.
const FLOORED: ChartLimits = { kind: 'c', mean: 2, sigma: Math.SQRT2, upper: 2 + 3 * Math.SQRT2, lower: 0, upper2: 2 + 2 * Math.SQRT2, lower2: 0, lowerFloored: true, points: 20, runCentre: 2 };

const only = (rule: SignalRule, values: readonly (number | null)[], limits = LIMITS): Omit<Signal, 'limit'>[] =>
	detectSignals(values, limits)
		.filter((s) => s.rule === rule)
		.map(({ direction, points }) => ({ rule, direction, points }));

describe('beyond_limit', () => {
	it.each([
		{ name: 'a point above 3 sigma', values: [10, 11, 14, 10], want: [{ rule: 'beyond_limit', direction: 'up', points: [2] }] },
		{ name: 'a point below 3 sigma', values: [10, 6.5, 10], want: [{ rule: 'beyond_limit', direction: 'down', points: [1] }] },
		{ name: 'a point on the limit (strictly beyond only)', values: [13, 7, 10], want: [] },
		{ name: 'each point beyond is its own signal', values: [14, 15, 10], want: [{ rule: 'beyond_limit', direction: 'up', points: [0] }, { rule: 'beyond_limit', direction: 'up', points: [1] }] },
		{ name: 'a null is no point', values: [null, 10], want: [] }
	])('$name', ({ values, want }) => {
		expect(only('beyond_limit', values)).toEqual(want);
	});

	it('carries the limit crossed', () => {
		expect(detectSignals([14], LIMITS)[0].limit).toBe(13);
	});

	it('a floored lower limit of 0 cannot be crossed', () => {
		expect(only('beyond_limit', [0, 0, 2, 0], FLOORED)).toEqual([]);
		expect(only('beyond_limit', [0, 7, 2], FLOORED)).toEqual([{ rule: 'beyond_limit', direction: 'up', points: [1] }]); // 7 > 6.243
	});
});

describe('run', () => {
	it('pins the length at 7', () => expect(RUN_LENGTH).toBe(7));

	it.each([
		{ name: '7 below the mean: a signal', values: [11, 9, 9, 9, 9, 9, 9, 9, 11], want: [{ rule: 'run', direction: 'down', points: [1, 2, 3, 4, 5, 6, 7] }] },
		{ name: '6 below the mean: none', values: [11, 9, 9, 9, 9, 9, 9, 11], want: [] },
		{ name: '7 above the mean: a signal', values: [11, 11, 11, 11, 11, 11, 11], want: [{ rule: 'run', direction: 'up', points: [0, 1, 2, 3, 4, 5, 6] }] },
		{ name: 'a null breaks a run (3 then 4)', values: [9, 9, 9, null, 9, 9, 9, 9], want: [] },
		// A point exactly on the mean neither counts nor breaks, and is not among the run's points.
		{ name: 'on the mean does not count: 6 below with one on the mean is none', values: [9, 9, 9, 10, 9, 9, 9], want: [] },
		{ name: 'on the mean does not break: 7 below either side of one on the mean', values: [9, 9, 9, 10, 9, 9, 9, 9], want: [{ rule: 'run', direction: 'down', points: [0, 1, 2, 4, 5, 6, 7] }] },
		{ name: 'a maximal run is reported once', values: Array(10).fill(9), want: [{ rule: 'run', direction: 'down', points: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] }] },
		{
			name: '7 above then 7 below: two runs',
			values: [...Array(7).fill(11), ...Array(7).fill(9)],
			want: [
				{ rule: 'run', direction: 'up', points: [0, 1, 2, 3, 4, 5, 6] },
				{ rule: 'run', direction: 'down', points: [7, 8, 9, 10, 11, 12, 13] }
			]
		}
	])('$name', ({ values, want }) => {
		expect(only('run', values)).toEqual(want);
	});
});

describe('trend', () => {
	it('pins the length at 7', () => expect(TREND_LENGTH).toBe(7));

	it.each([
		{ name: '7 rising: a signal', values: [8, 8.5, 9, 9.5, 10.5, 11, 11.5], want: [{ rule: 'trend', direction: 'up', points: [0, 1, 2, 3, 4, 5, 6] }] },
		{ name: '6 rising: none', values: [8.5, 9, 9.5, 10.5, 11, 11.5], want: [] },
		{ name: 'an equal value breaks a trend (3 then 5)', values: [8, 8.5, 9, 9, 9.5, 10.5, 11, 11.5], want: [] },
		{ name: 'a null breaks a trend', values: [8, 8.5, 9, null, 9.5, 10, 10.5, 11], want: [] },
		{ name: '7 falling: a signal', values: [12, 11.5, 11, 10.5, 9.5, 9, 8.5], want: [{ rule: 'trend', direction: 'down', points: [0, 1, 2, 3, 4, 5, 6] }] },
		{ name: 'a maximal trend is reported once', values: [8, 8.5, 9, 9.5, 10, 10.5, 11, 11.5, 12], want: [{ rule: 'trend', direction: 'up', points: [0, 1, 2, 3, 4, 5, 6, 7, 8] }] },
		{
			name: 'the peak ends the rise and starts the fall',
			values: [8, 8.5, 9, 9.5, 10, 10.5, 11, 10.5, 10, 9.5, 9, 8.5, 8],
			want: [
				{ rule: 'trend', direction: 'up', points: [0, 1, 2, 3, 4, 5, 6] },
				{ rule: 'trend', direction: 'down', points: [6, 7, 8, 9, 10, 11, 12] }
			]
		}
	])('$name', ({ values, want }) => {
		expect(only('trend', values)).toEqual(want);
	});
});

describe('two_of_three', () => {
	it.each([
		{ name: 'two of three beyond 2 sigma, the third anywhere', values: [10, 12.5, 10, 12.5, 10], want: [{ rule: 'two_of_three', direction: 'up', points: [1, 3] }] },
		{ name: 'two beyond 2 sigma on opposite sides: none', values: [10, 12.5, 7.5, 10], want: [] },
		{ name: 'two adjacent: one signal though two windows hold them', values: [10, 12.5, 12.5, 10], want: [{ rule: 'two_of_three', direction: 'up', points: [1, 2] }] },
		{ name: 'below the lower 2-sigma line', values: [10, 7.5, 7.6, 10], want: [{ rule: 'two_of_three', direction: 'down', points: [1, 2] }] },
		{ name: 'on the 2-sigma line is not beyond it', values: [12, 12.5, 12], want: [] },
		{ name: 'a null breaks the window', values: [12.5, null, 12.5], want: [] },
		{ name: 'two beyond with two between: none', values: [12.5, 10, 10, 12.5], want: [] },
		{ name: 'a point beyond 3 sigma also counts', values: [13.5, 12.5, 10], want: [{ rule: 'two_of_three', direction: 'up', points: [0, 1] }] },
		{
			name: 'clusters apart are two signals',
			values: [12.5, 12.5, 10, 10, 10, 12.5, 12.5],
			want: [
				{ rule: 'two_of_three', direction: 'up', points: [0, 1] },
				{ rule: 'two_of_three', direction: 'up', points: [5, 6] }
			]
		},
		{ name: 'overlapping windows merge', values: [12.5, 10, 12.5, 10, 12.5], want: [{ rule: 'two_of_three', direction: 'up', points: [0, 2, 4] }] }
	])('$name', ({ values, want }) => {
		expect(only('two_of_three', values)).toEqual(want);
	});

	it('a floored lower 2-sigma line cannot be crossed', () => {
		expect(only('two_of_three', [0, 0, 0], FLOORED)).toEqual([]);
	});
});

describe('detectSignals', () => {
	it('sorts by first point, then rule', () => {
		const values = [14, 11, 11, 11, 11, 11, 11, 9.5];
		expect(detectSignals(values, LIMITS).map((s) => [s.rule, s.points[0]])).toEqual([
			['beyond_limit', 0],
			['run', 0]
		]);
	});

	it('finds nothing in common-cause variation', () => {
		expect(detectSignals([10, 11, 9, 10.5, 9.5, 11, 9, 10, 10.5, 9.5], LIMITS)).toEqual([]);
	});

	it('does not mutate its inputs', () => {
		const values = Object.freeze([9, 9, 9, 9, 9, 9, 9, 14, 12.5, 12.5]);
		const limits = Object.freeze({ ...LIMITS });
		const copy = [...values];
		detectSignals(values, limits);
		expect(values).toEqual(copy);
		expect(limits).toEqual(LIMITS);
	});
});
