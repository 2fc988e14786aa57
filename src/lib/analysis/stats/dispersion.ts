/**
 * Overdispersion of an area's monthly counts: the Pearson statistic around a fitted mean over its degrees of
 * freedom, phi = sum (y - mu)^2 / mu / (n - p), floored at 1 (McCullagh & Nelder's quasi-Poisson scale).
 * Incidents cluster in time and place, so monthly counts vary more than a Poisson count would (phi > 1);
 * variances of log counts are then scaled by phi. The mean is a straight line over the months when there are
 * at least MIN_MONTHS_FOR_TREND of them (so a steady rise is not read as noise), otherwise flat.
 */

export const MIN_MONTHS_FOR_TREND = 6;
/** Fewer months than this leave too few degrees of freedom to estimate phi: it is taken as 1 and said so. */
export const MIN_MONTHS_FOR_DISPERSION = 3;

export interface Dispersion {
	/** The variance scale, at least 1. */
	phi: number;
	/** The Pearson statistic and its degrees of freedom (0 when not estimated). */
	pearson: number;
	df: number;
	mean: 'flat' | 'linear' | 'none';
}

/** Pearson statistic and df of one series (months without data left out by the caller). */
export function pearsonOf(counts: readonly number[]): { pearson: number; df: number; mean: Dispersion['mean'] } {
	const n = counts.length;
	if (n < MIN_MONTHS_FOR_DISPERSION) return { pearson: 0, df: 0, mean: 'none' };
	const linear = n >= MIN_MONTHS_FOR_TREND;
	const xbar = (n - 1) / 2;
	const ybar = counts.reduce((s, y) => s + y, 0) / n;
	let sxy = 0;
	let sxx = 0;
	for (let i = 0; i < n; i++) {
		sxy += (i - xbar) * (counts[i] - ybar);
		sxx += (i - xbar) ** 2;
	}
	const slope = linear ? sxy / sxx : 0;
	let pearson = 0;
	for (let i = 0; i < n; i++) {
		// A fitted mean at or below zero carries no Poisson variance to scale against; such months add nothing.
		const mu = ybar + slope * (i - xbar);
		if (mu > 0) pearson += (counts[i] - mu) ** 2 / mu;
	}
	return { pearson, df: n - (linear ? 2 : 1), mean: linear ? 'linear' : 'flat' };
}

/** phi from one or more series of the same unit (e.g. a catchment and the rest of its district), pooled. */
export function dispersion(...series: (readonly number[])[]): Dispersion {
	let pearson = 0;
	let df = 0;
	let mean: Dispersion['mean'] = 'none';
	for (const s of series) {
		const one = pearsonOf(s);
		pearson += one.pearson;
		df += one.df;
		if (one.mean !== 'none') mean = one.mean;
	}
	return { phi: df > 0 ? Math.max(1, pearson / df) : 1, pearson, df, mean };
}
