/**
 * Emerging hot spot analysis, as ArcGIS Pro's Emerging Hot Spot Analysis defines it: Gi* for every cell and
 * time step over a space-time neighbourhood (the spatial neighbours within k rings, in the same step and in one
 * step either side), each bin significant at q < 0.05 (Benjamini-Hochberg over all bins), a Mann-Kendall test
 * on each cell's series of z-scores, and the pattern classes below. At least 10 time steps are needed.
 */
import type { Adjacency } from './gi-star';
import { benjaminiHochberg } from './fdr';
import { mannKendall } from './mann-kendall';
import { twoSidedP } from './normal';

export const MIN_STEPS = 10;
/** "90 percent of the time-step intervals" in the class rules. */
const MOST = 0.9;

export const EMERGING_CLASSES = [
	'new',
	'consecutive',
	'intensifying',
	'persistent',
	'diminishing',
	'sporadic',
	'oscillating',
	'historical'
] as const;
export type EmergingKind = (typeof EMERGING_CLASSES)[number];
export type EmergingClass = { kind: EmergingKind; hot: boolean } | null;

/**
 * Space-time Gi* z-scores: `counts[t * cells + i]`; the neighbourhood of (i, t) is every j in i's spatial
 * neighbours (self included) at steps t - timeSteps .. t + timeSteps; xbar and S over every bin.
 */
export function spaceTimeGiStar(counts: ArrayLike<number>, cells: number, steps: number, adjacency: Adjacency, timeSteps = 1): Float64Array {
	const n = cells * steps;
	let sum = 0;
	let sumSq = 0;
	for (let b = 0; b < n; b++) {
		sum += counts[b];
		sumSq += counts[b] * counts[b];
	}
	const xbar = sum / n;
	const s = Math.sqrt(Math.max(0, sumSq / n - xbar * xbar));
	const z = new Float64Array(n);
	const { offsets, neighbours } = adjacency;
	for (let t = 0; t < steps; t++) {
		const t0 = Math.max(0, t - timeSteps);
		const t1 = Math.min(steps - 1, t + timeSteps);
		for (let i = 0; i < cells; i++) {
			let local = 0;
			for (let u = t0; u <= t1; u++) {
				const base = u * cells;
				for (let k = offsets[i]; k < offsets[i + 1]; k++) local += counts[base + neighbours[k]];
			}
			const w = (offsets[i + 1] - offsets[i]) * (t1 - t0 + 1);
			const denominator = s * Math.sqrt((n * w - w * w) / (n - 1));
			z[t * cells + i] = denominator > 0 ? (local - xbar * w) / denominator : NaN;
		}
	}
	return z;
}

/** A cell's class from its per-step significance (+1 hot, -1 cold, 0 neither) and the Mann-Kendall trend of its z-scores. */
export function emergingClass(sig: readonly number[], trend: { z: number; p: number }): EmergingClass {
	for (const hot of [true, false]) {
		const mark = hot ? 1 : -1;
		const n = sig.length;
		const last = sig[n - 1] === mark;
		const count = sig.filter((v) => v === mark).length;
		const opposite = sig.some((v) => v === -mark);
		if (count === 0) continue;
		const most = count >= MOST * n;
		const rising = trend.p < 0.05 && (hot ? trend.z > 0 : trend.z < 0);
		const falling = trend.p < 0.05 && (hot ? trend.z < 0 : trend.z > 0);
		if (most && last && rising) return { kind: 'intensifying', hot };
		if (most && last && falling) return { kind: 'diminishing', hot };
		if (most && last) return { kind: 'persistent', hot };
		if (most && !last) return { kind: 'historical', hot };
		if (!last) continue;
		if (count === 1) return { kind: 'new', hot };
		// The final run of significant steps, and whether any came before it.
		let run = 0;
		while (run < n && sig[n - 1 - run] === mark) run++;
		if (run === count && run >= 2) return { kind: 'consecutive', hot };
		if (opposite) return { kind: 'oscillating', hot };
		return { kind: 'sporadic', hot };
	}
	return null;
}

export interface EmergingResult {
	/** Per cell: index into EMERGING_CLASSES, with hot cells 0-7 and cold 8-15; -1 no pattern. */
	classes: Int8Array;
	trendZ: Float64Array;
	trendP: Float64Array;
	/** Hot and cold cells by class, EMERGING_CLASSES order. */
	hot: number[];
	cold: number[];
}

/** Classes for every cell from the space-time cube of counts. */
export function emergingHotspots(counts: ArrayLike<number>, cells: number, steps: number, adjacency: Adjacency, timeSteps = 1): EmergingResult {
	if (steps < MIN_STEPS) throw new RangeError(`Emerging hot spots need at least ${MIN_STEPS} time steps, not ${steps}`);
	const z = spaceTimeGiStar(counts, cells, steps, adjacency, timeSteps);
	const q = benjaminiHochberg(Array.from(z, (v) => (Number.isFinite(v) ? twoSidedP(v) : NaN)));
	const classes = new Int8Array(cells).fill(-1);
	const trendZ = new Float64Array(cells);
	const trendP = new Float64Array(cells);
	const hot = EMERGING_CLASSES.map(() => 0);
	const cold = EMERGING_CLASSES.map(() => 0);
	const series = new Float64Array(steps);
	const sig: number[] = new Array(steps);
	for (let i = 0; i < cells; i++) {
		for (let t = 0; t < steps; t++) {
			const b = t * cells + i;
			series[t] = Number.isFinite(z[b]) ? z[b] : 0;
			sig[t] = q[b] < 0.05 ? (z[b] > 0 ? 1 : -1) : 0;
		}
		const trend = mannKendall(series);
		trendZ[i] = trend.z;
		trendP[i] = trend.p;
		const c = emergingClass(sig, trend);
		if (!c) continue;
		const k = EMERGING_CLASSES.indexOf(c.kind);
		classes[i] = c.hot ? k : k + EMERGING_CLASSES.length;
		(c.hot ? hot : cold)[k]++;
	}
	return { classes, trendZ, trendP, hot, cold };
}
