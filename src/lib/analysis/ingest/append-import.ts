/**
 * A dataset grown by one more import: the months the import covers (each file's first to last month of kept rows)
 * are replaced atomically, never doubled: the dataset's rows in those months are dropped, then the import's rows
 * merged after the rest. Every other row stays as it was, in its order. Nothing read is lost from the row report:
 * each older file keeps its counts as read, and its dropped rows are counted as `replaced`, month by month.
 */
import { keepRows } from './keep-rows';
import { importMonths } from './file-period';
import type { IngestResult } from './ingest';
import { tagImport } from './import-record';
import { mergeIngestResults } from './merge-results';
import { monthChanges, monthPrints, type MonthChange } from './month-changes';
import type { FileReport } from './report';

/** What an add did, answered beside the grown dataset: the row report lists it and the digest reads it. */
export interface AddReport {
	/** The new import's id; null when every file chosen was already imported (skipSeen) and nothing changed. */
	importId: string | null;
	months: MonthChange[];
	keptAsBefore: number;
	/** Files left out because the history already lists their SHA-256 (skipSeen). */
	alreadyImported: string[];
}

export interface AppendOutcome {
	result: IngestResult;
	/** What happened to each month the import covers, ascending. */
	months: MonthChange[];
	/** Months of the dataset the import did not touch: kept as before. */
	keptAsBefore: number;
}

/** The older file's report with the rows it lost to the import counted. */
function withReplaced(file: FileReport, dropped: ReadonlyMap<number, number> | undefined, by: string): FileReport {
	if (!dropped) return file;
	const months = [...dropped].sort((a, b) => a[0] - b[0]);
	const rows = months.reduce((s, [, n]) => s + n, 0);
	return { ...file, replaced: (file.replaced ?? 0) + rows, replacements: [...(file.replacements ?? []), ...months.map(([monthIndex, n]) => ({ monthIndex, rows: n, by }))] };
}

/** The dataset `existing` with `incoming` added as import `importId`; neither input is changed. */
export function appendImport(existing: IngestResult, incoming: IngestResult, importId: string): AppendOutcome {
	const added = tagImport(incoming, importId);
	const months = importMonths(added.report.sourceMonths);
	const covered = new Set(months);
	const { columns, report } = existing;
	const keep = new Uint8Array(columns.length);
	// Rows dropped per source, then per month.
	const dropped = new Map<number, Map<number, number>>();
	const untouched = new Set<number>();
	for (let r = 0; r < columns.length; r++) {
		const m = columns.monthIndex[r];
		if (!covered.has(m)) {
			keep[r] = 1;
			untouched.add(m);
			continue;
		}
		const bySource = dropped.get(columns.source[r]) ?? new Map<number, number>();
		bySource.set(m, (bySource.get(m) ?? 0) + 1);
		dropped.set(columns.source[r], bySource);
	}
	const files = report.files.map((f) => (f.source >= 0 ? withReplaced(f, dropped.get(f.source), importId) : f));
	const sourceMonths = report.sourceMonths.filter((m) => !covered.has(m.monthIndex));
	const result = mergeIngestResults({ columns: keepRows(columns, keep), report: { ...report, files, sourceMonths } }, added);
	return { result, months: monthChanges(months, monthPrints(columns, covered), monthPrints(added.columns, covered)), keptAsBefore: untouched.size };
}
