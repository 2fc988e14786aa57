import { describe, expect, it } from 'vitest';
import { gridDisk, gridDistance, latLngToCell } from 'h3-js';
import { buildAdjacency } from './gi-star';
import { emergingClass, emergingHotspots, spaceTimeGiStar } from './emerging';

const flat = { z: 0, p: 1 };
const up = { z: 3, p: 0.001 };
const down = { z: -3, p: 0.001 };
const H = 1;
const C = -1;

describe('emerging hot spot classes (ArcGIS rules), on series built to be each class', () => {
	it.each([
		['new', [0, 0, 0, 0, 0, 0, 0, 0, 0, H], flat],
		['consecutive', [0, 0, 0, 0, 0, 0, 0, 0, H, H], flat],
		['intensifying', [H, H, H, H, H, H, H, H, H, H], up],
		['persistent', [H, H, H, H, H, H, H, H, H, H], flat],
		['diminishing', [H, H, H, H, H, H, H, H, H, H], down],
		['sporadic', [0, H, 0, 0, H, 0, 0, H, 0, H], flat],
		['oscillating', [0, C, 0, 0, H, 0, C, 0, 0, H], flat],
		['historical', [H, H, H, H, H, H, H, H, H, 0], flat]
	] as const)('%s hot spot', (kind, sig, trend) => {
		expect(emergingClass([...sig], trend)).toEqual({ kind, hot: true });
		// The cold equivalent: every sign flipped, the trend too.
		expect(emergingClass(sig.map((v) => -v), { z: -trend.z, p: trend.p })).toEqual({ kind, hot: false });
	});

	it('no pattern when nothing is significant, and a run after an earlier hot step is not consecutive', () => {
		expect(emergingClass(Array(10).fill(0), flat)).toBeNull();
		expect(emergingClass([H, 0, 0, 0, 0, 0, 0, 0, H, H], flat)).toEqual({ kind: 'sporadic', hot: true });
	});
});

describe('space-time Gi*', () => {
	const centre = latLngToCell(51.2798, 1.0789, 8);
	const cells = gridDisk(centre, 3);
	const adjacency = buildAdjacency(cells, 1);

	it('matches the formula over the space-time neighbourhood, computed independently', () => {
		const steps = 4;
		const counts = Array.from({ length: cells.length * steps }, (_, b) => (b * 7919) % 5);
		const z = spaceTimeGiStar(counts, cells.length, steps, adjacency);
		const n = counts.length;
		const xbar = counts.reduce((a, b) => a + b, 0) / n;
		const s = Math.sqrt(counts.reduce((a, b) => a + b * b, 0) / n - xbar * xbar);
		for (const [i, t] of [[0, 0], [5, 2], [cells.length - 1, 3]]) {
			let local = 0;
			let w = 0;
			for (let u = 0; u < steps; u++) {
				if (Math.abs(u - t) > 1) continue;
				cells.forEach((c, j) => {
					if (gridDistance(c, cells[i]) <= 1) {
						local += counts[u * cells.length + j];
						w++;
					}
				});
			}
			const expected = (local - xbar * w) / (s * Math.sqrt((n * w - w * w) / (n - 1)));
			expect(Math.abs(z[t * cells.length + i] - expected)).toBeLessThan(1e-9);
		}
	});

	it('finds a new hot spot where a cluster appears in the last step, and refuses fewer than 10 steps', () => {
		const steps = 12;
		const hotCells = new Set(gridDisk(centre, 1));
		const counts = new Array(cells.length * steps).fill(1);
		cells.forEach((c, i) => {
			if (hotCells.has(c)) counts[(steps - 1) * cells.length + i] = 30;
		});
		// With no time neighbours the cluster is new; with one step either side (the default) the step before sees it too.
		const alone = emergingHotspots(counts, cells.length, steps, adjacency, 0);
		expect(alone.classes[cells.indexOf(centre)]).toBe(0);
		expect(alone.hot[0]).toBeGreaterThan(0);
		expect(emergingHotspots(counts, cells.length, steps, adjacency).classes[cells.indexOf(centre)]).toBe(1);
		expect(() => emergingHotspots(counts, cells.length, 9, adjacency)).toThrow(/at least 10/);
	});
});
