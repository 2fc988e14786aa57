/**
 * The Mann-Kendall trend test with the tie correction (Kendall 1975; Hirsch, Slack & Smith 1982):
 *   S = sum over i < j of sign(x_j - x_i)
 *   var(S) = [n(n - 1)(2n + 5) - sum over tie groups of t(t - 1)(2t + 5)] / 18
 *   Z = (S - 1) / sqrt(var) for S > 0, (S + 1) / sqrt(var) for S < 0, 0 otherwise; two-sided normal p.
 */
import { twoSidedP } from './normal';

export interface MannKendall {
	s: number;
	variance: number;
	z: number;
	p: number;
}

export function mannKendall(x: ArrayLike<number>): MannKendall {
	const n = x.length;
	let s = 0;
	for (let i = 0; i < n - 1; i++) for (let j = i + 1; j < n; j++) s += Math.sign(x[j] - x[i]);
	const ties = new Map<number, number>();
	for (let i = 0; i < n; i++) ties.set(x[i], (ties.get(x[i]) ?? 0) + 1);
	let tieTerm = 0;
	for (const t of ties.values()) if (t > 1) tieTerm += t * (t - 1) * (2 * t + 5);
	const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
	const z = variance > 0 ? (s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0) : 0;
	return { s, variance, z, p: variance > 0 ? twoSidedP(z) : 1 };
}
