/**
 * Which hexagons rose significantly in the months just added, when there are too few time steps for the
 * emerging hot spot classes: per cell, the added months' count against the earlier months', by the exact
 * conditional test for two Poisson counts (given the total, the added count is binomial with the added
 * months' share of the time), one-sided for a rise, Benjamini-Hochberg across the cells tested. It assumes
 * independent incidents, so it is a screen for where to look, and the digest says so.
 */
import { benjaminiHochberg } from '../stats/fdr';

/** log n! by summing logs, cached: cell counts are small, so this stays exact where Stirling would not. */
const logFactorials: number[] = [0];
function logFactorial(n: number): number {
	for (let k = logFactorials.length; k <= n; k++) logFactorials[k] = logFactorials[k - 1] + Math.log(k);
	return logFactorials[n];
}

/** P(X >= k) for X ~ Binomial(n, p). */
export function binomialUpperTail(k: number, n: number, p: number): number {
	if (k <= 0) return 1;
	if (k > n) return 0;
	if (p <= 0) return 0;
	if (p >= 1) return 1;
	const [lp, lq] = [Math.log(p), Math.log1p(-p)];
	let sum = 0;
	for (let x = k; x <= n; x++) sum += Math.exp(logFactorial(n) - logFactorial(x) - logFactorial(n - x) + x * lp + (n - x) * lq);
	return Math.min(1, sum);
}

export interface CountIncrease {
	cell: number;
	added: number;
	earlier: number;
	/** Expected count in the added months at the earlier months' rate. */
	expected: number;
	p: number;
	q: number;
}

/**
 * Cells whose count in `addedMonths` months is significantly above their rate over `earlierMonths` months
 * (q < `fdr`), largest rise first. Cells with no incidents in either period are not tested.
 */
export function countIncreases(added: ArrayLike<number>, earlier: ArrayLike<number>, addedMonths: number, earlierMonths: number, fdr = 0.05): CountIncrease[] {
	const share = addedMonths / (addedMonths + earlierMonths);
	const p = Array.from({ length: added.length }, (_, i) => (added[i] + earlier[i] > 0 ? binomialUpperTail(added[i], added[i] + earlier[i], share) : NaN));
	const q = benjaminiHochberg(p);
	const out: CountIncrease[] = [];
	for (let i = 0; i < added.length; i++) {
		if (!(q[i] < fdr)) continue;
		out.push({ cell: i, added: added[i], earlier: earlier[i], expected: (earlier[i] * addedMonths) / earlierMonths, p: p[i], q: q[i] });
	}
	return out.sort((a, b) => b.added - b.expected - (a.added - a.expected));
}
