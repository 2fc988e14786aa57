/**
 * Two ingests of consecutive inputs merged into what one ingest of both gives: rows concatenated with the second's
 * dictionary indices (H3 cells, offence codes, sources) remapped, its line numbers moved on where it continues a file
 * the first ended, and the report recounted. Dictionaries are append-only in order of first appearance, so the
 * sequential dictionary is the first's followed by the second's entries the first lacks, in the second's order.
 */
import { NUMERIC_COLUMNS, type IncidentColumns } from './columns';
import type { IngestResult } from './ingest';
import { summariseSourceMonths } from './month-gaps';
import { reportedPrecision, type CentroidIndex, type PointCounts } from './precision';
import { addCounts, emptyCounts, type FileReport, type IngestReport, type PrecisionPolicy, type RowCounts, type RowIssues, type SourceMonth } from './report';

export interface JoinOptions {
	/** Added to the line of every row of the joined file in the second result (the first's lines of that file, less the repeated header). */
	lineOffset: number;
	/** As given to the ingests: the joined file's precision check is run over all its rows (the parts may skip theirs). */
	centroids?: CentroidIndex;
	precisionPolicy?: PrecisionPolicy;
	/** The joined file's points and rows at each, both parts added (addPointCounts): the check then reads points, not rows. */
	points?: PointCounts;
}

export interface MergeOptions {
	/** The first result's last file and the second's first are two parts of one police.uk file; absent: separate files. */
	join?: JoinOptions;
}

/** Why two results cannot be joined as parts of one file. */
export class MergeError extends Error {}

/** Dictionary `a` extended by the entries of `b` it lacks, and where each of b's entries ended up. */
function mergeDictionary(a: readonly string[], b: readonly string[]): { values: string[]; remap: Uint32Array } {
	const index = new Map<string, number>();
	for (let i = 0; i < a.length; i++) index.set(a[i], i);
	const values = a.slice();
	const remap = new Uint32Array(b.length);
	for (let j = 0; j < b.length; j++) {
		let i = index.get(b[j]);
		if (i === undefined) {
			i = values.length;
			values.push(b[j]);
			index.set(b[j], i);
		}
		remap[j] = i;
	}
	return { values, remap };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((v, i) => v === b[i]);
}

function remapInPlace(column: Uint32Array | Uint16Array, from: number, remap: ArrayLike<number>): void {
	for (let r = from; r < column.length; r++) column[r] = remap[column[r]];
}

/** The first's joined file: its last read file, which must also be the last entry of its file list. */
function joinedFiles(a: IngestReport, b: IngestReport): [FileReport, FileReport] {
	const first = a.files[a.files.length - 1];
	const second = b.files[0];
	const readable = (f: FileReport | undefined) => f !== undefined && f.status === 'read' && f.format === 'police-uk';
	if (!readable(first) || !readable(second)) throw new MergeError('only two read parts of a police.uk file can be joined');
	if (first.source !== a.sources.length - 1 || second.source !== 0 || first.name !== second.name) throw new MergeError('the joined parts are not the same file');
	return [first, second];
}

function mergeColumns(a: IncidentColumns, b: IncidentColumns, sources: string[], sourceRemap: Uint16Array, join: JoinOptions | undefined): IncidentColumns {
	if (!sameList(a.lsoaCodes, b.lsoaCodes)) throw new MergeError('the two ingests used different LSOA tables');
	const n = a.length + b.length;
	const out = Object.fromEntries(
		NUMERIC_COLUMNS.map((k) => {
			const column = new (a[k].constructor as new (length: number) => (typeof a)[typeof k])(n);
			column.set(a[k] as never);
			column.set(b[k] as never, a.length);
			return [k, column];
		})
	) as unknown as Pick<IncidentColumns, (typeof NUMERIC_COLUMNS)[number]>;
	const cells = { 7: mergeDictionary(a.cells[7], b.cells[7]), 8: mergeDictionary(a.cells[8], b.cells[8]), 9: mergeDictionary(a.cells[9], b.cells[9]) };
	remapInPlace(out.cell7, a.length, cells[7].remap);
	remapInPlace(out.cell8, a.length, cells[8].remap);
	remapInPlace(out.cell9, a.length, cells[9].remap);
	const codes = mergeDictionary(a.offenceCodes, b.offenceCodes);
	// Offence code 0 means none, so the column holds 1 + the dictionary index.
	const codeRemap = Uint32Array.from({ length: b.offenceCodes.length + 1 }, (_, j) => (j === 0 ? 0 : codes.remap[j - 1] + 1));
	remapInPlace(out.offenceCode, a.length, codeRemap);
	if (join) for (let r = a.length; r < n; r++) if (out.source[r] === 0) out.line[r] += join.lineOffset;
	remapInPlace(out.source, a.length, sourceRemap);
	return {
		length: n,
		...out,
		offenceCodes: codes.values,
		cells: { 7: cells[7].values, 8: cells[8].values, 9: cells[9].values },
		lsoaCodes: a.lsoaCodes,
		sources
	};
}

