import { cellToBoundary, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../ingest/fixtures/seeded-random';
import { CellLocator, unitVectorOf } from './cell-locator';

/** The bounds the import accepts (location-memo UK_BOUNDS), where the fast test must agree with h3-js. */
const UK = { west: -11, south: 49, east: 2.5, north: 61.5 };
const KENT = { west: 0.03, south: 50.9, east: 1.45, north: 51.5 };
const METRE_DEG = 1 / 111_320;

/** Points near cell edges and vertices: offsets from a micrometre to a metre either side. */
function nearEdges(rand: () => number, box: typeof KENT, resolution: number, n: number): [number, number][] {
	const out: [number, number][] = [];
	for (let i = 0; i < n; i++) {
		const lng = box.west + rand() * (box.east - box.west);
		const lat = box.south + rand() * (box.north - box.south);
		const ring = cellToBoundary(latLngToCell(lat, lng, resolution));
		const k = Math.floor(rand() * ring.length);
		const [aLat, aLng] = ring[k];
		const [bLat, bLng] = ring[(k + 1) % ring.length];
		const t = i % 7 === 0 ? 0 : rand();
		const d = (rand() * 2 - 1) * 10 ** -Math.floor(rand() * 7) * METRE_DEG;
		const angle = rand() * 2 * Math.PI;
		out.push([aLng + t * (bLng - aLng) + (d * Math.cos(angle)) / Math.cos((lat * Math.PI) / 180), aLat + t * (bLat - aLat) + d * Math.sin(angle)]);
	}
	return out;
}

function check(resolution: number, points: readonly [number, number][]): CellLocator {
	const locator = new CellLocator(resolution);
	const p = { x: 0, y: 0, z: 0 };
	for (const [lng, lat] of points) {
		const got = locator.cells.values[locator.locate(lng, lat, unitVectorOf(lng, lat, p))];
		const want = latLngToCell(lat, lng, resolution);
		if (got !== want) expect([lng, lat, got]).toEqual([lng, lat, want]);
	}
	return locator;
}

describe('CellLocator', () => {
	it.each([7, 8, 9])('agrees with latLngToCell at resolution %i for points from a micrometre to a metre of cell edges', (resolution) => {
		const rand = seededRandom(resolution);
		check(resolution, nearEdges(rand, KENT, resolution, 30_000));
	});

	it.each([7, 8, 9])('agrees with latLngToCell at resolution %i over the whole UK, calling h3-js a few times per cell', (resolution) => {
		const rand = seededRandom(100 + resolution);
		const points: [number, number][] = [];
		// Dense clusters, as in real data, so cells repeat.
		for (let c = 0; c < 200; c++) {
			const lng = UK.west + rand() * (UK.east - UK.west);
			const lat = UK.south + rand() * (UK.north - UK.south);
			for (let i = 0; i < 250; i++) points.push([lng + (rand() - 0.5) * 0.02, lat + (rand() - 0.5) * 0.012]);
		}
		const locator = check(resolution, points);
		expect(locator.h3Calls).toBeLessThan(locator.cells.size * 4);
	});

	it('calls h3-js for a small share of points where they are dense', () => {
		const rand = seededRandom(11);
		const points: [number, number][] = [];
		// 200,000 points over Maidstone town (about 5 km by 5 km), roughly 40 per resolution-9 cell.
		for (let i = 0; i < 200_000; i++) points.push([0.49 + rand() * 0.07, 51.25 + rand() * 0.045]);
		const locator = check(9, points);
		expect(locator.h3Calls).toBeLessThan(points.length / 8);
	});

	it('gives the same answer whatever order the points come in', () => {
		const rand = seededRandom(5);
		const points = nearEdges(rand, KENT, 9, 5000);
		const forward = check(9, points);
		const backward = check(9, [...points].reverse());
		expect(new Set(backward.cells.values)).toEqual(new Set(forward.cells.values));
	});
});
