/**
 * Probability limits for a c-chart. With a small mean the Poisson distribution is skewed, so mean +/- 3 sqrt(mean)
 * flags a single homicide in a district as special cause and puts most months "below the mean". Instead the limits
 * sit where the Poisson tails hold the same probability as 3 (and 2) sigma of a normal distribution, between whole
 * counts, and runs are counted about the distribution's median, so either side is at most as likely as a coin toss.
 */

/** One-sided tail beyond 3 sigma of a normal distribution, and beyond 2 sigma. */
export const TAIL_3_SIGMA = 0.00134990;
export const TAIL_2_SIGMA = 0.02275013;

/** P(X <= k) for X ~ Poisson(mean), by summing terms (means here are below the c-chart's threshold of 10). */
export function poissonCdf(k: number, mean: number): number {
	if (k < 0) return 0;
	let term = Math.exp(-mean);
	let sum = term;
	for (let x = 1; x <= k; x++) {
		term *= mean / x;
		sum += term;
	}
	return Math.min(1, sum);
}

/** The smallest count u with P(X >= u) <= tail: counts at or above it are beyond the upper limit. */
export function upperCount(mean: number, tail: number): number {
	let u = 0;
	while (1 - poissonCdf(u - 1, mean) > tail) u++;
	return u;
}

/** The largest count l with P(X <= l) <= tail, or -1 when even 0 is more likely than that (no lower signal possible). */
export function lowerCount(mean: number, tail: number): number {
	let l = -1;
	while (poissonCdf(l + 1, mean) <= tail) l++;
	return l;
}

/** The median: the smallest m with P(X <= m) >= 0.5. */
export function poissonMedian(mean: number): number {
	let m = 0;
	while (poissonCdf(m, mean) < 0.5) m++;
	return m;
}
