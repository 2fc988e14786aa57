/**
 * Gi* on 40,000 hexagons (DESIGN.md section 7: at most 10 ms): the app's pass over prebuilt neighbour lists
 * against a naive per-cell gridDisk loop, in the same run. Returns figures; gi-star.ts prints them.
 */
import { gridDisk, latLngToCell } from 'h3-js';
import { buildAdjacency, giStar } from '../../src/lib/analysis/stats/gi-star';
import { Random } from '../../src/lib/analysis/stats/random';
import { median, timeMs } from './timing';

/** 3 * 115 * 116 + 1 = 40,021 cells. */
const RINGS = 115;

/** Gi* z-scores the textbook way: gridDisk per cell, a Map lookup per neighbour. */
export function naiveGiStar(cells: readonly string[], values: readonly number[]): Float64Array {
	const index = new Map(cells.map((c, i) => [c, i]));
	const n = values.length;
	const xbar = values.reduce((a, b) => a + b, 0) / n;
	const s = Math.sqrt(values.reduce((a, b) => a + b * b, 0) / n - xbar * xbar);
	return Float64Array.from(cells, (c) => {
		let local = 0;
		let w = 0;
		for (const d of gridDisk(c, 1)) {
			const j = index.get(d);
			if (j === undefined) continue;
			local += values[j];
			w++;
		}
		return (local - xbar * w) / (s * Math.sqrt((n * w - w * w) / (n - 1)));
	});
}

export interface GiStarFigures {
	cells: number;
	oursMs: number;
	naiveMs: number;
	buildMs: number;
	/** Largest |z| difference between the two: they must agree. */
	maxDiff: number;
}

export function runGiStarBench(runs = 15): GiStarFigures {
	const cells = gridDisk(latLngToCell(51.27, 0.52, 9), RINGS);
	const random = new Random(20240101);
	const x = cells.map(() => (random.next() < 0.7 ? 0 : Math.floor(random.next() * 20)));
	const t0 = performance.now();
	const adjacency = buildAdjacency(cells, 1);
	const buildMs = performance.now() - t0;
	const check = giStar(x, adjacency);
	const ref = naiveGiStar(cells, x);
	const maxDiff = check.reduce((m, v, i) => Math.max(m, Math.abs(v - ref[i])), 0);
	const oursMs = median(Array.from({ length: runs }, () => timeMs(() => giStar(x, adjacency))));
	const naiveMs = median(Array.from({ length: 5 }, () => timeMs(() => naiveGiStar(cells, x))));
	return { cells: cells.length, oursMs, naiveMs, buildMs, maxDiff };
}
