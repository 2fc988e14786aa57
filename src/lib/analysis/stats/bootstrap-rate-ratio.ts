/**
 * Rate ratio of two groups of areas (IMD decile 1 against decile 10) with a bootstrap interval that survives
 * clustering: the areas of each group are resampled with replacement, each group on its own (stratified),
 * and the ratio of summed counts over summed residents is recomputed; the interval is the 2.5th and 97.5th
 * percentiles of the resampled ratios (Efron & Tibshirani 1993, ch. 13). Incidents cluster within LSOAs, so
 * an interval that treats every incident as independent (Poisson) is too narrow; resampling whole LSOAs
 * carries their extra variation. Seeded, so the same counts always give the same interval.
 */
import { Random } from './random';

export const BOOTSTRAP_RESAMPLES = 2000;
export const BOOTSTRAP_SEED = 20240101;

export interface AreaGroup {
	counts: readonly number[];
	populations: readonly number[];
}

export interface BootstrapRatio {
	ratio: number;
	lower: number;
	upper: number;
	resamples: number;
	/** Areas resampled in each group. */
	areas: [number, number];
}

export type BootstrapRatioResult = { ok: true; value: BootstrapRatio } | { ok: false; reason: 'no-population' | 'zero-count' };

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** The value at quantile q of sorted values, linear between order statistics (R's type 7). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
	const h = (sorted.length - 1) * q;
	const lo = Math.floor(h);
	const hi = Math.min(sorted.length - 1, lo + 1);
	// Equal neighbours (infinite ones included) need no interpolation, which would give NaN for Infinity.
	if (sorted[hi] === sorted[lo]) return sorted[lo];
	return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Rate of group a over rate of group b, 95% percentile interval from `resamples` stratified resamples. */
export function bootstrapRateRatio(a: AreaGroup, b: AreaGroup, options: { resamples?: number; seed?: number } = {}): BootstrapRatioResult {
	const resamples = options.resamples ?? BOOTSTRAP_RESAMPLES;
	const [ca, pa, cb, pb] = [sum(a.counts), sum(a.populations), sum(b.counts), sum(b.populations)];
	if (!(pa > 0) || !(pb > 0)) return { ok: false, reason: 'no-population' };
	if (!(ca > 0) || !(cb > 0)) return { ok: false, reason: 'zero-count' };
	const random = new Random(options.seed ?? BOOTSTRAP_SEED);
	const ratios = new Float64Array(resamples);
	const [countsA, popsA, countsB, popsB] = [a.counts, a.populations, b.counts, b.populations].map((xs) => Float64Array.from(xs));
	const draw = (counts: Float64Array, populations: Float64Array): number => {
		const n = counts.length;
		let count = 0;
		let population = 0;
		for (let k = 0; k < n; k++) {
			const i = Math.floor(random.next() * n);
			count += counts[i];
			population += populations[i];
		}
		return count / population;
	};
	// A resample of group b with no incidents gives an infinite ratio: it sorts to the top, as it should.
	for (let r = 0; r < resamples; r++) ratios[r] = draw(countsA, popsA) / draw(countsB, popsB);
	ratios.sort();
	return {
		ok: true,
		value: { ratio: ca / pa / (cb / pb), lower: quantileSorted(ratios, 0.025), upper: quantileSorted(ratios, 0.975), resamples, areas: [a.counts.length, b.counts.length] }
	};
}
