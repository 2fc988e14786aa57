/**
 * Gi* on 40,000 hexagons (DESIGN.md section 7: at most 10 ms): the app's pass over prebuilt neighbour lists
 * against a naive per-cell gridDisk loop, in the same run; the one-off cost of building the lists is printed too.
 */
import { gridDisk, latLngToCell } from 'h3-js';
import { buildAdjacency, giStar } from '../../src/lib/analysis/stats/gi-star';
import { Random } from '../../src/lib/analysis/stats/random';

const RINGS = 115; // 3 * 115 * 116 + 1 = 40,021 cells
const RUNS = 15;
const cells = gridDisk(latLngToCell(51.27, 0.52, 9), RINGS);
const random = new Random(20240101);
const x = cells.map(() => (random.next() < 0.7 ? 0 : Math.floor(random.next() * 20)));

function naive(values: number[]): Float64Array {
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f: () => void) => {
	const t = performance.now();
	f();
	return performance.now() - t;
};

const built = performance.now();
const adjacency = buildAdjacency(cells, 1);
const buildMs = performance.now() - built;
giStar(x, adjacency);
naive(x);
const ours = median(Array.from({ length: RUNS }, () => time(() => giStar(x, adjacency))));
const base = median(Array.from({ length: 5 }, () => time(() => naive(x))));
const check = giStar(x, adjacency);
const ref = naive(x);
const maxDiff = check.reduce((m, v, i) => Math.max(m, Math.abs(v - ref[i])), 0);
console.log(`Gi* bench: ${cells.length.toLocaleString('en-GB')} resolution-9 cells, k = 1, median of ${RUNS}`);
console.log(`  ours ${ours.toFixed(2)} ms (neighbour lists built once in ${buildMs.toFixed(0)} ms)  naive gridDisk loop ${base.toFixed(1)} ms  ratio ${(base / ours).toFixed(1)}x; largest z difference ${maxDiff.toExponential(1)}`);
console.log(`  target <= 10 ms: ${ours <= 10 ? 'MET' : 'NOT MET'}`);
console.log(JSON.stringify({ giStarBench: { cells: cells.length, oursMs: ours, naiveMs: base, buildMs, maxDiff } }));
