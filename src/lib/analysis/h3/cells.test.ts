import { describe, expect, it } from 'vitest';
import { cellToParent, latLngToCell } from 'h3-js';
import { StringDictionary } from './cell-dictionary';
import { CellLocator, unitVectorOf } from './cell-locator';
import { cellOf, cellOfLngLat, centreOf, diskOf, resolutionOf } from './cells';

describe('cells', () => {
	it('takes LngLat order and pins ids for Canterbury Cathedral', () => {
		const cell = cellOf([1.0831, 51.2798], 9);
		expect(cell).toBe('8919485337bffff');
		expect(resolutionOf(cell)).toBe(9);
		expect(cellOf([51.2798, 1.0831], 9)).not.toBe(cell);
	});

	it('interns strings once', () => {
		const d = new StringDictionary();
		expect([d.intern('a'), d.intern('b'), d.intern('a'), d.size]).toEqual([0, 1, 0, 2]);
	});

	it('locates every resolution from the point itself, where the parent of the finer cell differs', () => {
		// A grid of points around Maidstone, about 100 m apart: some have a res-9 cell whose parent is not their res-8 cell.
		const locators = [9, 8, 7].map((r) => new CellLocator(r));
		const p = { x: 0, y: 0, z: 0 };
		let differs = 0;
		for (let i = 0; i < 4000; i++) {
			const lng = 0.4 + (i % 80) * 0.0011;
			const lat = 51.2 + Math.floor(i / 80) * 0.0009;
			unitVectorOf(lng, lat, p);
			const [c9, c8, c7] = locators.map((l) => l.cells.values[l.locate(lng, lat, p)]);
			expect([c9, c8, c7]).toEqual([latLngToCell(lat, lng, 9), latLngToCell(lat, lng, 8), latLngToCell(lat, lng, 7)]);
			if (cellToParent(c9, 8) !== c8) differs++;
		}
		// Enough points that the test fails on parent-derived cells.
		expect(differs).toBeGreaterThan(100);
		// Each cell costs one h3-js call; most points are placed by the outline test.
		expect(locators[2].h3Calls).toBeLessThan(400);
	});
});

describe('centreOf', () => {
	it('returns [lng, lat] of the cell centre, inside the cell', () => {
		const cell = cellOfLngLat(1.3846, 51.3891, 9);
		const [lng, lat] = centreOf(cell);
		expect(lng).toBeCloseTo(1.3846, 2);
		expect(lat).toBeCloseTo(51.3891, 2);
		expect(cellOfLngLat(lng, lat, 9)).toBe(cell);
	});
});

describe('diskOf', () => {
	it('holds 3k(k+1)+1 cells including the centre', () => {
		const cell = cellOfLngLat(0.52, 51.27, 9);
		const disk = diskOf(cell, 2);
		expect(disk).toHaveLength(19);
		expect(disk).toContain(cell);
	});
});
