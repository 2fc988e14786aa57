/**
 * The row report: per file and in total, every row read ends kept or rejected by code; kept rows
 * are counted by flag and offence group; unmapped labels are listed; months are summarised.
 */
import { FLAG_KEYS, OFFENCE_GROUP_KEYS, type FlagKey, type OffenceGroupKey } from '../offences/groups';
import { REJECT_CODES, type FileCode, type RejectCode } from './codes';
import type { PrecisionCounts } from './precision';
import type { ColumnMapping } from './column-mapping';
import type { MonthSummary } from './month-gaps';

/** What to do with rows whose location is imprecise (shared, on a centroid, or rounded). */
export type PrecisionPolicy = 'keep' | 'exclude' | 'area-only';

/** The precision check of one file (issue 6 item 4). */
export interface FilePrecision extends PrecisionCounts {
	policy: PrecisionPolicy;
	/** imprecise / rows: the share of the file's located rows affected. */
	share: number;
	/** True when the policy was applied to rows; police.uk files are checked and reported only (every point is snapped alike). */
	applied: boolean;
}

/** Cells worth a second look in an analyst's file: kept as data, counted here. */
export interface CellWarnings {
	/** Cells starting =, +, - or @ that are not numbers: neutralised with a leading ' in any CSV written. */
	formulaLike: number;
	/** Offence labels holding HTML tags: stripped for display, kept raw. */
	html: number;
	/** Times in the repeated October hour (read as BST) and the skipped March hour (moved forward). */
	repeatedHour: number;
	skippedHour: number;
}

export interface RowCounts {
	rowsRead: number;
	kept: number;
	rejected: Record<RejectCode, number>;
	/** Kept rows carrying each flag. */
	flagged: Record<FlagKey, number>;
	/** Kept rows per offence group. */
	groups: Record<OffenceGroupKey, number>;
	/** Source labels the mapping table does not list, most frequent first; their rows are kept as "unmapped". */
	unmapped: { label: string; count: number }[];
}

export type FileStatus = 'read' | 'skipped' | 'refused';

export interface FileReport extends RowCounts {
	name: string;
	sizeBytes: number;
	status: FileStatus;
	/** Why a file was skipped or refused. */
	reason?: FileCode;
	detail?: string;
	/** Index into the columns' sources, -1 when the file was not read. */
	source: number;
	/** How the file was read (read files from a format other than police-uk only say more than police.uk's). */
	format?: 'police-uk' | 'delimited' | 'geojson';
	delimiter?: string;
	encoding?: string;
	/** The column mapping used for a delimited or GeoJSON file (detected or given). */
	columns?: ColumnMapping;
	precision?: FilePrecision;
	cells?: CellWarnings;
	/** The import (ImportRecord id) that brought the file into a dataset that grows; absent in reports kept before histories had ids. */
	importId?: string;
	/** Kept rows since dropped because a later import replaced their months: the file's rows in the dataset are kept - replaced. */
	replaced?: number;
	/** Those rows month by month, with the import that replaced them. */
	replacements?: Replacement[];
}

/** Kept rows of one file and month dropped when a later import brought the same month. */
export interface Replacement {
	monthIndex: number;
	rows: number;
	/** The id of the import that replaced them (it may since have been removed). */
	by: string;
}

/** Kept rows per source file and month. */
export interface SourceMonth {
	source: number;
	monthIndex: number;
	rows: number;
}

/** Rejected and flagged rows, column-wise: code indexes ROW_ISSUE_CODES; source indexes IngestReport.sources. */
export interface RowIssues {
	length: number;
	source: Uint16Array;
	line: Uint32Array;
	code: Uint8Array;
}

export interface IngestReport {
	files: FileReport[];
	total: RowCounts;
	/** Names of read files, by source index. */
	sources: string[];
	sourceMonths: SourceMonth[];
	months: MonthSummary[];
	issues: RowIssues;
	/** True when the import was cancelled before every file was read. */
	cancelled: boolean;
}

export function emptyCounts(): RowCounts {
	return {
		rowsRead: 0,
		kept: 0,
		rejected: Object.fromEntries(REJECT_CODES.map((c) => [c, 0])) as Record<RejectCode, number>,
		flagged: Object.fromEntries(FLAG_KEYS.map((c) => [c, 0])) as Record<FlagKey, number>,
		groups: Object.fromEntries(OFFENCE_GROUP_KEYS.map((c) => [c, 0])) as Record<OffenceGroupKey, number>,
		unmapped: []
	};
}

/** Adds b into a copy of a. */
export function addCounts(a: RowCounts, b: RowCounts): RowCounts {
	const out = emptyCounts();
	out.rowsRead = a.rowsRead + b.rowsRead;
	out.kept = a.kept + b.kept;
	for (const c of REJECT_CODES) out.rejected[c] = a.rejected[c] + b.rejected[c];
	for (const f of FLAG_KEYS) out.flagged[f] = a.flagged[f] + b.flagged[f];
	for (const g of OFFENCE_GROUP_KEYS) out.groups[g] = a.groups[g] + b.groups[g];
	const labels = new Map<string, number>();
	for (const u of [...a.unmapped, ...b.unmapped]) labels.set(u.label, (labels.get(u.label) ?? 0) + u.count);
	out.unmapped = sortLabels(labels);
	return out;
}

export function sortLabels(labels: ReadonlyMap<string, number>): { label: string; count: number }[] {
	return [...labels].map(([label, count]) => ({ label, count })).sort((x, y) => y.count - x.count || (x.label < y.label ? -1 : 1));
}

/** Growable column-wise issue list. */
export class RowIssueBuilder {
	length = 0;
	private source = new Uint16Array(256);
	private line = new Uint32Array(256);
	private code = new Uint8Array(256);

	add(source: number, line: number, code: number): void {
		if (this.length === this.code.length) {
			const n = this.length * 2;
			this.source = grow(this.source, new Uint16Array(n));
			this.line = grow(this.line, new Uint32Array(n));
			this.code = grow(this.code, new Uint8Array(n));
		}
		this.source[this.length] = source;
		this.line[this.length] = line;
		this.code[this.length] = code;
		this.length++;
	}

	/** Sorts entries [from, length) by line, stably: a generic file adds its outside rows after its rejects. */
	sortFrom(from: number): void {
		const order = Array.from({ length: this.length - from }, (_, i) => from + i).sort((a, b) => this.line[a] - this.line[b] || a - b);
		const source = order.map((i) => this.source[i]);
		const line = order.map((i) => this.line[i]);
		const code = order.map((i) => this.code[i]);
		this.source.set(source, from);
		this.line.set(line, from);
		this.code.set(code, from);
	}

	finish(): RowIssues {
		const n = this.length;
		return { length: n, source: this.source.slice(0, n), line: this.line.slice(0, n), code: this.code.slice(0, n) };
	}
}

function grow<T extends Uint8Array | Uint16Array | Uint32Array>(from: T, to: T): T {
	to.set(from);
	return to;
}

/** A kept report with a zero for every reject reason added since it was saved, so its sums stay numbers. */
export function withEveryRejectCode(report: IngestReport): IngestReport;
export function withEveryRejectCode(report: IngestReport | null): IngestReport | null;
export function withEveryRejectCode(report: IngestReport | null): IngestReport | null {
	if (!report) return report;
	const complete = <T extends RowCounts>(c: T): T => ({ ...c, rejected: { ...emptyCounts().rejected, ...c.rejected } });
	return { ...report, total: complete(report.total), files: report.files.map(complete) };
}
