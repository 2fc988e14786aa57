/** The standard normal distribution, for two-sided tests and intervals on the log scale. */

/** Two-sided 95% quantile. */
export const Z95 = 1.959963984540054;

/**
 * Complementary error function by W. J. Cody's rational approximations (Math. Comp. 1969), as Numerical
 * Recipes' erfc: relative error below 1.2e-7 everywhere, enough for p-values printed to 3 figures.
 */
function erfc(x: number): number {
	const z = Math.abs(x);
	const t = 1 / (1 + 0.5 * z);
	const r =
		t *
		Math.exp(
			-z * z -
				1.26551223 +
				t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
		);
	return x >= 0 ? r : 2 - r;
}

/** P(Z <= z). */
export function normalCdf(z: number): number {
	return 0.5 * erfc(-z / Math.SQRT2);
}

/** Two-sided p-value of a z statistic. */
export function twoSidedP(z: number): number {
	return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}
