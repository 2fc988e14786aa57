import { describe, expect, it } from 'vitest';
import { ColumnBuilder, emptyColumns, NUMERIC_COLUMNS, transferables } from './columns';

describe('ColumnBuilder', () => {
	it('grows past its capacity and trims on finish', () => {
		const b = new ColumnBuilder(16);
		for (let i = 0; i < 100; i++) {
			const r = b.row();
			b.cols.line[r] = i + 2;
			b.cols.lng[r] = i / 10;
		}
		const c = b.finish({ cells: { 7: [], 8: [], 9: [] }, lsoaCodes: [], sources: ['a'] });
		expect(c.length).toBe(100);
		for (const k of NUMERIC_COLUMNS) expect(c[k].length, k).toBe(100);
		expect([c.line[0], c.line[99], c.lng[50]]).toEqual([2, 101, 5]);
		const buffers = transferables(c);
		expect(new Set(buffers).size).toBe(NUMERIC_COLUMNS.length);
		expect(buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
		expect(emptyColumns().length).toBe(0);
	});
});
