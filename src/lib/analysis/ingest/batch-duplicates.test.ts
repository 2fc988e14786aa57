import { describe, expect, it } from 'vitest';
import { countsOf, ingestFiles, monthRows, policeFile } from '$lib/test-support/grow-fixtures';
import { dropBatchDuplicates, DUPLICATE_OF } from './batch-duplicates';

const jan = monthRows('2024-01', 40, 1);
const feb = monthRows('2024-02', 30, 2);

describe('the same month twice in one import', () => {
	it('leaves out the repeat (a zip entry beside its CSV), counting it in the file report', async () => {
		const once = await ingestFiles([policeFile('2024-01-kent-street.csv', jan), policeFile('2024-02-kent-street.csv', feb)]);
		const twice = await ingestFiles([policeFile('2024-01-kent-street.csv', jan), policeFile('2024-02-kent-street.csv', feb), policeFile('download.zip/2024-01/2024-01-kent-street.csv', jan)]);
		const { result, duplicates } = dropBatchDuplicates(twice);
		// Row for row what one copy gives: by month, group and cell.
		expect(countsOf(result.columns)).toEqual(countsOf(once.columns));
		expect(duplicates).toEqual([{ name: 'download.zip/2024-01/2024-01-kent-street.csv', of: '2024-01-kent-street.csv', monthIndex: 2024 * 12, rows: once.report.sourceMonths.find((m) => m.source === 0)!.rows }]);
		const repeat = result.report.files[2];
		// Every row read is still counted: kept as read, the repeat's rows counted as replaced.
		expect(repeat.kept).toBe(twice.report.files[2].kept);
		expect(repeat.replaced).toBe(duplicates[0].rows);
		expect(repeat.replacements?.[0].by).toBe(`${DUPLICATE_OF}2024-01-kent-street.csv`);
		expect(result.report.sourceMonths.filter((m) => m.source === 2)).toEqual([]);
	});

	it('keeps two different files for the same month (two agencies), and leaves the input alone', async () => {
		const other = monthRows('2024-01', 25, 3);
		const both = await ingestFiles([policeFile('a.csv', jan), policeFile('b.csv', other)]);
		const before = both.columns.length;
		const { result, duplicates } = dropBatchDuplicates(both);
		expect(duplicates).toEqual([]);
		expect(result).toBe(both);
		expect(both.columns.length).toBe(before);
	});
});
