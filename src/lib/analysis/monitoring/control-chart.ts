/**
 * Process limits for NHS England's "Making Data Count" (MDC) control charts, from a baseline of counts.
 * XmR (individuals) chart: sigma = mR-bar / 1.128, the moving range turned into a standard deviation
 * (d2 for pairs), so the limits follow the variation the series actually shows, clustering included.
 * c-chart: independent Poisson counts (kind 'c' says so to the caller), with probability limits at the Poisson tails
 * that 3 and 2 sigma leave in a normal distribution, drawn between whole counts, and runs counted about the Poisson
 * median (poisson-limits.ts): mean +/- 3 sqrt(mean) would flag one homicide in a quiet district as special cause.
 * A missing month (null) is left out of the mean and breaks the moving-range pair either side of it.
 * Too short a baseline throws a ControlChartError with a code (see MIN_POINTS_FOR_LIMITS); check
 * baselinePoints() first to avoid it, and show baselineWarning() beside any chart it draws.
 */

import { dispersionOf, regularisedGammaP } from './poisson';
import { lowerCount, poissonMedian, TAIL_2_SIGMA, TAIL_3_SIGMA, upperCount } from './poisson-limits';

export type ChartKind = 'xmr' | 'c';

export interface ChartLimits {
	kind: ChartKind;
	/** Baseline mean (centre line). */
	mean: number;
	/** One sigma: XmR mR-bar / 1.128; c-chart sqrt(mean). */
	sigma: number;
	/** 3-sigma process limits; lower floored at 0 for counts (lowerFloored says so). */
	upper: number;
	lower: number;
	/** 2-sigma lines for the two-of-three rule; lower2 floored at 0 like lower. */
	upper2: number;
	lower2: number;
	/** True when mean - 3 sigma fell below 0 and lower was raised to 0: no count can then fall below it. */
	lowerFloored: boolean;
	/** XmR only: mean moving range and its upper limit 3.267 * mR-bar. */
	movingRangeMean?: number;
	movingRangeUpper?: number;
	/** Baseline points used (non-null). */
	points: number;
	/** What runs are counted about: the mean (XmR), or the Poisson median (c-chart). */
	runCentre: number;
}

/** d2 for moving ranges of two points: mR-bar / d2 estimates sigma. */
export const D2 = 1.128;
/** D4 for moving ranges of two points: the upper limit of the moving-range chart is D4 * mR-bar. */
export const D4 = 3.267;
/** Below this baseline mean a count is skewed and its moving ranges take few distinct values, so sqrt(mean) is the steadier sigma. */
export const SMALL_COUNT_MEAN = 10;
/** The least a baseline can have at all: one moving range needs two points. */
export const MIN_POINTS_FOR_LIMITS = 2;
/** NHS MDC guidance: limits from fewer than 12 points move too much as points are added to be trusted. */
export const MIN_BASELINE_POINTS = 12;
/** NHS MDC guidance: 20 points give limits that settle. */
export const RECOMMENDED_BASELINE_POINTS = 20;

export type ControlChartErrorCode = 'too_few_points' | 'no_moving_ranges' | 'not_finite' | 'negative_count';

/** Errors as data: a code to test and branch on, and the value that caused it. */
export class ControlChartError extends Error {
	readonly code: ControlChartErrorCode;
	readonly value: number;

	constructor(code: ControlChartErrorCode, value: number, message: string) {
		super(message);
		this.name = 'ControlChartError';
		this.code = code;
		this.value = value;
	}
}

export interface LimitOptions {
	/** Raise negative lower limits to 0 (default true: every Duty KPI is a count). */
	floorAtZero?: boolean;
}

/** Non-null baseline values, checked. */
function present(baseline: readonly (number | null)[]): number[] {
	const out: number[] = [];
	for (const v of baseline) {
		if (v === null) continue;
		if (!Number.isFinite(v)) throw new ControlChartError('not_finite', v, `Baseline value ${v} is not a finite number.`);
		out.push(v);
	}
	if (out.length < MIN_POINTS_FOR_LIMITS) {
		throw new ControlChartError('too_few_points', out.length, `The baseline has ${out.length} point(s) with data; control limits need at least ${MIN_POINTS_FOR_LIMITS}.`);
	}
	return out;
}

/** How many baseline points carry data. */
export function baselinePoints(baseline: readonly (number | null)[]): number {
	return baseline.reduce<number>((n, v) => (v === null ? n : n + 1), 0);
}

function assemble(kind: ChartKind, mean: number, sigma: number, points: number, floorAtZero: boolean): ChartLimits {
	const rawLower = mean - 3 * sigma;
	const rawLower2 = mean - 2 * sigma;
	const lowerFloored = floorAtZero && rawLower < 0;
	return {
		kind,
		mean,
		sigma,
		upper: mean + 3 * sigma,
		lower: lowerFloored ? 0 : rawLower,
		upper2: mean + 2 * sigma,
		lower2: floorAtZero && rawLower2 < 0 ? 0 : rawLower2,
		lowerFloored,
		points,
		runCentre: mean
	};
}

/** XmR limits. Moving ranges are taken only between neighbours that both have data. */
export function xmrLimits(baseline: readonly (number | null)[], options: LimitOptions = {}): ChartLimits {
	const values = present(baseline);
	const mean = values.reduce((s, v) => s + v, 0) / values.length;
	let rangeSum = 0;
	let ranges = 0;
	for (let i = 1; i < baseline.length; i++) {
		const a = baseline[i - 1];
		const b = baseline[i];
		if (a === null || b === null) continue;
		rangeSum += Math.abs(b - a);
		ranges++;
	}
	if (ranges === 0) throw new ControlChartError('no_moving_ranges', 0, 'No two consecutive baseline points both have data, so no moving range can be measured.');
	const movingRangeMean = rangeSum / ranges;
	const limits = assemble('xmr', mean, movingRangeMean / D2, values.length, options.floorAtZero ?? true);
	return { ...limits, movingRangeMean, movingRangeUpper: D4 * movingRangeMean };
}

