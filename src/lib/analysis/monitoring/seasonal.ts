/**
 * Whether a baseline has a month-of-year pattern strong enough to fire the control-chart rules on season alone.
 * The test: an F-test of the calendar-month factor in a linear model value ~ month of year + linear trend,
 * against value ~ linear trend (an ANOVA of month of year, adjusted for trend), at p < SEASONAL_P.
 * - Fitting the trend with the months keeps a rising or falling baseline from reading as a season when the
 *   years are incomplete, and from hiding one in the within-month spread when they are complete.
 * - The residual variance is estimated from the data, so counts that cluster (overdispersed) do not look
 *   seasonal merely for varying more than Poisson; a Poisson deviance test would.
 * - It needs every calendar month at least twice (24 months or more), leaving n - 13 degrees of freedom.
 * It is a test of evidence, not of size: with thin counts (e.g. a district's homicides) it has little power,
 * so "not seasonal" there means "not shown to be". Effects are additive, in the series' own units.
 */
import { lnGamma } from './poisson';

export interface SeasonalCheck {
	seasonal: boolean;
	/** 12 additive month effects (Jan..Dec, mean 0) from the baseline, null without two full years of baseline. */
	effects: number[] | null;
	reason: string;
	/** The F-test behind the answer, null when it could not be run. */
	test: { f: number; df1: number; df2: number; p: number } | null;
}

export interface MonthPoint {
	/** year * 12 + month - 1. */
	monthIndex: number;
	value: number | null;
}

/** Two of each calendar month: the least that separates a month's effect from its noise. */
export const MIN_SEASONAL_MONTHS = 24;
export const SEASONAL_P = 0.05;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Regularised incomplete beta I_x(a, b) by its continued fraction (Numerical Recipes 6.4). */
function incompleteBeta(x: number, a: number, b: number): number {
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
	// The fraction converges fast only on this side of the mean; use the symmetry I_x(a, b) = 1 - I_{1-x}(b, a).
	return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, a, b)) / a : 1 - (front * betaFraction(1 - x, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
	const tiny = 1e-300;
	let c = 1;
	let d = 1 - ((a + b) * x) / (a + 1);
	d = 1 / (Math.abs(d) < tiny ? tiny : d);
	let h = d;
	for (let m = 1; m < 10_000; m++) {
		const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
		const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
		let delta = 1;
		for (const aa of [even, odd]) {
			d = 1 + aa * d;
			d = 1 / (Math.abs(d) < tiny ? tiny : d);
			c = 1 + aa / c;
			if (Math.abs(c) < tiny) c = tiny;
			delta = c * d;
			h *= delta;
		}
		// Converged when the odd step no longer moves the value.
		if (Math.abs(delta - 1) < 1e-14) return h;
	}
	return h;
}

/** P(F > f) on df1 and df2 degrees of freedom. */
export function fUpperTail(f: number, df1: number, df2: number): number {
	if (!(f > 0)) return 1;
	if (f === Infinity) return 0;
	return incompleteBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
}

const calendarMonth = (monthIndex: number) => ((monthIndex % 12) + 12) % 12;

function formatP(p: number): string {
	return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** baseline: the first and last monthIndex of the baseline, both included. */
export function checkSeasonality(points: readonly MonthPoint[], baseline: readonly [number, number]): SeasonalCheck {
	const [from, to] = baseline;
	const span = to - from + 1;
	const cannot = (why: string): SeasonalCheck => ({ seasonal: false, effects: null, reason: `A month-of-year pattern cannot be checked: ${why}`, test: null });
	if (span < MIN_SEASONAL_MONTHS) return cannot(`the baseline covers ${Math.max(0, span)} months and needs at least ${MIN_SEASONAL_MONTHS} (two of each calendar month).`);
	const used = points.filter((p): p is { monthIndex: number; value: number } => p.monthIndex >= from && p.monthIndex <= to && p.value !== null);
	const n = used.length;
	const count = new Array<number>(12).fill(0);
	for (const p of used) count[calendarMonth(p.monthIndex)]++;
	const short = MONTH_NAMES.filter((_, m) => count[m] < 2);
	if (short.length > 0) return cannot(`every calendar month needs data at least twice in the baseline, and ${short.join(', ')} ${short.length === 1 ? 'has' : 'have'} fewer.`);

	// Time centred on the baseline so the intercepts stay small numbers.
	const centre = (from + to) / 2;
	const t = used.map((p) => p.monthIndex - centre);
	const y = used.map((p) => p.value);
	const month = used.map((p) => calendarMonth(p.monthIndex));
	const tMean = new Array<number>(12).fill(0);
	const yMean = new Array<number>(12).fill(0);
	for (let i = 0; i < n; i++) {
		tMean[month[i]] += t[i] / count[month[i]];
		yMean[month[i]] += y[i] / count[month[i]];
	}
	// Full model: a level per calendar month and one slope, the slope from deviations within each month.
	let sxyWithin = 0;
	let sxxWithin = 0;
	let syyWithin = 0;
	for (let i = 0; i < n; i++) {
		const dt = t[i] - tMean[month[i]];
		const dy = y[i] - yMean[month[i]];
		sxyWithin += dt * dy;
		sxxWithin += dt * dt;
		syyWithin += dy * dy;
	}
	const slope = sxyWithin / sxxWithin;
	const rssFull = Math.max(0, syyWithin - slope * sxyWithin);
	// Reduced model: one straight line.
	const tBar = t.reduce((s, v) => s + v, 0) / n;
	const yBar = y.reduce((s, v) => s + v, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		sxy += (t[i] - tBar) * (y[i] - yBar);
		sxx += (t[i] - tBar) ** 2;
		syy += (y[i] - yBar) ** 2;
	}
	const rssReduced = Math.max(rssFull, syy - (sxy * sxy) / sxx);

	const levels = yMean.map((m, k) => m - slope * tMean[k]);
	const levelMean = levels.reduce((s, v) => s + v, 0) / 12;
	const effects = levels.map((v) => v - levelMean);

	const df1 = 11;
	const df2 = n - 13;
	const between = rssReduced - rssFull;
	// A pattern with no noise at all is certain; no pattern and no noise is none.
	const tolerance = 1e-12 * Math.max(1, syy);
	const f = rssFull <= tolerance ? (between <= tolerance ? 0 : Infinity) : between / df1 / (rssFull / df2);
	const p = fUpperTail(f, df1, df2);
	const seasonal = p < SEASONAL_P;
	const stat = `F = ${Number.isFinite(f) ? f.toFixed(2) : 'infinite'} on ${df1} and ${df2} degrees of freedom, ${formatP(p)}`;
	const reason = seasonal
		? `The baseline shows a month-of-year pattern (${stat}): the rules may fire on season alone, so read them on the deseasonalised series.`
		: `No clear month-of-year pattern in the baseline (${stat}).`;
	return { seasonal, effects, reason, test: { f, df1, df2, p } };
}

/**
 * Each value less the effect of its calendar month (monthIndex % 12, 0 = January). A point covering several
 * months (months: 3 for a quarter starting at monthIndex) loses the sum of their effects. Nulls stay null.
 */
export function deseasonalise(points: readonly (MonthPoint & { months?: number })[], effects: readonly number[]): (number | null)[] {
	if (effects.length !== 12) throw new RangeError(`effects must have 12 months, got ${effects.length}`);
	return points.map((p) => {
		if (p.value === null) return null;
		let effect = 0;
		for (let k = 0; k < (p.months ?? 1); k++) effect += effects[calendarMonth(p.monthIndex + k)];
		return p.value - effect;
	});
}
