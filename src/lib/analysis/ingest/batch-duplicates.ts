/**
 * One import holding the same month twice: a police.uk download's zip beside the CSVs it unpacks to, or one file
 * under two names in a watched folder. Where a file's rows for a month are exactly another file's (the per-month
 * fingerprint of month-changes.ts), the later file's rows for that month are left out and counted as a duplicate in
 * its file report (replacements with DUPLICATE_OF), so a month is never doubled and every row read is still counted.
 * Files that only overlap (different rows for the same month) are both kept: they may be two agencies' extracts.
 */
import type { IngestResult } from './ingest';
import { keepRows } from './keep-rows';
import { splitRows, withReplaced } from './replaced-rows';
import { groupPrints } from './month-changes';
import { summariseSourceMonths } from './month-gaps';

/** Marks a replacement as "the same rows as <file name>" rather than an import's id. */
export const DUPLICATE_OF = 'duplicate-of:';

export interface BatchDuplicate {
	name: string;
	of: string;
	monthIndex: number;
	rows: number;
}

/** The result with each repeated (file, month) left out, and what was left out; the input is unchanged. */
export function dropBatchDuplicates(result: IngestResult): { result: IngestResult; duplicates: BatchDuplicate[] } {
	const { columns, report } = result;
	if (report.sources.length < 2) return { result, duplicates: [] };
	// Keyed by source and month: months stay under 2^16 (monthIndex is a Uint16), sources under 2^16 too.
	const prints = groupPrints(columns, (r) => columns.source[r] * 65536 + columns.monthIndex[r]);
	const firstWith = new Map<string, number>();
	const dropped = new Map<number, number>();
	for (const [key, { print }] of [...prints].sort((a, b) => a[0] - b[0])) {
		const [source, month] = [Math.floor(key / 65536), key % 65536];
		const seen = firstWith.get(`${month}|${print}`);
		if (seen === undefined) firstWith.set(`${month}|${print}`, source);
		else dropped.set(key, seen);
	}
	if (dropped.size === 0) return { result, duplicates: [] };
	const { keep, dropped: bySource } = splitRows(columns, (m, source) => dropped.has(source * 65536 + m));
	const files = report.files.map((f) => withReplaced(f, bySource, (m) => `${DUPLICATE_OF}${report.sources[dropped.get(f.source * 65536 + m)!]}`));
	const duplicates = [...dropped].map(([key, of]) => ({ name: report.sources[Math.floor(key / 65536)], of: report.sources[of], monthIndex: key % 65536, rows: prints.get(key)!.rows }));
	const sourceMonths = report.sourceMonths.filter((m) => !dropped.has(m.source * 65536 + m.monthIndex));
	return {
		result: { columns: keepRows(columns, keep), report: { ...report, files, sourceMonths, months: summariseSourceMonths(sourceMonths) } },
		duplicates
	};
}
