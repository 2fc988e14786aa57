import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '$lib/analysis/ingest/import-record';
import { historyLines, monthSpans } from './import-history-model';

const JAN_2024 = 2024 * 12;
const SHA = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

const records: ImportRecord[] = [
	{
		id: 'd#1',
		datasetId: 'd',
		// 30/06/2024 23:30 UTC is 01/07/2024 00:30 in London (BST).
		at: Date.UTC(2024, 5, 30, 23, 30),
		label: 'First months',
		files: [
			{ name: '2024-01-kent-street.csv', bytes: 10, sha256: SHA, period: [JAN_2024, JAN_2024], kept: 40, rejected: 2 },
			{ name: 'extract.csv', bytes: 10, sha256: null, note: 'not hashed: over 512 MiB', period: [JAN_2024 + 1, JAN_2024 + 3], kept: 1, rejected: 0 }
		],
		months: [JAN_2024, JAN_2024 + 1, JAN_2024 + 2, JAN_2024 + 3],
		kept: 41,
		inDataset: 6,
		replaced: [
			{ monthIndex: JAN_2024, rows: 35, by: 'd#2', missing: false },
			{ monthIndex: JAN_2024 + 1, rows: 1, by: 'd#9', missing: true }
		]
	},
	{ id: 'd#2', datasetId: 'd', at: Date.UTC(2024, 11, 1, 9, 5), label: 'fixed.csv', files: [], months: [JAN_2024], kept: 30, inDataset: 30, replaced: [] }
];

describe('the import history in words', () => {
	it('joins runs of months as mm/yyyy', () => {
		expect(monthSpans([JAN_2024 + 5, JAN_2024, JAN_2024 + 1, JAN_2024 + 2])).toBe('01/2024 to 03/2024, 06/2024');
	});

	it('gives each import’s time in London, its files with a short SHA-256, its rows and the months replaced later', () => {
		const [first, second] = historyLines(records, 36);
		expect([first.when, second.when]).toEqual(['01/07/2024 00:30', '01/12/2024 09:05']);
		expect(first.months).toBe('01/2024 to 04/2024');
		expect(first.files).toEqual([
			{ name: '2024-01-kent-street.csv', sha: 'ba7816bf8f01…', shaTitle: `SHA-256 ${SHA}`, months: '01/2024', rows: '40 rows kept, 2 rejected' },
			{ name: 'extract.csv', sha: 'not hashed: over 512 MiB', shaTitle: 'not hashed: over 512 MiB', months: '02/2024 to 04/2024', rows: '1 row kept, 0 rejected' }
		]);
		expect(first.rows).toBe('41 rows kept, 6 still in the dataset');
		expect(first.replaced).toBe(
			'Replaced: 01/2024 (35 rows) replaced by the import of 01/12/2024 09:05; 02/2024 (1 row) replaced by an import since removed: now missing, removing that import did not bring them back.'
		);
		expect(second.rows).toBe('30 rows kept, all in the dataset');
		expect([first.removable, second.removable]).toEqual([true, true]);
		expect(historyLines(records.slice(1), 30)[0].removable).toBe(false);
	});
});
