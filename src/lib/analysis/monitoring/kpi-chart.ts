/**
 * One KPI series against its baseline, as NHS England's "Making Data Count" reads it: XmR limits (a
 * Poisson c-chart where counts are small), the special-cause rules, a seasonal comparison where the baseline
 * shows a month-of-year pattern, the change against the baseline with an interval, and one plain sentence.
 */
import { detectSignals, type Signal } from './chart-rules';
import { baselineWarning, chartChoice, limitsFor, type ChartKind, type ChartLimits } from './control-chart';
import type { KpiPoint } from './kpi-series';
import { dispersionOf, poissonExactInterval, rateChange, yearsToDetect } from './poisson';
import { checkSeasonality, deseasonalise, type SeasonalCheck } from './seasonal';
import { describeSignal, type SignalWords } from './signal-words';
import type { KpiStep } from './kpi-definitions';
import { monthUkLabel } from '../time/month-index';
import { countToken } from './count-tokens';

/** A point as drawn: its value with the centre line and limits that apply to it (they move with the season). */
export interface ChartPoint extends KpiPoint {
	inBaseline: boolean;
	centre: number;
	upper: number;
	lower: number;
	/** The signals this point belongs to: 'improvement' or 'concern' wins over none. */
	signal: 'improvement' | 'concern' | null;
}

export interface ChartChange {
	/** Periods after the baseline with data, and their total. */
	periods: number;
	count: number;
	/** Events in the baseline the comparison rests on. */
	baselineCount: number;
	/** Mean per period after the baseline and in it. */
	currentMean: number;
	baselineMean: number;
	/** Rate ratio current / baseline and its interval, as percentages of change (-8 = 8% lower). */
	percent: number | null;
	lowerPercent: number | null;
	upperPercent: number | null;
	/** Poisson when the baseline's counts vary no more than Poisson; else the interval is widened by the dispersion. */
	assumed: 'poisson' | 'overdispersed';
	dispersion: number;
	/** Exact (Garwood) 95% interval of the mean per period after the baseline. */
	exact: [number, number];
}

export interface KpiChart {
	kind: ChartKind;
	/** Why this kind of chart, in words. */
	kindReason: string;
	limits: ChartLimits;
	points: ChartPoint[];
	signals: (Signal & SignalWords)[];
	seasonal: SeasonalCheck;
	/** True when the rules ran on the series less each calendar month's baseline effect. */
	seasonallyAdjusted: boolean;
	change: ChartChange | null;
	/** Years of data before and after needed to detect a 20% fall at the current volume (5% two-sided, 80% power), widened for clustering. */
	yearsToDetect: number;
	warnings: string[];
}

export interface ChartOptions {
	/** First and last month (monthIndex) of the baseline, inclusive. */
	baseline: readonly [number, number];
	step: KpiStep;
}

const inRange = (p: KpiPoint, [from, to]: readonly [number, number]) => p.start >= from && p.start + p.months - 1 <= to;

