/**
 * An import's files in words, each with the months its kept rows fall in: what a colleague must import
 * again to open a view of it ("2024-01-kent-street.csv (01/2024)").
 */
import { monthUkLabel } from '../time/month-index';
import type { IngestReport } from './report';

export function importHistoryLines(report: Pick<IngestReport, 'sources' | 'sourceMonths'>): string[] {
	return report.sources.map((name, source) => {
		const months = report.sourceMonths.filter((m) => m.source === source && m.rows > 0).map((m) => m.monthIndex);
		if (months.length === 0) return `${name} (no rows kept)`;
		const [first, last] = [Math.min(...months), Math.max(...months)];
		return `${name} (${first === last ? monthUkLabel(first) : `${monthUkLabel(first)} to ${monthUkLabel(last)}`})`;
	});
}

/** Longest name an import may be given, so it fits the panel and the export header. */
export const MAX_IMPORT_NAME = 80;

/**
 * What an import is called: the name the user gave (trimmed, cut to MAX_IMPORT_NAME), else its one file's name,
 * else the first file's name and how many more ("2024-01-kent-street.csv and 8 more files").
 */
export function importLabel(fileNames: readonly string[], given = ''): string {
	const name = given.replace(/\s+/g, ' ').trim().slice(0, MAX_IMPORT_NAME);
	if (name) return name;
	const [first, ...rest] = [...fileNames].sort((a, b) => a.localeCompare(b, 'en-GB'));
	if (!first) return 'Empty import';
	return rest.length === 0 ? first : `${first} and ${rest.length} more file${rest.length === 1 ? '' : 's'}`;
}
