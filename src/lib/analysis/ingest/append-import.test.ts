import { describe, expect, it } from 'vitest';
import { DUPLICATE_OF } from './batch-duplicates';
import { appendImport } from './append-import';
import { countsOf, extractFile, ingestFiles, monthRows, policeFile, rowTuples } from '$lib/test-support/grow-fixtures';
import { toMonthIndex } from '../time/month-index';
import type { IngestResult } from './ingest';

const JAN = toMonthIndex(2024, 1);
const jan = policeFile('2024-01-kent-street.csv', monthRows('2024-01', 40, 1));
const feb = policeFile('2024-02-kent-street.csv', monthRows('2024-02', 35, 2));
const mar = policeFile('2024-03-kent-street.csv', monthRows('2024-03', 30, 3));

/** A dataset grown import by import, as the service grows one. */
async function grown(...imports: { name: string; bytes: Uint8Array }[][]): Promise<ReturnType<typeof appendImport>> {
	let outcome = { result: await ingestFiles(imports[0]), months: [], keptAsBefore: 0 } as ReturnType<typeof appendImport>;
	for (let i = 1; i < imports.length; i++) outcome = appendImport(outcome.result, await ingestFiles(imports[i]), `d#${i + 1}`);
	return outcome;
}

const rowsInDataset = (r: IngestResult) => r.report.files.reduce((s, f) => s + f.kept - (f.replaced ?? 0), 0);

describe('appendImport', () => {
	it('gives the counts of one import of all files when months are added one at a time', async () => {
		const once = await ingestFiles([jan, feb, mar]);
		const { result, months, keptAsBefore } = await grown([jan], [feb], [mar]);
		expect(countsOf(result.columns)).toEqual(countsOf(once.columns));
		expect([...rowTuples(result.columns)].sort()).toEqual([...rowTuples(once.columns)].sort());
		expect(months).toEqual([{ monthIndex: JAN + 2, change: 'added', before: 0, after: 30 }]);
		expect(keptAsBefore).toBe(2);
		expect(result.report.total).toEqual(once.report.total);
		expect(result.report.months).toEqual(once.report.months);
		expect(result.report.files.map((f) => [f.name, f.importId])).toEqual([
			['2024-01-kent-street.csv', undefined],
			['2024-02-kent-street.csv', 'd#2'],
			['2024-03-kent-street.csv', 'd#3']
		]);
	});

	it('imports the same month twice as once: identical counts, the month unchanged, the repeat’s rows left out as the same rows', async () => {
		const once = await ingestFiles([jan, feb]);
		const { result, months, keptAsBefore } = await grown([jan, feb], [jan]);
		expect(countsOf(result.columns)).toEqual(countsOf(once.columns));
		expect(months).toEqual([{ monthIndex: JAN, change: 'unchanged', before: 40, after: 40 }]);
		expect(keptAsBefore).toBe(1);
		// The first file keeps its rows, so removing the repeat later takes nothing away from January.
		const [first, , repeat] = result.report.files;
		expect([first.kept, first.replaced]).toEqual([40, undefined]);
		expect([repeat.kept, repeat.replaced, repeat.replacements]).toEqual([40, 40, [{ monthIndex: JAN, rows: 40, by: `${DUPLICATE_OF}2024-01-kent-street.csv` }]]);
		// Every row read is still kept or rejected; kept less replaced is what the dataset holds.
		for (const f of result.report.files) expect(f.rowsRead).toBe(f.kept + Object.values(f.rejected).reduce((a, b) => a + b, 0));
		expect(rowsInDataset(result)).toBe(result.columns.length);
		expect(result.report.sourceMonths.filter((m) => m.monthIndex === JAN)).toEqual([{ source: 0, monthIndex: JAN, rows: 40 }]);
	});

	it('replaces a month with a corrected file and leaves every other month row for row', async () => {
		const rows = monthRows('2024-02', 35, 2);
		// Two rows fewer, and one row's crime type corrected.
		const corrected = rows.slice(0, 33).map((r, i) => (i === 5 ? { ...r, type: r.type === 'Robbery' ? 'Public order' : 'Robbery' } : r));
		const before = await ingestFiles([jan, feb, mar]);
		const { result, months } = await grown([jan, feb, mar], [policeFile('2024-02-kent-street.csv', corrected)]);
		expect(months).toEqual([{ monthIndex: JAN + 1, change: 'replaced', before: 35, after: 33 }]);
		const others = (r: IngestResult) => rowTuples(r.columns).filter((t) => !t.startsWith(`${JAN + 1}|`));
		expect(others(result)).toEqual(others(before));
		const newFeb = await ingestFiles([policeFile('2024-02-kent-street.csv', corrected)]);
		expect(countsOf(result.columns).months).toEqual({ ...countsOf(before.columns).months, [JAN + 1]: 33 });
		expect(result.columns.length).toBe(before.columns.length - 35 + newFeb.columns.length);
	});

	it('says replaced, not unchanged, when only one row’s group differs and the count is the same', async () => {
		const rows = monthRows('2024-01', 40, 1);
		const edited = rows.map((r, i) => (i === 0 ? { ...r, type: r.type === 'Robbery' ? 'Public order' : 'Robbery' } : r));
		const { months } = await grown([jan], [policeFile('2024-01-kent-street.csv', edited)]);
		expect(months).toEqual([{ monthIndex: JAN, change: 'replaced', before: 40, after: 40 }]);
	});

	it('replaces a partner extract’s whole period, quiet months inside it included', async () => {
		const extract = extractFile('extract.csv', [
			{ date: '05/01/2024', lng: 0.55, lat: 51.25, offence: 'Robbery' },
			{ date: '20/03/2024', lng: 0.56, lat: 51.26, offence: 'Common assault' }
		]);
		const { result, months, keptAsBefore } = await grown([jan, feb, mar, policeFile('2024-04-kent-street.csv', monthRows('2024-04', 10, 4))], [extract]);
		expect(months.map((m) => [m.monthIndex - JAN, m.change, m.before, m.after])).toEqual([
			[0, 'replaced', 40, 1],
			[1, 'replaced', 35, 0],
			[2, 'replaced', 30, 1]
		]);
		expect(keptAsBefore).toBe(1);
		expect(countsOf(result.columns).months).toEqual({ [JAN]: 1, [JAN + 2]: 1, [JAN + 3]: 10 });
		expect(result.report.months.find((m) => m.monthIndex === JAN + 1)?.status).toBe('missing');
	});

	it('changes neither input', async () => {
		const a = await ingestFiles([jan, feb]);
		const b = await ingestFiles([jan]);
		const [ta, tb] = [rowTuples(a.columns), rowTuples(b.columns)];
		const [ra, rb] = [JSON.stringify(a.report), JSON.stringify(b.report)];
		appendImport(a, b, 'x#2');
		expect([rowTuples(a.columns), rowTuples(b.columns), JSON.stringify(a.report), JSON.stringify(b.report)]).toEqual([ta, tb, ra, rb]);
	});
});