/** c-chart (Poisson) probability limits; the counts must be non-negative. Limits of whole counts are never below 0, so there is nothing to floor: `_options` keeps limitsFor's one signature. */
export function cChartLimits(baseline: readonly (number | null)[], _options: LimitOptions = {}): ChartLimits {
	const values = present(baseline);
	const negative = values.find((v) => v < 0);
	if (negative !== undefined) throw new ControlChartError('negative_count', negative, `A c-chart needs counts, and ${negative} is negative.`);
	const mean = values.reduce((s, v) => s + v, 0) / values.length;
	// Limits half way between the last count inside and the first beyond, so a count is never drawn on its line.
	const [l3, l2] = [lowerCount(mean, TAIL_3_SIGMA), lowerCount(mean, TAIL_2_SIGMA)];
	return {
		kind: 'c',
		mean,
		sigma: Math.sqrt(mean),
		upper: upperCount(mean, TAIL_3_SIGMA) - 0.5,
		lower: l3 < 0 ? 0 : l3 + 0.5,
		upper2: upperCount(mean, TAIL_2_SIGMA) - 0.5,
		lower2: l2 < 0 ? 0 : l2 + 0.5,
		lowerFloored: l3 < 0,
		points: values.length,
		runCentre: poissonMedian(mean)
	};
}

/** The Pearson dispersion test's p-value: how likely counts this variable are if they were Poisson. */
export function overdispersionP(baseline: readonly (number | null)[]): number {
	const xs = baseline.filter((v): v is number => v !== null);
	const d = dispersionOf(xs);
	if (!Number.isFinite(d)) return 1;
	const df = xs.length - 1;
	// (n - 1) * variance / mean is chi-squared with n - 1 degrees of freedom for Poisson counts.
	return 1 - regularisedGammaP(df / 2, (df * d) / 2);
}

/** Below this baseline mean most periods hold no event, and only Poisson limits make sense. */
export const RARE_MEAN = 1;

/** Below this p the baseline's counts vary more than Poisson allows, and a c-chart's limits would be too narrow. */
export const OVERDISPERSION_P = 0.05;

/** The chart for a baseline and why, in words for the view. */
export function chartChoice(baseline: readonly (number | null)[]): { kind: ChartKind; reason: string } {
	const kind = chooseChartKind(baseline);
	if (kind === 'xmr') return { kind, reason: 'Limits from the moving range between consecutive points (an XmR chart).' };
	const mean = baseline.reduce<number>((sum, v) => sum + (v ?? 0), 0) / Math.max(1, baseline.filter((v) => v !== null).length);
	// Mostly empty months give a moving range of 0 or 1 and limits that flag any single event: rare events stay on Poisson limits.
	if (mean < RARE_MEAN) {
		return { kind, reason: `Events are rare (a baseline mean under ${RARE_MEAN} a period), so limits come from the Poisson distribution (a c-chart), assuming independent events: exact tail probabilities as 3 sigma would give; runs need every point strictly beyond the median.` };
	}
	const p = overdispersionP(baseline);
	if (p < OVERDISPERSION_P) {
		return { kind: 'xmr', reason: `Counts are small, but vary more than chance would (dispersion ${dispersionOf(baseline).toFixed(1)}, p = ${p < 0.001 ? '<0.001' : p.toFixed(3)}), so limits come from the moving range (an XmR chart), not the Poisson distribution.` };
	}
	return {
		kind,
		reason: `Counts are small (a baseline mean under ${SMALL_COUNT_MEAN}), so limits come from the Poisson distribution (a c-chart), assuming independent events: exact tail probabilities as 3 sigma would give; runs need every point strictly beyond the median.`
	};
}

/** c-chart when counts are small (baseline mean below SMALL_COUNT_MEAN), otherwise XmR, MDC's default. An empty baseline gets 'xmr'. */
export function chooseChartKind(baseline: readonly (number | null)[]): ChartKind {
	let sum = 0;
	let n = 0;
	for (const v of baseline) {
		if (v === null) continue;
		sum += v;
		n++;
	}
	return n > 0 && sum / n < SMALL_COUNT_MEAN ? 'c' : 'xmr';
}

export function limitsFor(kind: ChartKind, baseline: readonly (number | null)[], options: LimitOptions = {}): ChartLimits {
	return kind === 'c' ? cChartLimits(baseline, options) : xmrLimits(baseline, options);
}

/** A sentence for the chart when the baseline is shorter than NHS guidance asks, otherwise null. */
export function baselineWarning(points: number): string | null {
	if (points < MIN_POINTS_FOR_LIMITS) return `The baseline has ${points} point${points === 1 ? '' : 's'} with data: too few to calculate control limits.`;
	if (points < MIN_BASELINE_POINTS) {
		return `The baseline has only ${points} points: limits from fewer than ${MIN_BASELINE_POINTS} are unreliable (NHS guidance asks for at least ${MIN_BASELINE_POINTS}, ideally ${RECOMMENDED_BASELINE_POINTS}).`;
	}
	if (points < RECOMMENDED_BASELINE_POINTS) return `The baseline has ${points} points: NHS guidance recommends ${RECOMMENDED_BASELINE_POINTS} for limits that settle.`;
	return null;
}
