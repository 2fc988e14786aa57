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
import type { FileReport, IngestReport } from './report';

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

/**
 * The incoming rows of months it repeats row for row: left out, and counted on its files as the same rows as the
 * dataset's files there, so removing that import later takes nothing away from those months.
 */
function withoutRepeats(added: IngestResult, same: ReadonlySet<number>, existing: IngestReport): IngestResult {
	if (same.size === 0) return added;
	const { columns, report } = added;
	const keep = new Uint8Array(columns.length);
	const dropped = new Map<number, Map<number, number>>();
	for (let r = 0; r < columns.length; r++) {
		const m = columns.monthIndex[r];
		if (!same.has(m)) {
			keep[r] = 1;
			continue;
		}
		const bySource = dropped.get(columns.source[r]) ?? new Map<number, number>();
		bySource.set(m, (bySource.get(m) ?? 0) + 1);
		dropped.set(columns.source[r], bySource);
	}
	const holders = (m: number) => [...new Set(existing.sourceMonths.filter((x) => x.monthIndex === m && x.rows > 0).map((x) => existing.sources[x.source]))].join(', ');
	const files = report.files.map((f) => {
		const mine = f.source >= 0 ? dropped.get(f.source) : undefined;
		if (!mine) return f;
		const months = [...mine].sort((a, b) => a[0] - b[0]);
		const rows = months.reduce((n, [, k]) => n + k, 0);
		return { ...f, replaced: (f.replaced ?? 0) + rows, replacements: [...(f.replacements ?? []), ...months.map(([monthIndex, n]) => ({ monthIndex, rows: n, by: `${DUPLICATE_OF}${holders(monthIndex)}` }))] };
	});
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
	const keep = new Uint8Array(columns.length);
	// Rows dropped per source, then per month.
	const dropped = new Map<number, Map<number, number>>();
	const untouched = new Set<number>();
	for (let r = 0; r < columns.length; r++) {
		const m = columns.monthIndex[r];
		if (!covered.has(m) || same.has(m)) {
			keep[r] = 1;
			if (!covered.has(m)) untouched.add(m);
			continue;
		}
		const bySource = dropped.get(columns.source[r]) ?? new Map<number, number>();
		bySource.set(m, (bySource.get(m) ?? 0) + 1);
		dropped.set(columns.source[r], bySource);
	}
	const files = report.files.map((f) => (f.source >= 0 ? withReplaced(f, dropped.get(f.source), importId) : f));
	const sourceMonths = report.sourceMonths.filter((m) => !covered.has(m.monthIndex) || same.has(m.monthIndex));
	const result = mergeIngestResults({ columns: keepRows(columns, keep), report: { ...report, files, sourceMonths } }, added);
	return { result, months: changes, keptAsBefore: untouched.size };
}
