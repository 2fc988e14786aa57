import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { dissolve, douglasPeuckerWeights, segmentDistanceM, simplifiedTopology, topologyFeatures } from './topology';
import { geometryContains } from './polygon';

/** About 1.1 m north of the line in degrees of latitude. */
const ONE_METRE_LAT = 1 / 111_250;

describe('douglasPeuckerWeights', () => {
	it('weighs each vertex by the tolerance that would drop it (golden)', () => {
		const line = [[0, 0], [0.001, 5 * ONE_METRE_LAT], [0.002, 0], [0.003, 30 * ONE_METRE_LAT], [0.004, 0]];
		const w = douglasPeuckerWeights(line).map((v) => (Number.isFinite(v) ? Math.round(v * 10) / 10 : v));
		expect(w).toEqual([Infinity, 5, 19.8, 30, Infinity]);
	});

	it('keeps exactly what classic recursive Douglas-Peucker keeps at any tolerance', () => {
		const line = [[0, 0], [0.001, 0.0004], [0.0015, 0.0001], [0.002, 0.0003], [0.003, -0.0002], [0.004, 0.0001], [0.005, 0]];
		const reference = (from: number, to: number, tolerance: number): number[] => {
			let worst = -1;
			let worstDistance = 0;
			for (let i = from + 1; i < to; i++) {
				const d = segmentDistanceM(line[i], line[from], line[to]);
				if (d > worstDistance) [worst, worstDistance] = [i, d];
			}
			if (worst < 0 || worstDistance < tolerance) return [];
			return [...reference(from, worst, tolerance), worst, ...reference(worst, to, tolerance)];
		};
		const weights = douglasPeuckerWeights(line);
		for (const tolerance of [1, 5, 10, 20, 40]) {
			const kept = weights.map((w, i) => (w >= tolerance ? i : -1)).filter((i) => i >= 0);
			expect(kept).toEqual([0, ...reference(0, line.length - 1, tolerance), line.length - 1]);
		}
	});
});

describe('segmentDistanceM', () => {
	it('measures ground distance at Kent latitude', () => {
		expect(segmentDistanceM([0, 10 * ONE_METRE_LAT], [-1, 0], [1, 0])).toBeCloseTo(10, 6);
	});
});

/** Two squares sharing a wiggly edge at x = 0.01, plus a tiny island that must survive simplification. */
function fixture(): FeatureCollection<Polygon> {
	const wiggle = [[0.01, 0], [0.01 + 3 * ONE_METRE_LAT, 0.005], [0.01, 0.01]];
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { code: 'A', district: 'D1' },
				geometry: { type: 'Polygon', coordinates: [[[0, 0], ...wiggle, [0, 0.01], [0, 0]]] }
			},
			{
				type: 'Feature',
				properties: { code: 'B', district: 'D1' },
				geometry: { type: 'Polygon', coordinates: [[[0.02, 0], [0.02, 0.01], ...[...wiggle].reverse(), [0.02, 0]]] }
			},
			{
				type: 'Feature',
				properties: { code: 'C', district: 'D2' },
				geometry: { type: 'Polygon', coordinates: [[[0.03, 0], [0.03001, 0], [0.03001, 0.00001], [0.03, 0.00001], [0.03, 0]]] }
			}
		]
	};
}

describe('simplifiedTopology', () => {
	const topo = simplifiedTopology({ areas: fixture() }, { toleranceM: 10 });
	const [a, b, c] = topologyFeatures(topo, 'areas');

	it('removes the 3 m wiggle from both neighbours alike', () => {
		// A Set, because the closing vertex of a ring repeats its first.
		const shared = (g: Polygon) => [...new Set(g.coordinates[0].filter(([x]) => x > 0.0099 && x < 0.0101).map(String))].sort();
		expect(shared(a.geometry as Polygon)).toEqual(['0.01,0', '0.01,0.01']);
		expect(shared(b.geometry as Polygon)).toEqual(shared(a.geometry as Polygon));
	});

	it('keeps a tiny island as a real ring', () => {
		const ring = (c.geometry as Polygon).coordinates[0];
		expect(new Set(ring.map(String)).size).toBeGreaterThanOrEqual(3);
	});

	it('does not mutate its input', () => {
		const input = fixture();
		const before = JSON.stringify(input);
		simplifiedTopology({ areas: input }, { toleranceM: 10 });
		expect(JSON.stringify(input)).toBe(before);
	});
});

describe('dissolve', () => {
	const topo = simplifiedTopology({ areas: fixture() }, { toleranceM: 10 });
	const merged = dissolve(topo, 'areas', (p) => String(p.district));

	it('merges neighbours into one part without the shared edge', () => {
		const d1 = merged.get('D1');
		expect(d1?.coordinates.length).toBe(1);
		expect(d1?.coordinates[0][0].some(([x, y]) => x > 0.0099 && x < 0.0101 && y > 0.001 && y < 0.009)).toBe(false);
		expect(geometryContains(d1!, [0.01, 0.005])).toBe(true);
	});

	it('returns keys in sorted order', () => {
		expect([...merged.keys()]).toEqual(['D1', 'D2']);
	});
});
