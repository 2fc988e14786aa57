/**
 * Re-derives everything an incident's coordinates decide (H3 cells at 7/8/9, LSOA, district, the outside
 * flag and the row report's outside counts) from the stored coordinates, for datasets saved by an earlier
 * version, whose coarser cells were parents of resolution-9 cells and whose LSOAs came from simplified
 * boundaries.
 * Returns new objects; the input is not changed.
 */
import { FLAG } from '../offences/groups';
import type { AreaIndex } from '../spatial/area-index';
import { ROW_ISSUE_OUTSIDE } from './codes';
import { ColumnBuilder, NUMERIC_COLUMNS, type IncidentColumns } from './columns';
import { LocationMemo } from './location-memo';
import type { IngestReport, RowIssues } from './report';

export interface Rederived {
	columns: IncidentColumns;
	report: IngestReport | null;
}

export function rederivePlaces(columns: IncidentColumns, report: IngestReport | null, areas: AreaIndex): Rederived {
	const memo = new LocationMemo(areas);
	const builder = new ColumnBuilder(columns.length);
	for (let i = 0; i < columns.length; i++) {
		const row = builder.row();
		const c = builder.cols;
		for (const k of NUMERIC_COLUMNS) c[k][row] = columns[k][i];
		const slot = memo.slotOf(columns.lng[i], columns.lat[i]);
		// Stored rows passed the import's coordinate checks, so a slot is always found; keep the row as it was otherwise.
		if (slot < 0) continue;
		memo.writePlace(c, row, slot);
		c.flags[row] = (columns.flags[i] & ~FLAG.outside) | (memo.outside[slot] ? FLAG.outside : 0);
	}
	const out = builder.finish({ cells: memo.cellDictionaries(), lsoaCodes: areas.codes, sources: columns.sources, offenceCodes: columns.offenceCodes ?? [] });
	return { columns: out, report: report && recountOutside(report, out) };
}

/** The report with its outside counts and outside row issues taken from the re-derived columns. */
function recountOutside(report: IngestReport, columns: IncidentColumns): IngestReport {
	const bySource = new Map<number, number>();
	const outside: { source: number; line: number }[] = [];
	for (let i = 0; i < columns.length; i++) {
		if ((columns.flags[i] & FLAG.outside) === 0) continue;
		bySource.set(columns.source[i], (bySource.get(columns.source[i]) ?? 0) + 1);
		outside.push({ source: columns.source[i], line: columns.line[i] });
	}
	const files = report.files.map((f) => (f.source < 0 ? f : { ...f, flagged: { ...f.flagged, outside: bySource.get(f.source) ?? 0 } }));
	const total = { ...report.total, flagged: { ...report.total.flagged, outside: outside.length } };
	return { ...report, files, total, issues: mergeOutsideIssues(report.issues, outside) };
}

/** The issues other than outside, plus the new outside rows, ordered by source and line as the import orders them. */
function mergeOutsideIssues(issues: RowIssues, outside: readonly { source: number; line: number }[]): RowIssues {
	const rows: { source: number; line: number; code: number }[] = [];
	for (let i = 0; i < issues.length; i++) {
		if (issues.code[i] !== ROW_ISSUE_OUTSIDE) rows.push({ source: issues.source[i], line: issues.line[i], code: issues.code[i] });
	}
	for (const o of outside) rows.push({ ...o, code: ROW_ISSUE_OUTSIDE });
	rows.sort((a, b) => a.source - b.source || a.line - b.line);
	return {
		length: rows.length,
		source: Uint16Array.from(rows, (r) => r.source),
		line: Uint32Array.from(rows, (r) => r.line),
		code: Uint8Array.from(rows, (r) => r.code)
	};
}
