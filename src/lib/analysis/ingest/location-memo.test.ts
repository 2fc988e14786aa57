import { readFileSync } from 'node:fs';
import { cellToBoundary, cellToParent, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { createAreaIndex } from '../spatial/area-index';
import { ColumnBuilder } from './columns';
import { seededRandom } from './fixtures/seeded-random';
import { LocationMemo } from './location-memo';

const AREAS = createAreaIndex(JSON.parse(readFileSync(new URL('../spatial/fixtures/areas.geojson', import.meta.url), 'utf8')));
const KENT = { west: 0.03, east: 1.45, south: 50.9, north: 51.5 };
const METRE_LAT = 1 / 111_320;

/** Random points over Kent, half of them within a metre of an H3 edge at resolution 7, 8 or 9. */
function points(seed: number, n: number): [number, number][] {
	const rand = seededRandom(seed);
	const out: [number, number][] = [];
	for (let i = 0; i < n; i++) {
		const lng = KENT.west + rand() * (KENT.east - KENT.west);
		const lat = KENT.south + rand() * (KENT.north - KENT.south);
		if (i % 2 === 0) {
			out.push([lng, lat]);
			continue;
		}
		const ring = cellToBoundary(latLngToCell(lat, lng, 7 + (i % 3)));
		const k = Math.floor(rand() * ring.length);
		const [aLat, aLng] = ring[k];
		const [bLat, bLng] = ring[(k + 1) % ring.length];
		const t = rand();
		// Up to a metre either side of the edge, in a random direction.
		const d = (rand() * 2 - 1) * METRE_LAT;
		const angle = rand() * 2 * Math.PI;
		out.push([aLng + t * (bLng - aLng) + (d * Math.cos(angle)) / Math.cos((lat * Math.PI) / 180), aLat + t * (bLat - aLat) + d * Math.sin(angle)]);
	}
	return out;
}

describe('LocationMemo cells', () => {
	it('stores latLngToCell of the point itself at 7, 8 and 9, including points within a metre of cell edges', () => {
		const memo = new LocationMemo(AREAS);
		const builder = new ColumnBuilder(16);
		const pts = points(20240101, 20_000);
		let parentWouldDiffer = 0;
		for (const [lng, lat] of pts) {
			const row = builder.row();
			memo.writePlace(builder.cols, row, memo.slotOf(lng, lat));
		}
		const columns = builder.finish({ cells: memo.cellDictionaries(), lsoaCodes: AREAS.codes, sources: [] });
		pts.forEach(([lng, lat], i) => {
			const c9 = columns.cells[9][columns.cell9[i]];
			const c8 = columns.cells[8][columns.cell8[i]];
			const c7 = columns.cells[7][columns.cell7[i]];
			expect([i, c9, c8, c7]).toEqual([i, latLngToCell(lat, lng, 9), latLngToCell(lat, lng, 8), latLngToCell(lat, lng, 7)]);
			if (cellToParent(c9, 8) !== c8 || cellToParent(c9, 7) !== c7) parentWouldDiffer++;
		});
		// Parent-derived cells would be wrong for a good share of these points, so this test fails on them.
		expect(parentWouldDiffer).toBeGreaterThan(pts.length / 20);
	});

	it('gives one coordinate one slot and the same cells however often it repeats', () => {
		const memo = new LocationMemo(AREAS);
		const a = memo.slotOf(0.55, 51.25);
		expect(memo.slotOf(0.55, 51.25)).toBe(a);
		expect(memo.slotOf(0.5500001, 51.25)).not.toBe(a);
		expect(memo.distinct).toBe(2);
	});
});
