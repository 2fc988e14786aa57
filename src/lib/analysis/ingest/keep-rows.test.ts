import { describe, expect, it } from 'vitest';
import { NUMERIC_COLUMNS } from './columns';
import { ingestFiles, monthRows, policeFile, rowTuples } from '$lib/test-support/grow-fixtures';
import { keepRows } from './keep-rows';

describe('keepRows', () => {
	it('holds what an ingest of the kept rows alone holds, dictionaries in order of first use', async () => {
		const rows = monthRows('2024-01', 60, 7);
		const all = await ingestFiles([policeFile('2024-01-kent-street.csv', rows)]);
		const keep = Uint8Array.from(rows, (_, i) => (i % 3 === 1 ? 0 : 1));
		const alone = await ingestFiles([policeFile('2024-01-kent-street.csv', rows.filter((_, i) => keep[i]))]);
		const kept = keepRows(all.columns, keep);
		for (const k of NUMERIC_COLUMNS.filter((k) => k !== 'line')) expect(Array.from(kept[k]), k).toEqual(Array.from(alone.columns[k]));
		expect([kept.cells, kept.offenceCodes, kept.sources]).toEqual([alone.columns.cells, alone.columns.offenceCodes, alone.columns.sources]);
	});

	it('renumbers sources when some go, and leaves its input as it was', async () => {
		const a = policeFile('2024-01-kent-street.csv', monthRows('2024-01', 5, 1));
		const b = policeFile('2024-02-kent-street.csv', monthRows('2024-02', 5, 2));
		const { columns } = await ingestFiles([a, b]);
		const before = rowTuples(columns);
		const keep = Uint8Array.from({ length: 10 }, (_, i) => (i >= 5 ? 1 : 0));
		const kept = keepRows(columns, keep, { remap: Int32Array.from([-1, 0]), names: ['2024-02-kent-street.csv'] });
		expect(rowTuples(kept)).toEqual(before.slice(5));
		expect(Array.from(kept.source)).toEqual([0, 0, 0, 0, 0]);
		expect(rowTuples(columns)).toEqual(before);
	});
});
