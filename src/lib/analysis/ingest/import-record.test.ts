import { describe, expect, it } from 'vitest';
import { ingestFiles, monthRows, policeFile } from '$lib/test-support/grow-fixtures';
import { claimUntagged, importRecord, nextImportId, NOT_HASHED_EARLIER, seenFiles, tagImport, type ImportRecord } from './import-record';
import { toMonthIndex } from '../time/month-index';

const JAN = toMonthIndex(2024, 1);
const record = (id: string, at: number, sha256: string | null = null): ImportRecord => ({
	id,
	datasetId: 'local-x',
	at,
	label: id,
	files: [{ name: `${id}.csv`, bytes: 1, sha256, period: null, kept: 1, rejected: 0 }],
	months: [],
	kept: 1,
	inDataset: 1,
	replaced: []
});

describe('import records', () => {
	it('list each chosen file with its digest, period and rows, a zip’s entries under the zip', async () => {
		const read = await ingestFiles([
			policeFile('2024-01-kent-street.csv', monthRows('2024-01', 8, 1)),
			// As the zip reader names entries: "<zip>:<entry>".
			policeFile('police.zip:2024-02/2024-02-kent-street.csv', monthRows('2024-02', 5, 2)),
			policeFile('police.zip:2024-03/2024-03-kent-street.csv', monthRows('2024-03', 4, 3))
		]);
		const r = importRecord({
			id: 'local-x#1',
			datasetId: 'local-x',
			at: 7,
			label: 'two files',
			files: [
				{ name: '2024-01-kent-street.csv', bytes: 100, digest: { sha256: 'aa' } },
				{ name: 'police.zip', bytes: 50, digest: { sha256: null, note: 'not hashed: over 512 MiB' } }
			],
			report: read.report
		});
		expect(r.files).toEqual([
			{ name: '2024-01-kent-street.csv', bytes: 100, sha256: 'aa', period: [JAN, JAN], kept: 8, rejected: 0 },
			{ name: 'police.zip', bytes: 50, sha256: null, note: 'not hashed: over 512 MiB', period: [JAN + 1, JAN + 2], kept: 9, rejected: 0 }
		]);
		expect([r.months, r.kept, r.inDataset, r.replaced]).toEqual([[JAN, JAN + 1, JAN + 2], 17, 17, []]);
	});

	it('number imports past the highest id used, so a removed import’s id is never reused', () => {
		expect(nextImportId('local-x', [])).toBe('local-x#1');
		expect(nextImportId('local-x', [record('local-x#1', 1), record('local-x#3', 2), record('local-x#v2-7', 0)])).toBe('local-x#4');
	});

	it('find chosen files whose SHA-256 the history lists, under any name', () => {
		expect(seenFiles([{ sha256: 'bb' }, { sha256: null }, { sha256: 'aa' }], [record('local-x#1', 1, 'aa'), record('local-x#2', 2)])).toEqual([2]);
		// The same file twice in one batch: the second copy is skipped too.
		expect(seenFiles([{ sha256: 'cc' }, { sha256: 'dd' }, { sha256: 'cc' }], [])).toEqual([2]);
	});

	it('give the files of a report kept before imports had ids to the oldest record, or to one made up when there is none', async () => {
		const read = await ingestFiles([policeFile('2024-01-kent-street.csv', monthRows('2024-01', 6, 1))]);
		const legacy = { ...record('local-x#v2-3', 2), files: [{ name: '2024-01-kent-street.csv', bytes: 9, sha256: null, note: NOT_HASHED_EARLIER, period: null, kept: 6, rejected: 0 }] };
		const claimed = claimUntagged(read.report, [record('local-x#v2-9', 5), legacy], 'local-x', 0);
		expect(claimed.report.files[0].importId).toBe('local-x#v2-3');
		// Its months, missing from a record of version 2, are read from the report.
		expect(claimed.records.find((r) => r.id === 'local-x#v2-3')).toMatchObject({ inDataset: 6, months: [JAN], files: [{ period: [JAN, JAN], note: NOT_HASHED_EARLIER }] });
		expect(claimed.records.find((r) => r.id === 'local-x#v2-9')).toEqual({ ...record('local-x#v2-9', 5), inDataset: 0 });
		const made = claimUntagged(read.report, [], 'local-x', 0);
		expect(made.records).toMatchObject([{ id: 'local-x#0', kept: 6, inDataset: 6, files: [{ name: '2024-01-kent-street.csv', sha256: null, note: NOT_HASHED_EARLIER }] }]);
		const tagged = tagImport(read, 'local-x#1').report;
		expect(claimUntagged(tagged, [], 'local-x', 0)).toEqual({ report: tagged, records: [] });
	});
});
