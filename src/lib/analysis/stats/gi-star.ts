/**
 * Getis-Ord Gi* on a hexagon grid (DESIGN.md section 4): binary weights over gridDisk(cell, k), the cell
 * itself included, restricted to the study-area cells; xbar and S over all n study-area cells (zeros included),
 * S = sqrt(sum x^2 / n - xbar^2);
 *   z_i = (sum_j w_ij x_j - xbar W_i) / (S sqrt((n sum_j w_ij^2 - W_i^2) / (n - 1)))
 * (Getis and Ord 1995; what spdep::localG computes with a binary "include.self" list). Two-sided p from the
 * normal distribution, Benjamini-Hochberg q across all cells, classes at q < 0.01 / 0.05 / 0.10.
 */
import { gridDisk } from 'h3-js';
import { benjaminiHochberg } from './fdr';
import { twoSidedP } from './normal';

/** Each cell's neighbours within k steps that are in the set, itself included, in compressed rows. */
export interface Adjacency {
	k: number;
	/** neighbours[offsets[i] .. offsets[i + 1]) are the indices of cell i's neighbours. */
	offsets: Uint32Array;
	neighbours: Uint32Array;
}

/** Built once per cell set and k (gridDisk is the slow part); every filter change then reuses it. */
export function buildAdjacency(cells: readonly string[], k: number): Adjacency {
	if (!Number.isInteger(k) || k < 1 || k > 3) throw new RangeError(`k must be 1, 2 or 3, got ${k}`);
	const index = new Map(cells.map((c, i) => [c, i]));
	const offsets = new Uint32Array(cells.length + 1);
	const list: number[] = [];
	for (let i = 0; i < cells.length; i++) {
		for (const n of gridDisk(cells[i], k)) {
			const j = index.get(n);
			if (j !== undefined) list.push(j);
		}
		offsets[i + 1] = list.length;
	}
	return { k, offsets, neighbours: Uint32Array.from(list) };
}

/** Gi* z-scores of x over the cells of `adjacency` (x in the same order). NaN when every cell has the same value. */
export function giStar(x: ArrayLike<number>, adjacency: Adjacency): Float64Array {
	const n = x.length;
	if (adjacency.offsets.length !== n + 1) throw new Error(`giStar: ${n} values for ${adjacency.offsets.length - 1} cells`);
	let sum = 0;
	let sumSq = 0;
	for (let i = 0; i < n; i++) {
		sum += x[i];
		sumSq += x[i] * x[i];
	}
	const xbar = sum / n;
	const s = Math.sqrt(Math.max(0, sumSq / n - xbar * xbar));
	const z = new Float64Array(n);
	const { offsets, neighbours } = adjacency;
	for (let i = 0; i < n; i++) {
		let local = 0;
		const from = offsets[i];
		const to = offsets[i + 1];
		for (let k = from; k < to; k++) local += x[neighbours[k]];
		// Binary weights: W_i = sum w_ij = sum w_ij^2 = the neighbour count.
		const w = to - from;
		const denominator = s * Math.sqrt((n * w - w * w) / (n - 1));
		z[i] = denominator > 0 ? (local - xbar * w) / denominator : NaN;
	}
	return z;
}

/** Hot (positive) or cold (negative) at 99%, 95% and 90% confidence after false-discovery control; 0 = not significant. */
export type GiClass = -3 | -2 | -1 | 0 | 1 | 2 | 3;

export const GI_CLASS_LABELS: Readonly<Record<GiClass, string>> = {
	3: 'Hot spot, 99% (q < 0.01)',
	2: 'Hot spot, 95% (q < 0.05)',
	1: 'Hot spot, 90% (q < 0.10)',
	0: 'Not significant',
	[-1]: 'Cold spot, 90% (q < 0.10)',
	[-2]: 'Cold spot, 95% (q < 0.05)',
	[-3]: 'Cold spot, 99% (q < 0.01)'
} as Record<GiClass, string>;

export function giClass(z: number, q: number): GiClass {
	if (!(q < 0.1) || !Number.isFinite(z) || z === 0) return 0;
	const level = q < 0.01 ? 3 : q < 0.05 ? 2 : 1;
	return (z > 0 ? level : -level) as GiClass;
}

export interface GiStarResult {
	z: Float64Array;
	p: Float64Array;
	q: Float64Array;
	classes: Int8Array;
}

/** z, p, q and class for every cell. */
export function hotspotTest(x: ArrayLike<number>, adjacency: Adjacency): GiStarResult {
	const z = giStar(x, adjacency);
	const p = Float64Array.from(z, (v) => (Number.isFinite(v) ? twoSidedP(v) : NaN));
	const q = Float64Array.from(benjaminiHochberg(Array.from(p)));
	const classes = Int8Array.from(z, (v, i) => giClass(v, q[i]));
	return { z, p, q, classes };
}
