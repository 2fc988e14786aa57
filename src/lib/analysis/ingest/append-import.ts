/**
 * A dataset grown by one more import: the months the import covers (each file's first to last month of kept rows)
 * are replaced atomically, never doubled: the dataset's rows in those months are dropped, then the import's rows
 * merged after the rest. Every other row stays as it was, in its order. Nothing read is lost from the row report:
 * each older file keeps its counts as read, and its dropped rows are counted as `replaced`, month by month.
 */
import { keepRows } from './keep-rows';
import { importMonths } from './file-period';
import { DUPLICATE_OF } from './batch-duplicates';
import type { IngestResult } from './ingest';
import { tagImport } from './import-record';
import { mergeIngestResults } from './merge-results';
import { monthChanges, monthPrints, type MonthChange } from './month-changes';
import type { IngestReport } from './report';
import { splitRows, withReplaced } from './replaced-rows';

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

/**
 * The incoming rows of months it repeats row for row: left out, and counted on its files as the same rows as the
 * dataset's files there, so removing that import later takes nothing away from those months.
 */
function withoutRepeats(added: IngestResult, same: ReadonlySet<number>, existing: IngestReport): IngestResult {
	if (same.size === 0) return added;
	const { columns, report } = added;
	const { keep, dropped } = splitRows(columns, (m) => same.has(m));
	const holders = (m: number) => [...new Set(existing.sourceMonths.filter((x) => x.monthIndex === m && x.rows > 0).map((x) => existing.sources[x.source]))].join(', ');
	const files = report.files.map((f) => withReplaced(f, dropped, (m) => `${DUPLICATE_OF}${holders(m)}`));
	const sourceMonths = report.sourceMonths.filter((m) => !same.has(m.monthIndex));
	return { columns: keepRows(columns, keep), report: { ...report, files, sourceMonths } };
}

/**
 * The dataset `existing` with `incoming` added as import `importId`; neither input is changed. A month the import
 * repeats row for row ("unchanged") keeps the rows already there, so the history never hangs a month on a repeat.
 */
export function appendImport(existing: IngestResult, incoming: IngestResult, importId: string): AppendOutcome {
	const tagged = tagImport(incoming, importId);
	const months = importMonths(tagged.report.sourceMonths);
	const covered = new Set(months);
	const { columns, report } = existing;
	const changes = monthChanges(months, monthPrints(columns, covered), monthPrints(tagged.columns, covered));
	const same = new Set(changes.filter((c) => c.change === 'unchanged').map((c) => c.monthIndex));
	const added = withoutRepeats(tagged, same, report);
	const { keep, dropped } = splitRows(columns, (m) => covered.has(m) && !same.has(m));
	// The dataset's months with rows, from its report rather than a pass over every row.
	const untouched = new Set(report.sourceMonths.filter((m) => m.rows > 0 && !covered.has(m.monthIndex)).map((m) => m.monthIndex));
	const files = report.files.map((f) => withReplaced(f, dropped, () => importId));
	const sourceMonths = report.sourceMonths.filter((m) => !covered.has(m.monthIndex) || same.has(m.monthIndex));
	const result = mergeIngestResults({ columns: keepRows(columns, keep), report: { ...report, files, sourceMonths } }, added);
	return { result, months: changes, keptAsBefore: untouched.size };
}
