/**
 * A dataset less one import: exactly the rows of that import's files go, and its files leave the row report; the
 * other sources are renumbered and the totals and month summary recounted. Months the removed import had replaced
 * are not brought back (those rows were dropped when it landed): the history then says they are missing.
 */
import { addCounts, emptyCounts, type RowIssues } from './report';
import type { IngestResult } from './ingest';
import { keepRows } from './keep-rows';
import { summariseSourceMonths } from './month-gaps';

function keptIssues(issues: RowIssues, remap: Int32Array): RowIssues {
	const kept: number[] = [];
	for (let i = 0; i < issues.length; i++) if (remap[issues.source[i]] >= 0) kept.push(i);
	return {
		length: kept.length,
		source: Uint16Array.from(kept, (i) => remap[issues.source[i]]),
		line: Uint32Array.from(kept, (i) => issues.line[i]),
		code: Uint8Array.from(kept, (i) => issues.code[i])
	};
}

/** The dataset without the rows and files of import `importId`; `existing` is not changed. */
export function removeImport(existing: IngestResult, importId: string): IngestResult {
	const { columns, report } = existing;
	const gone = new Set(report.files.filter((f) => f.importId === importId && f.source >= 0).map((f) => f.source));
	const remap = new Int32Array(report.sources.length).fill(-1);
	const names: string[] = [];
	report.sources.forEach((name, s) => {
		if (gone.has(s)) return;
		remap[s] = names.length;
		names.push(name);
	});
	const keep = new Uint8Array(columns.length);
	for (let r = 0; r < columns.length; r++) keep[r] = gone.has(columns.source[r]) ? 0 : 1;
	const files = report.files.filter((f) => f.importId !== importId).map((f) => (f.source >= 0 ? { ...f, source: remap[f.source] } : f));
	const sourceMonths = report.sourceMonths.filter((m) => !gone.has(m.source)).map((m) => ({ ...m, source: remap[m.source] }));
	return {
		columns: keepRows(columns, keep, { remap, names }),
		report: {
			...report,
			files,
			total: files.filter((f) => f.status === 'read').reduce(addCounts, emptyCounts()),
			sources: names,
			sourceMonths,
			months: summariseSourceMonths(sourceMonths),
			issues: keptIssues(report.issues, remap)
		}
	};
}
