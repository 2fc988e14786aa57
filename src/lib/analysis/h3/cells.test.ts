import { describe, expect, it } from 'vitest';
import { CellHierarchy, StringDictionary } from './cell-dictionary';
import { cellOf, cellOfLngLat, centreOf, diskOf, parentOf, resolutionOf } from './cells';

describe('cells', () => {
	it('takes LngLat order and pins ids for Canterbury Cathedral', () => {
		const cell = cellOf([1.0831, 51.2798], 9);
		expect(cell).toBe('8919485337bffff');
		expect(resolutionOf(cell)).toBe(9);
		expect(cellOf([51.2798, 1.0831], 9)).not.toBe(cell);
		expect(parentOf(cell, 7)).toBe(cellOf([1.0831, 51.2798], 7));
	});

	it('interns strings once', () => {
		const d = new StringDictionary();
		expect([d.intern('a'), d.intern('b'), d.intern('a'), d.size]).toEqual([0, 1, 0, 2]);
	});

	it('derives parents once per fine cell', () => {
		const h = new CellHierarchy({ fine: 9, coarse: [8, 7] });
		const a = h.locate(1.0831, 51.2798);
		expect(h.locate(1.0831, 51.2798)).toBe(a);
		for (let i = 0; i < 2000; i++) h.locate(0.5 + i * 0.0005, 51.2);
		expect(h.coarseCells[0].values[h.parentIndex(0, a)]).toBe(cellOf([1.0831, 51.2798], 8));
		expect(h.coarseCells[1].values[h.parentIndex(1, a)]).toBe(cellOf([1.0831, 51.2798], 7));
		expect(h.coarseCells[1].size).toBeLessThan(h.coarseCells[0].size);
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
