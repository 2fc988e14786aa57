import { describe, expect, it } from 'vitest';
import { cellToChildren, getPentagons, getResolution, isValidCell, latLngToCell } from 'h3-js';
import { isCellId, resolutionOf } from './cell-id';

/** A deterministic stream of numbers in [0, 1), so a failure names the same ids on every run. */
function seeded(seed: number): () => number {
	let s = seed >>> 0;
	return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** isValidCell as the old check used it: lower-case 15-digit text only. */
const h3Says = (text: string) => /^[0-9a-f]{15}$/.test(text) && isValidCell(text);

describe('cell-id', () => {
	it('pins Canterbury Cathedral and rejects what is not a cell id', () => {
		expect([isCellId('8919485337bffff'), resolutionOf('8919485337bffff')]).toEqual([true, 9]);
		for (const text of ['', '8919485337bfff', '8919485337bffff0', '8919485337BFFFF', '0919485337bffff', '9919485337bffff', '8919485337b7fff', '8919485337bfffe', 'zz19485337bffff']) {
			expect([text, isCellId(text), resolutionOf(text)]).toEqual([text, false, -1]);
		}
	});

	it('agrees with h3-js on real cells at every resolution, pentagons included', () => {
		const random = seeded(20240101);
		const cells: string[] = [];
		for (let i = 0; i < 400; i++) cells.push(latLngToCell(random() * 180 - 90, random() * 360 - 180, Math.floor(random() * 16)));
		for (const r of [0, 1, 2, 5, 9, 15]) for (const p of getPentagons(r)) cells.push(p);
		cells.push(...cellToChildren(getPentagons(2)[0], 4));
		for (const cell of cells) {
			expect([cell, isCellId(cell), resolutionOf(cell)]).toEqual([cell, true, getResolution(cell)]);
		}
	});

	it('agrees with h3-js on ids one digit away from real cells (bad digits, base cells, pentagon k axis)', () => {
		const random = seeded(7);
		const cells = [...getPentagons(3), ...getPentagons(9), ...Array.from({ length: 200 }, () => latLngToCell(random() * 180 - 90, random() * 360 - 180, Math.floor(random() * 16)))];
		let invalid = 0;
		for (const cell of cells) {
			for (let i = 1; i < 15; i++) {
				for (const d of '0123456789abcdef') {
					const text = cell.slice(0, i) + d + cell.slice(i + 1);
					const expected = h3Says(text);
					if (!expected) invalid++;
					if (isCellId(text) !== expected) expect({ text, isCellId: isCellId(text) }).toEqual({ text, isCellId: expected });
					expect(resolutionOf(text)).toBe(expected ? getResolution(text) : -1);
				}
			}
		}
		// The mutations reach every kind of invalid id, not only valid ones.
		expect(invalid).toBeGreaterThan(10_000);
	});
});