export function kpiChart(points: readonly KpiPoint[], options: ChartOptions): KpiChart | { unavailable: string } {
	const { baseline, step } = options;
	const base = points.filter((p) => inRange(p, baseline));
	const baseValues = base.map((p) => p.value);
	const present = baseValues.filter((v): v is number => v !== null);
	if (present.length < 2) return { unavailable: `The baseline (${monthUkLabel(baseline[0])} to ${monthUkLabel(baseline[1])}) holds ${present.length} ${step}${present.length === 1 ? '' : 's'} with data; limits need at least 2.` };
	if (present.every((v) => v === 0)) {
		const since = points.filter((p) => p.start > baseline[1]).reduce((n, p) => n + (p.value ?? 0), 0);
		return { unavailable: `No events in the baseline (${monthUkLabel(baseline[0])} to ${monthUkLabel(baseline[1])}), so no limits can be set; ${countToken(since)} since.` };
	}
	const { kind, reason: kindReason } = chartChoice(baseValues);
	const byMonth = points.map((p) => ({ monthIndex: p.start, value: p.value }));
	// Seasonality is checked on monthly points only: a quarter already averages most of a season.
	const seasonal = step === 'month' ? checkSeasonality(byMonth, baseline) : { seasonal: false, effects: null, reason: 'Quarters are not checked for a month-of-year pattern.', test: null };
	// Poisson limits need whole counts, so a c-chart is never adjusted; it warns instead.
	const effects = seasonal.seasonal && seasonal.effects && kind === 'xmr' ? seasonal.effects : null;
	const adjusted = effects ? deseasonalise(byMonth, effects) : points.map((p) => p.value);
	// A thin month (far fewer rows than its neighbours) is most likely data still arriving: drawn hollow, left out of limits and rules.
	const values = adjusted.map((v, i) => (points[i].note === 'thin' ? null : v));
	const thin = points.filter((p) => p.note === 'thin').length;
	let limits: ChartLimits;
	try {
		// Adjusted values sit either side of the mean, so their limits are floored only once the season is added back.
		limits = limitsFor(kind, values.filter((_, i) => inRange(points[i], baseline)), { floorAtZero: !effects });
	} catch (error) {
		return { unavailable: error instanceof Error ? error.message : String(error) };
	}
	const raw = detectSignals(values, limits);
	const labels = points.map((p) => p.label);
	// On a seasonally adjusted chart a limit moves with the month: the words quote the one the point crossed.
	const worded = (s: Signal): Signal => (s.limit === undefined || !effects ? s : { ...s, limit: s.limit + effects[points[s.points[0]].start % 12] });
	const observed = points.map((p) => p.value);
	const signals = raw.map((s) => ({ ...s, ...describeSignal(worded(s), observed, labels, { lowerIsBetter: true, unit: step, centre: kind === 'c' ? 'median' : 'mean' }) }));
	const marks = new Map<number, 'improvement' | 'concern'>();
	for (const s of signals) for (const i of s.points) if (marks.get(i) !== 'concern') marks.set(i, s.kind);
	const effectOf = (p: KpiPoint) => (effects ? effects[p.start % 12] : 0);
	const chartPoints: ChartPoint[] = points.map((p, i) => ({
		...p,
		inBaseline: inRange(p, baseline),
		centre: limits.mean + effectOf(p),
		upper: limits.upper + effectOf(p),
		lower: Math.max(0, limits.lower + effectOf(p)),
		signal: marks.get(i) ?? null
	}));
	const change = changeAfter(points, baseline, effects);
	// "For the current volume": the rate after the baseline where there is one, with the baseline's clustering.
	const perPeriod = change ? change.currentMean : present.reduce((a, b) => a + b, 0) / present.length;
	const dispersion = dispersionOf(present);
	const detect = yearsToDetect({ perYear: perPeriod * (step === 'month' ? 12 : 4), dispersion: Number.isFinite(dispersion) ? Math.max(1, dispersion) : 1 });
	const warnings: string[] = [];
	if (thin) warnings.push(`${thin} thin ${step}${thin === 1 ? '' : 's'} (far fewer rows than the ${step}s around ${thin === 1 ? 'it' : 'them'}) ${thin === 1 ? 'is' : 'are'} drawn hollow and left out of the limits and the rules.`);
	if (kind === 'c' && limits.runCentre === 0) warnings.push(`Most ${step}s have none, so a fall cannot show as a signal at these counts; only a rise can.`);
	const short = baselineWarning(present.length);
	if (short) warnings.push(short);
	if (step === 'month' && !seasonal.effects) warnings.push(`${seasonal.reason} If this measure has a season, a signal may be the season alone.`);
	else if (seasonal.seasonal && !effects) warnings.push(`The baseline suggests a month-of-year pattern (F-test p = ${seasonal.test ? seasonal.test.p.toFixed(3) : 'n/a'}), which Poisson limits cannot allow for: a signal may be the season alone.`);
	return {
		kind,
		kindReason,
		limits,
		points: chartPoints,
		signals,
		seasonal,
		seasonallyAdjusted: effects !== null,
		change,
		yearsToDetect: detect,
		warnings
	};
}

/**
 * The periods after the baseline against the baseline: rate ratio with an interval widened for clustering, and the
 * exact Poisson interval. With a month-of-year pattern, each month after is set against the same calendar month's
 * baseline mean, so a spring-heavy period does not read as a rise.
 */
function changeAfter(points: readonly KpiPoint[], baseline: readonly [number, number], effects: readonly number[] | null): ChartChange | null {
	const usable = (p: KpiPoint) => p.value !== null && p.note !== 'thin';
	const base = points.filter((p) => inRange(p, baseline) && usable(p));
	const after = points.filter((p) => p.start > baseline[1] && usable(p));
	if (after.length === 0 || base.length === 0) return null;
	const count = after.reduce((a, p) => a + p.value!, 0);
	const baseCount = base.reduce((a, p) => a + p.value!, 0);
	const baseMean = baseCount / base.length;
	const dispersion = dispersionOf(base.map((p) => p.value));
	// The expected count after: the baseline mean, or each calendar month's own baseline mean.
	const expected = effects ? after.reduce((a, p) => a + Math.max(0, baseMean + effects[p.start % 12]), 0) : baseMean * after.length;
	// The baseline events the expected rests on, so its share of the variance is as in a plain rate ratio.
	const rc = rateChange({ count, periods: after.length }, { count: baseCount, periods: (baseCount * after.length) / Math.max(expected, Number.EPSILON), dispersion });
	const [lo, hi] = count === 0 ? [0, poissonExactInterval(0)[1]] : poissonExactInterval(count);
	return {
		periods: after.length,
		count,
		baselineCount: baseCount,
		currentMean: count / after.length,
		baselineMean: expected / after.length,
		percent: rc.percent,
		lowerPercent: rc.lower === null ? null : (rc.lower - 1) * 100,
		upperPercent: rc.upper === null ? null : (rc.upper - 1) * 100,
		assumed: rc.assumed,
		dispersion: rc.dispersion,
		exact: [lo / after.length, hi / after.length]
	};
}
