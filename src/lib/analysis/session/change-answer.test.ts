import { describe, expect, it } from 'vitest';
import { gridDisk, gridDistance, latLngToCell } from 'h3-js';
import { buildAdjacency, hotspotTest } from '../stats/gi-star';
import { Random } from '../stats/random';
import { defaultChangePeriods, periodProblem, standardisedDifference } from './change-answer';

const none = new Set<number>();

describe('periods for change', () => {
	it('accepts two separate periods of equal length', () => {
		expect(periodProblem({ from: '2024-01-01', to: '2024-12-31' }, { from: '2025-01-01', to: '2025-12-31' }, true, none)).toBeNull();
		expect(periodProblem({ from: '2024-01-01', to: '2024-03-31' }, { from: '2024-04-01', to: '2024-06-30' }, false, none)).toBeNull();
	});
	it('refuses unequal, overlapping or reversed periods, and says why', () => {
		expect(periodProblem({ from: '2024-01-01', to: '2024-12-31' }, { from: '2025-01-01', to: '2025-11-30' }, true, none)).toMatch(/not the same length \(12 and 11 months\)/);
		expect(periodProblem({ from: '2024-01-10', to: '2024-01-19' }, { from: '2024-02-10', to: '2024-02-18' }, true, none)).toMatch(/not the same length \(10 and 9 days\)/);
		expect(periodProblem({ from: '2024-01-10', to: '2024-01-19' }, { from: '2024-02-10', to: '2024-02-19' }, true, none)).toBeNull();
		expect(periodProblem({ from: '2024-01-01', to: '2024-06-30' }, { from: '2024-06-01', to: '2024-12-31' }, true, none)).toMatch(/overlap/);
		expect(periodProblem({ from: '2024-02-01', to: '2024-01-01' }, { from: '2025-01-01', to: '2025-01-31' }, true, none)).toMatch(/ends before it starts/);
	});
	it('needs whole months for month-only data, and no flagged month', () => {
		expect(periodProblem({ from: '2024-01-15', to: '2024-02-14' }, { from: '2024-03-01', to: '2024-03-31' }, false, none)).toMatch(/months only/);
		expect(periodProblem({ from: '2024-01-01', to: '2024-01-31' }, { from: '2024-02-01', to: '2024-03-31' }, false, none)).toMatch(/1 and 2 months/);
		// A leap year against an ordinary one: twelve months each.
		expect(periodProblem({ from: '2024-01-01', to: '2024-12-31' }, { from: '2025-01-01', to: '2025-12-31' }, true, none)).toBeNull();
		expect(periodProblem({ from: '2024-01-01', to: '2024-01-31' }, { from: '2024-02-01', to: '2024-02-29' }, false, new Set([2024 * 12 + 1]))).toMatch(/missing or incomplete/);
	});
});

describe('default change periods', () => {
	it('compare the latest 12 months with the 12 before, or half the data when it is shorter', () => {
		expect(defaultChangePeriods([2023 * 12, 2025 * 12 + 11])).toEqual({ a: { from: '2024-01-01', to: '2024-12-31' }, b: { from: '2025-01-01', to: '2025-12-31' } });
		expect(defaultChangePeriods([2024 * 12, 2024 * 12 + 3])).toEqual({ a: { from: '2024-01-01', to: '2024-02-29' }, b: { from: '2024-03-01', to: '2024-04-30' } });
	});
});

describe('Gi* on the change', () => {
	it('finds few clusters when nothing changes, where the raw difference finds many around busy places', () => {
		const centre = latLngToCell(51.39, 0.53, 8);
		const cells = gridDisk(centre, 12);
		const random = new Random(3);
		// Knuth's method: fine for these small means.
		const poisson = (mean: number) => {
			let n = 0;
			for (let p = random.next(); p > Math.exp(-mean); p *= random.next()) n++;
			return n;
		};
		// The same mean in A and B: busy near the centre, quiet at the edge.
		const mean = cells.map((c) => 40 * Math.exp(-gridDistance(c, centre) / 3) + 0.5);
		const a = mean.map(poisson);
		const b = mean.map(poisson);
		const adjacency = buildAdjacency(cells, 1);
		const count = (x: ArrayLike<number>) => [...hotspotTest(x, adjacency).classes].filter((c) => Math.abs(c) >= 2).length;
		const raw = count(Float64Array.from(cells, (_, i) => b[i] - a[i]));
		const standardised = count(standardisedDifference(a, b));
		expect(standardised).toBeLessThanOrEqual(Math.ceil(cells.length * 0.02));
		expect(raw).toBeGreaterThanOrEqual(standardised);
		expect([...standardisedDifference([0, 4], [0, 12])]).toEqual([0, 2]);
	});
});
