import { describe, expect, it } from 'vitest';
import { gridDisk, gridDistance, latLngToCell } from 'h3-js';
import { benjaminiHochberg } from './fdr';
import { buildAdjacency, giClass, giStar, hotspotTest } from './gi-star';
import { Random } from './random';

const centre = latLngToCell(51.2798, 1.0789, 8); // Canterbury
const study = gridDisk(centre, 4); // 61 cells

/** Gi* straight from the formula, neighbours found with gridDistance (not gridDisk), for every pair. */
function independentGiStar(cells: string[], x: number[], k: number): number[] {
	const n = cells.length;
	const xbar = x.reduce((a, b) => a + b, 0) / n;
	const s = Math.sqrt(x.reduce((a, b) => a + b * b, 0) / n - xbar * xbar);
	return cells.map((ci) => {
		let local = 0;
		let w = 0;
		cells.forEach((cj, j) => {
			if (gridDistance(ci, cj) <= k) {
				local += x[j];
				w += 1;
			}
		});
		return (local - xbar * w) / (s * Math.sqrt((n * w - w * w) / (n - 1)));
	});
}

describe('Gi*', () => {
	it('matches the formula computed independently, to 1e-9, for k = 1, 2 and 3', () => {
		const random = new Random(7);
		const x = study.map(() => Math.floor(random.next() * 6) + (random.next() < 0.1 ? 20 : 0));
		for (const k of [1, 2, 3]) {
			const z = giStar(x, buildAdjacency(study, k));
			const expected = independentGiStar(study, x, k);
			z.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(1e-9));
		}
	});

	it('finds the known hot spot on a small grid with zero cells, and nothing on a flat one', () => {
		const hot = new Set(gridDisk(centre, 1));
		const x = study.map((c) => (hot.has(c) ? 12 : 0));
		const result = hotspotTest(x, buildAdjacency(study, 1));
		const i = study.indexOf(centre);
		expect(result.classes[i]).toBe(3);
		expect(result.z[i]).toBeGreaterThan(5);
		// Cells far from the cluster are not hot.
		study.forEach((c, j) => {
			if (gridDistance(c, centre) >= 3) expect(result.classes[j]).toBeLessThanOrEqual(0);
		});
		const flat = hotspotTest(study.map(() => 3), buildAdjacency(study, 1));
		expect([...flat.classes].every((v) => v === 0)).toBe(true);
		expect(flat.z.every((v) => Number.isNaN(v))).toBe(true);
	});

	it('does not depend on the order of the cells', () => {
		const random = new Random(11);
		const x = study.map(() => Math.floor(random.next() * 10));
		const z = giStar(x, buildAdjacency(study, 2));
		const order = study.map((_, i) => i).sort(() => random.next() - 0.5);
		const shuffled = giStar(order.map((i) => x[i]), buildAdjacency(order.map((i) => study[i]), 2));
		order.forEach((from, to) => expect(shuffled[to]).toBeCloseTo(z[from], 12));
	});

	it('classes by q and the sign of z', () => {
		expect([giClass(3, 0.005), giClass(2, 0.03), giClass(1.8, 0.09), giClass(2, 0.2), giClass(-3, 0.001), giClass(NaN, NaN)]).toEqual([3, 2, 1, 0, -3, 0]);
	});

	it('Benjamini-Hochberg q with ties and p = 1, as worked by hand', () => {
		// Sorted 0.01, 0.01, 0.04, 1, 1 (m = 5): p m / rank = 0.05, 0.025, 0.0667, 1.25, 1; running minimum from the top.
		const q = benjaminiHochberg([0.01, 1, 0.04, 0.01, 1]);
		[0.025, 1, 0.04 * 5 / 3, 0.025, 1].forEach((v, i) => expect(q[i]).toBeCloseTo(v, 12));
	});
});
