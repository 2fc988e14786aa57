/**
 * A ratio of counts (or of ratios of counts) with a 95% interval and a test, on the log scale:
 * log r = sum of +-log(count), var(log r) = phi * sum of 1/count (the delta method for Poisson counts, scaled
 * by the overdispersion phi). For a change, r = current / previous; for difference in differences,
 * r = (site after / site before) / (rest after / rest before). Equal-length periods are the caller's duty.
 */
import { twoSidedP, Z95 } from './normal';

export interface CountRatio {
	ratio: number;
	lower: number;
	upper: number;
	/** Two-sided p-value against no change (ratio 1). */
	p: number;
	phi: number;
}

export type CountRatioResult = { ok: true; value: CountRatio } | { ok: false; reason: 'zero-count' };

/** numerators / denominators: the counts multiplied and divided. A zero anywhere is "not estimable", never a guess. */
export function countRatio(numerators: readonly number[], denominators: readonly number[], phi = 1): CountRatioResult {
	const all = [...numerators, ...denominators];
	if (all.some((c) => !(c > 0))) return { ok: false, reason: 'zero-count' };
	const logRatio = numerators.reduce((s, c) => s + Math.log(c), 0) - denominators.reduce((s, c) => s + Math.log(c), 0);
	const se = Math.sqrt(Math.max(1, phi) * all.reduce((s, c) => s + 1 / c, 0));
	return {
		ok: true,
		value: { ratio: Math.exp(logRatio), lower: Math.exp(logRatio - Z95 * se), upper: Math.exp(logRatio + Z95 * se), p: twoSidedP(logRatio / se), phi: Math.max(1, phi) }
	};
}

/** Whether the interval leaves out 1: only then is a change coloured or worded as a rise or fall. */
export function isClearChange(r: CountRatio): boolean {
	return r.lower > 1 || r.upper < 1;
}
