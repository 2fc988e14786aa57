/**
 * Counts of rare events for the Duty view: an exact interval for one count, the change in rate against a
 * baseline, and how many years of data a change needs before it could be seen at all.
 * Incidents cluster, so nothing here assumes plain Poisson without saying: rateChange scales its variance by
 * the baseline's overdispersion and reports which it assumed; poissonExactInterval is Poisson by definition.
 */

/** Lanczos coefficients (g = 7, n = 9): ln Gamma to about 15 significant figures for x > 0. */
const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
	9.9843695780195716e-6, 1.5056327351493116e-7
];

/** ln Gamma(x) for x > 0. */
export function lnGamma(x: number): number {
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
	const z = x - 1;
	let a = LANCZOS[0];
	for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (z + i);
	const t = z + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-14;
const MAX_TERMS = 10_000;

/** Regularised lower incomplete gamma P(a, x): the series below a + 1, Lentz's continued fraction above (Numerical Recipes 6.2). */
export function regularisedGammaP(a: number, x: number): number {
	if (!(a > 0)) throw new RangeError(`shape must be positive, got ${a}`);
	if (x <= 0) return 0;
	const front = Math.exp(-x + a * Math.log(x) - lnGamma(a));
	if (x < a + 1) {
		let term = 1 / a;
		let sum = term;
		for (let n = 1; n < MAX_TERMS && Math.abs(term) > Math.abs(sum) * EPS; n++) {
			term *= x / (a + n);
			sum += term;
		}
		return Math.min(1, sum * front);
	}
	const tiny = 1e-300;
	let b = x + 1 - a;
	let c = 1 / tiny;
	let d = 1 / b;
	let h = d;
	for (let i = 1; i < MAX_TERMS; i++) {
		const an = -i * (i - a);
		b += 2;
		d = an * d + b;
		if (Math.abs(d) < tiny) d = tiny;
		c = b + an / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const delta = d * c;
		h *= delta;
		if (Math.abs(delta - 1) < EPS) break;
	}
	return Math.max(0, 1 - front * h);
}

/** x with P(a, x) = p, by bisection: P is monotone in x, so this cannot fail to converge. */
export function gammaQuantile(p: number, a: number): number {
	if (!(p > 0 && p < 1)) throw new RangeError(`probability must be in (0, 1), got ${p}`);
	let lo = 0;
	let hi = Math.max(1, a);
	while (regularisedGammaP(a, hi) < p) {
		lo = hi;
		hi *= 2;
	}
	for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
		const mid = (lo + hi) / 2;
		if (regularisedGammaP(a, mid) < p) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

function checkLevel(level: number): void {
	if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
}

/** Garwood's exact interval for a Poisson mean: chi2inv(alpha/2, 2k)/2 to chi2inv(1 - alpha/2, 2k + 2)/2, lower 0 for k = 0. */
export function poissonExactInterval(count: number, level = 0.95): [number, number] {
	if (!(Number.isInteger(count) && count >= 0)) throw new RangeError(`count must be a whole number of at least 0, got ${count}`);
	checkLevel(level);
	const alpha = 1 - level;
	// chi2inv(p, 2k) / 2 is the Gamma(k, 1) quantile.
	return [count === 0 ? 0 : gammaQuantile(alpha / 2, count), gammaQuantile(1 - alpha / 2, count + 1)];
}

/** Acklam's rational approximation (relative error below 1.2e-9): z with P(Z <= z) = p. */
export function normalQuantile(p: number): number {
	if (!(p > 0 && p < 1)) throw new RangeError(`probability must be in (0, 1), got ${p}`);
	const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
	const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
	const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
	const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
	const tail = 0.02425;
	if (p < tail || p > 1 - tail) {
		const q = Math.sqrt(-2 * Math.log(p < tail ? p : 1 - p));
		const z = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
		return p < tail ? z : -z;
	}
	const q = p - 0.5;
	const r = q * q;
	return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/**
 * Variance over mean of the per-period counts (sample variance, n - 1), nulls left out: 1 for Poisson, above 1
 * when incidents cluster. The same as dispersion.ts's Pearson phi around a flat mean, before its floor at 1.
 * NaN when it cannot be estimated (fewer than 2 periods, or a mean of 0).
 */
export function dispersionOf(counts: readonly (number | null)[]): number {
	const xs = counts.filter((c): c is number => c !== null);
	const n = xs.length;
	if (n < 2) return NaN;
	const mean = xs.reduce((s, x) => s + x, 0) / n;
	if (!(mean > 0)) return NaN;
	return xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1) / mean;
}

export interface PeriodCount {
	count: number;
	/** Periods (e.g. months) the count covers. */
	periods: number;
}

export type RateAssumption = 'poisson' | 'overdispersed';

/** ratio null with reason 'zero_count' when either count is 0: log-scale intervals need both counts, and a guess is worse than none. */
export type RateChange =
	| { ratio: number; lower: number; upper: number; percent: number; dispersion: number; assumed: RateAssumption; reason: null }
	| { ratio: null; lower: null; upper: null; percent: null; dispersion: number; assumed: RateAssumption; reason: 'zero_count' };

/**
 * Rate ratio current / baseline (per period) with an interval on the log scale:
 * var(log RR) = phi * (1/current.count + 1/baseline.count), phi = max(1, baseline.dispersion); a missing or
 * NaN dispersion gives phi = 1 and assumed 'poisson'. `dispersion` in the answer is the phi used.
 */
export function rateChange(current: PeriodCount, baseline: PeriodCount & { dispersion?: number }, level = 0.95): RateChange {
	for (const [name, p] of [['current', current], ['baseline', baseline]] as const) {
		if (!(Number.isFinite(p.count) && p.count >= 0)) throw new RangeError(`${name} count must be a number of at least 0, got ${p.count}`);
		if (!(p.periods > 0 && Number.isFinite(p.periods))) throw new RangeError(`${name} periods must be positive, got ${p.periods}`);
	}
	checkLevel(level);
	const given = baseline.dispersion;
	const phi = given !== undefined && Number.isFinite(given) ? Math.max(1, given) : 1;
	const assumed: RateAssumption = phi > 1 ? 'overdispersed' : 'poisson';
	if (current.count === 0 || baseline.count === 0) {
		return { ratio: null, lower: null, upper: null, percent: null, dispersion: phi, assumed, reason: 'zero_count' };
	}
	const logRatio = Math.log(current.count / current.periods) - Math.log(baseline.count / baseline.periods);
	const half = normalQuantile(1 - (1 - level) / 2) * Math.sqrt(phi * (1 / current.count + 1 / baseline.count));
	const ratio = Math.exp(logRatio);
	return { ratio, lower: Math.exp(logRatio - half), upper: Math.exp(logRatio + half), percent: (ratio - 1) * 100, dispersion: phi, assumed, reason: null };
}

export interface DetectOptions {
	/** Events a year before the change. */
	perYear: number;
	/** Fractional fall to detect (default 0.2, a 20% fall). */
	reduction?: number;
	/** Two-sided significance level (default 0.05). */
	alpha?: number;
	/** Chance of detecting the fall if it is real (default 0.8). */
	power?: number;
	/** Variance scale for clustered counts (default 1, plain Poisson): years scale with it. */
	dispersion?: number;
}

/**
 * Years of data in each of two equal periods (before and after) to detect the fall, by the log rate-ratio
 * normal approximation: T = phi (z_{1-alpha/2} + z_power)^2 (1/perYear + 1/(perYear (1 - reduction))) / ln(1 - reduction)^2.
 * Infinity for perYear 0: nothing can be seen in no events.
 */
export function yearsToDetect(options: DetectOptions): number {
	const { perYear, reduction = 0.2, alpha = 0.05, power = 0.8, dispersion = 1 } = options;
	if (!(perYear >= 0 && Number.isFinite(perYear))) throw new RangeError(`perYear must be a number of at least 0, got ${perYear}`);
	if (!(reduction > 0 && reduction < 1)) throw new RangeError(`reduction must be in (0, 1), got ${reduction}`);
	if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
	if (!(power > 0 && power < 1)) throw new RangeError(`power must be in (0, 1), got ${power}`);
	if (perYear === 0) return Infinity;
	const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
	const phi = Number.isFinite(dispersion) ? Math.max(1, dispersion) : 1;
	return (phi * z * z * (1 / perYear + 1 / (perYear * (1 - reduction)))) / Math.log(1 - reduction) ** 2;
}
