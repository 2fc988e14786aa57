import { describe, expect, it } from 'vitest';
import { appendImport } from './append-import';
import { countsOf, ingestFiles, monthRows, policeFile, rowTuples } from '$lib/test-support/grow-fixtures';
import { refreshHistory, importRecord, tagImport } from './import-record';
import { removeImport } from './remove-import';
import { renderIssuesCsv } from './issues-csv';
import { toMonthIndex } from '../time/month-index';

const JAN = toMonthIndex(2024, 1);
const jan = policeFile('2024-01-kent-street.csv', monthRows('2024-01', 40, 1));
const feb = policeFile('2024-02-kent-street.csv', monthRows('2024-02', 35, 2));
const mar = policeFile('2024-03-kent-street.csv', monthRows('2024-03', 30, 3));

describe('removeImport', () => {
	it('takes out exactly the rows and files of one import: what is left equals the other imports read alone', async () => {
		const first = tagImport(await ingestFiles([jan, feb]), 'd#1');
		const grown = appendImport(first, await ingestFiles([mar]), 'd#2').result;
		const removed = removeImport(grown, 'd#2');
		expect(rowTuples(removed.columns)).toEqual(rowTuples(first.columns));
		expect(countsOf(removed.columns)).toEqual(countsOf(first.columns));
		expect(removed.report.files.map((f) => f.name)).toEqual(['2024-01-kent-street.csv', '2024-02-kent-street.csv']);
		expect([removed.report.total, removed.report.months, removed.report.sources]).toEqual([first.report.total, first.report.months, first.report.sources]);
		expect(renderIssuesCsv(removed.report)).toBe(renderIssuesCsv(first.report));
	});

	it('renumbers the sources of the imports after the one removed', async () => {
		const first = tagImport(await ingestFiles([jan]), 'd#1');
		const grown = appendImport(appendImport(first, await ingestFiles([feb]), 'd#2').result, await ingestFiles([mar]), 'd#3').result;
		const removed = removeImport(grown, 'd#2');
		const alone = await ingestFiles([jan, mar]);
		expect(rowTuples(removed.columns)).toEqual(rowTuples(alone.columns));
		expect(removed.report.files.map((f) => [f.name, f.source, f.importId])).toEqual([
			['2024-01-kent-street.csv', 0, 'd#1'],
			['2024-03-kent-street.csv', 1, 'd#3']
		]);
		expect(removed.report.sourceMonths).toEqual(alone.report.sourceMonths);
	});

	it('does not bring back the months the removed import had replaced: the history says they are missing', async () => {
		const first = tagImport(await ingestFiles([jan, feb]), 'd#1');
		const incoming = await ingestFiles([policeFile('2024-02-kent-street.csv', monthRows('2024-02', 12, 9))]);
		const grown = appendImport(first, incoming, 'd#2').result;
		const removed = removeImport(grown, 'd#2');
		expect(countsOf(removed.columns).months).toEqual({ [JAN]: 40 });
		const records = [
			importRecord({ id: 'd#1', datasetId: 'd', at: 1, label: 'first', files: [jan, feb].map((f) => ({ name: f.name, bytes: f.bytes.length, digest: { sha256: null } })), report: first.report })
		];
		const [history] = refreshHistory(records, removed.report);
		expect([history.kept, history.inDataset]).toEqual([75, 40]);
		expect(history.replaced).toEqual([{ monthIndex: JAN + 1, rows: 35, by: 'd#2', missing: true }]);
		const [whileThere] = refreshHistory(records, grown.report);
		expect(whileThere.replaced).toEqual([{ monthIndex: JAN + 1, rows: 35, by: 'd#2', missing: false }]);
	});
});
