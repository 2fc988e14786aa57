/**
 * Ratio of two Poisson rates with a confidence interval from the normal approximation on the log scale:
 * log(RR) +- z * sqrt(1/a + 1/b), a and b the two incident counts (Rothman & Greenland, Modern Epidemiology;
 * the Cochrane Handbook's formula). Residents stand in for person-time: the same period applies to both groups.
 */

export type ConfidenceLevel = 0.9 | 0.95 | 0.99;

/** Two-sided standard normal quantiles, so no inverse-normal routine is needed. */
const Z: Record<ConfidenceLevel, number> = { 0.9: 1.6448536269514722, 0.95: 1.959963984540054, 0.99: 2.5758293035489004 };

export interface RateRatio {
	ratio: number;
	lower: number;
	upper: number;
	/** Standard error of log(ratio). */
	se: number;
	level: ConfidenceLevel;
	method: 'log-normal';
}

export type RateRatioResult = { ok: true; value: RateRatio } | { ok: false; reason: 'no-population' | 'zero-count' };

/** Rate a / pa over rate b / pb. A zero count leaves log(RR) undefined, so it is reported, not guessed. */
export function rateRatio(a: number, pa: number, b: number, pb: number, level: ConfidenceLevel = 0.95): RateRatioResult {
	if (!(pa > 0) || !(pb > 0)) return { ok: false, reason: 'no-population' };
	if (!(a > 0) || !(b > 0)) return { ok: false, reason: 'zero-count' };
	const ratio = a / pa / (b / pb);
	const se = Math.sqrt(1 / a + 1 / b);
	const z = Z[level];
	return { ok: true, value: { ratio, lower: ratio * Math.exp(-z * se), upper: ratio * Math.exp(z * se), se, level, method: 'log-normal' } };
}
