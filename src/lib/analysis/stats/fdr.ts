/**
 * Benjamini-Hochberg adjusted p-values (q-values): q_(i) = min over j >= i of p_(j) * m / j, capped at 1,
 * as R's p.adjust(method = "BH") computes them. NaN p-values (units not tested) are left out of m and stay NaN.
 */
export function benjaminiHochberg(p: readonly number[]): number[] {
	const tested = p.map((v, i) => [v, i] as const).filter(([v]) => Number.isFinite(v));
	tested.sort((a, b) => a[0] - b[0]);
	const m = tested.length;
	const q = p.map(() => NaN);
	let running = 1;
	for (let k = m - 1; k >= 0; k--) {
		const [value, index] = tested[k];
		running = Math.min(running, (value * m) / (k + 1));
		q[index] = running;
	}
	return q;
}
