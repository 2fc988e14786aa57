/** CSV for the build: reading through the app's one table reader, and byte-stable RFC 4180 writing. */

/** Parses CSV text into rows of strings keyed by the header: the app's one table reader (papaparse). */
export { readRecords as parseCsv } from '../../src/lib/analysis/text/data-table';

export type CsvValue = string | number | null;

function formatField(value: CsvValue): string {
	if (value === null) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes rows under a fixed header with LF endings and a final newline, so output is byte-stable. */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	return [header, ...rows].map((row) => row.map(formatField).join(',')).join('\n') + '\n';
}