function mergeIssues(a: RowIssues, b: RowIssues, sourceRemap: Uint16Array, join: JoinOptions | undefined): RowIssues {
	const n = a.length + b.length;
	const source = new Uint16Array(n);
	const line = new Uint32Array(n);
	const code = new Uint8Array(n);
	source.set(a.source.subarray(0, a.length));
	line.set(a.line.subarray(0, a.length));
	code.set(a.code.subarray(0, a.length));
	code.set(b.code.subarray(0, b.length), a.length);
	for (let i = 0; i < b.length; i++) {
		const s = b.source[i];
		source[a.length + i] = sourceRemap[s];
		line[a.length + i] = join && s === 0 ? b.line[i] + join.lineOffset : b.line[i];
	}
	return { length: n, source, line, code };
}

/** Month rows of the joined source: both parts' months added, in month order as one file reports them. */
function mergeSourceMonths(a: readonly SourceMonth[], b: readonly SourceMonth[], sourceRemap: Uint16Array, joined: number | null): SourceMonth[] {
	const moved = b.map((m) => ({ ...m, source: sourceRemap[m.source] }));
	if (joined === null) return [...a, ...moved];
	const rows = new Map<number, number>();
	for (const m of [...a, ...moved]) if (m.source === joined) rows.set(m.monthIndex, (rows.get(m.monthIndex) ?? 0) + m.rows);
	const months = [...rows].sort((x, y) => x[0] - y[0]).map(([monthIndex, n]) => ({ source: joined, monthIndex, rows: n }));
	return [...a.filter((m) => m.source !== joined), ...months, ...moved.filter((m) => m.source !== joined)];
}

/** The points of one source's rows, which lie together. */
function fileRows(columns: IncidentColumns, source: number): { lng: Float64Array; lat: Float64Array } {
	let from = 0;
	while (from < columns.length && columns.source[from] !== source) from++;
	let to = from;
	while (to < columns.length && columns.source[to] === source) to++;
	return { lng: columns.lng.subarray(from, to), lat: columns.lat.subarray(from, to) };
}

/** The two parts' report of one file: counts added, the precision check run over all its rows. */
function joinFileReports(first: FileReport, second: FileReport, columns: IncidentColumns, join: JoinOptions): FileReport {
	const counts: RowCounts = addCounts(first, second);
	const precision = reportedPrecision(join.points ? { points: join.points } : fileRows(columns, first.source), { centroids: join.centroids, policy: join.precisionPolicy ?? 'keep' });
	// Key order as a sequential ingest writes it (counts, name, size, status, source, format, precision).
	const { precision: _skipped, ...report } = first;
	return { ...report, ...counts, precision };
}

/**
 * One result equal, column for column and in the report, to a single ingest of the first's input followed by the
 * second's. Throws MergeError when a join is asked for parts that are not two read parts of one police.uk file.
 */
export function mergeIngestResults(first: IngestResult, second: IngestResult, options: MergeOptions = {}): IngestResult {
	const { join } = options;
	const a = first.report;
	const b = second.report;
	const joined = join ? joinedFiles(a, b) : null;
	// Under a join the second's source 0 is the first's last source; its other sources follow the first's.
	const shift = joined ? a.sources.length - 1 : a.sources.length;
	const sourceRemap = Uint16Array.from({ length: Math.max(1, b.sources.length) }, (_, j) => shift + j);
	const sources = [...a.sources, ...b.sources.slice(joined ? 1 : 0)];
	const columns = mergeColumns(first.columns, second.columns, sources, sourceRemap, join);
	const laterFiles = b.files.slice(joined ? 1 : 0).map((f) => (f.source >= 0 ? { ...f, source: sourceRemap[f.source] } : f));
	const files = joined && join ? [...a.files.slice(0, -1), joinFileReports(joined[0], joined[1], columns, join), ...laterFiles] : [...a.files, ...laterFiles];
	const sourceMonths = mergeSourceMonths(a.sourceMonths, b.sourceMonths, sourceRemap, joined ? joined[0].source : null);
	const report: IngestReport = {
		files,
		total: files.filter((f) => f.status === 'read').reduce(addCounts, emptyCounts()),
		sources,
		sourceMonths,
		months: summariseSourceMonths(sourceMonths),
		issues: mergeIssues(a.issues, b.issues, sourceRemap, join),
		cancelled: a.cancelled || b.cancelled
	};
	return { columns, report };
}
