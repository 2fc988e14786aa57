/**
 * The import history of the dataset shown, in words: when each import landed (dd/mm/yyyy HH:mm, London time),
 * its files with a shortened SHA-256 (the full value kept for a tooltip), the months it covered as mm/yyyy, its
 * rows then and now, and the months later imports replaced, saying which are now missing.
 */
import { londonStamp } from '$lib/analysis/exports/export-header';
import type { ImportRecord } from '$lib/analysis/ingest/import-record';
import { formatCount } from '$lib/analysis/text/numbers';
import { DUPLICATE_OF } from '$lib/analysis/ingest/batch-duplicates';
import { monthUkLabel } from '$lib/analysis/time/month-index';

/** Hex digits shown of a SHA-256: enough to tell files apart by eye; the title holds all 64. */
const SHORT_SHA = 12;

export interface HistoryFile {
	name: string;
	/** The first hex digits of the SHA-256, or why there is none. */
	sha: string;
	/** The full SHA-256 (or the reason), for the title. */
	shaTitle: string;
	months: string;
	rows: string;
}

export interface HistoryLine {
	id: string;
	label: string;
	when: string;
	months: string;
	files: HistoryFile[];
	rows: string;
	/** Months of this import later replaced, in words; null when none. */
	replaced: string | null;
	/** False when removing it would leave the dataset empty. */
	removable: boolean;
}

/** Months as mm/yyyy, consecutive runs joined: "01/2024 to 03/2024, 06/2024". */
export function monthSpans(months: readonly number[]): string {
	const sorted = [...new Set(months)].sort((a, b) => a - b);
	const spans: string[] = [];
	for (let i = 0; i < sorted.length; i++) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
		spans.push(j === i ? monthUkLabel(sorted[i]) : `${monthUkLabel(sorted[i])} to ${monthUkLabel(sorted[j])}`);
		i = j;
	}
	return spans.join(', ');
}

/** A file's first to last month: "01/2024", or "01/2024 to 03/2024" with the months between. */
const periodText = ([first, last]: [number, number]) => (first === last ? monthUkLabel(first) : `${monthUkLabel(first)} to ${monthUkLabel(last)}`);

const rows = (n: number) => `${formatCount(n)} row${n === 1 ? '' : 's'}`;

function replacedText(record: ImportRecord, byId: ReadonlyMap<string, ImportRecord>): string | null {
	// Rows left out as a repeat within the import are in the row report, not replaced by another import.
	const replaced = record.replaced.filter((r) => !r.by.startsWith(DUPLICATE_OF));
	if (replaced.length === 0) return null;
	const parts = replaced.map(({ monthIndex, rows: n, by, missing }) => {
		const later = byId.get(by);
		const who = later ? `the import of ${londonStamp(later.at)}` : 'an import since removed';
		return `${monthUkLabel(monthIndex)} (${rows(n)}) replaced by ${who}${missing ? ': now missing, removing that import did not bring them back' : ''}`;
	});
	return `Replaced: ${parts.join('; ')}.`;
}

/** One line per import, oldest first; `datasetRows` is how many rows the dataset holds now. */
export function historyLines(records: readonly ImportRecord[], datasetRows: number): HistoryLine[] {
	const byId = new Map(records.map((r) => [r.id, r]));
	return records.map((r) => ({
		id: r.id,
		label: r.label,
		when: r.at > 0 ? londonStamp(r.at) : 'date not recorded',
		months: r.months.length ? monthSpans(r.months) : 'months not recorded',
		files: r.files.map((f) => ({
			name: f.name,
			sha: f.sha256 ? `${f.sha256.slice(0, SHORT_SHA)}…` : (f.note ?? 'not hashed'),
			shaTitle: f.sha256 ? `SHA-256 ${f.sha256}` : (f.note ?? 'not hashed'),
			months: f.period ? periodText(f.period) : 'no rows kept',
			rows: `${rows(f.kept)} kept, ${formatCount(f.rejected)} rejected`
		})),
		rows: r.inDataset === r.kept ? `${rows(r.kept)} kept, all in the dataset` : `${rows(r.kept)} kept, ${formatCount(r.inDataset)} still in the dataset`,
		replaced: replacedText(r, byId),
		removable: r.inDataset < datasetRows
	}));
}
