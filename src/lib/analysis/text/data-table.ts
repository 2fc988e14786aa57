/**
 * The one reader of small comma-separated tables (data/ artifacts at run time, the open data at build time):
 * papaparse, so quoted fields, embedded commas, a BOM and CRLF endings all read correctly, and a row of the
 * wrong width is an error rather than a silent shift of columns. The import's own scanner stays on its hot path.
 */
import Papa from 'papaparse';

export class DataTableError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DataTableError';
	}
}

/** The header and the rows as strings; blank lines are skipped. */
export function readTable(text: string): { header: string[]; rows: string[][] } {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
	const problem = parsed.errors.find((e) => e.type !== 'Delimiter');
	if (problem) throw new DataTableError(`CSV row ${(problem.row ?? 0) + 1}: ${problem.message}`);
	const [header = [], ...rows] = parsed.data;
	rows.forEach((row, i) => {
		if (row.length !== header.length) throw new DataTableError(`CSV row ${i + 2} has ${row.length} fields, header has ${header.length}`);
	});
	return { header, rows };
}

/** The rows keyed by the header's names. */
export function readRecords(text: string): Record<string, string>[] {
	const { header, rows } = readTable(text);
	return rows.map((row) => Object.fromEntries(header.map((name, j) => [name, row[j]])));
}
