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
