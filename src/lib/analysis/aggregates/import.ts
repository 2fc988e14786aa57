/**
 * Imports an aggregate CSV (text already decoded) all or nothing: the table comes back only when every
 * row passed, and the report accounts for every row read either way, so the user can fix and retry.
 */
import { CsvScanner, type CsvRecord } from '../ingest/csv-scanner';
import { detectDelimiter } from '../ingest/sniff';
import type { AreaLookup } from './areas';
import { AGGREGATE_ROW_CODES, briefValue, type AggregateFileCode, type AggregateRowCode } from './codes';
import { COLUMN_ROLES, detectAggregateColumns, type AggregateColumns, type ColumnRole } from './header';
import type { PeriodKind } from './periods';
import { isRowProblem, problem, readAggregateRow, type AggregateRow } from './row';
import { majorityKind, tableProblems } from './table-checks';

export interface AggregateTable {
	/** One kind for the whole table: the import refuses a mix. */
	periodKind: PeriodKind;
	/** In file order. */
	rows: readonly AggregateRow[];
	/** Distinct measure keys, sorted. */
	measures: readonly string[];
	/** LSOA 2021 per district, from the lookup, so a district is summed from LSOAs only when all are present. */
	lsoaCount: readonly number[];
}

export interface RejectedRow {
	line: number;
	code: AggregateRowCode;
	/** The offending cell(s), as written. */
	value: string;
	/** Line of the earlier row an overlap clashes with. */
	conflictsWith?: number;
}

export interface AggregateReport {
	/** Rows after the header, blank lines not counted. */
	rowsRead: number;
	/** Rows that passed every check (imported only when none was rejected). */
	kept: number;
	rejected: number;
	byCode: Record<AggregateRowCode, number>;
	/** Every rejected row, by line. */
	rejectedRows: RejectedRow[];
	blankLines: number;
	delimiter: string;
	/** The header each field was read from. */
	columns: Partial<Record<ColumnRole, string>>;
	/** Set when the file was refused before its rows were judged. */
	fileError?: { code: AggregateFileCode; detail: string };
}

export type AggregateImport = { ok: true; table: AggregateTable; report: AggregateReport } | { ok: false; report: AggregateReport };

/** Enough of the file to tell its delimiter by. */
const SNIFF_CHARS = 64 * 1024;

interface Scanned {
	header: string[] | null;
	rows: { line: number; fields: string[] | null }[];
	blankLines: number;
}

/** Every record, fields copied out (the scanner reuses its record); null fields for an unreadable one. */
function scan(text: string, delimiter: string): Scanned {
	const out: Scanned = { header: null, rows: [], blankLines: 0 };
	const fields = (r: CsvRecord) => Array.from({ length: r.count }, (_, i) => r.field(i));
	const scanner = new CsvScanner(
		(r) => {
			if (r.ok && r.isBlank()) {
				if (out.header) out.blankLines++;
			} else if (!out.header) out.header = r.ok ? fields(r).map((h) => h.trim()) : [];
			else out.rows.push({ line: r.line, fields: r.ok ? fields(r) : null });
		},
		{ delimiter }
	);
	scanner.push(text);
	scanner.end();
	return out;
}

function report(delimiter: string, columns: Partial<Record<ColumnRole, string>> = {}): AggregateReport {
	const byCode = Object.fromEntries(AGGREGATE_ROW_CODES.map((c) => [c, 0])) as Record<AggregateRowCode, number>;
	return { rowsRead: 0, kept: 0, rejected: 0, byCode, rejectedRows: [], blankLines: 0, delimiter, columns };
}

function refuse(rep: AggregateReport, code: AggregateFileCode, detail = ''): AggregateImport {
	return { ok: false, report: { ...rep, fileError: { code, detail: briefValue(detail) } } };
}

/** A row wider than the header is malformed unless the extra cells are empty (spreadsheets pad rows). */
function widthProblem(fields: readonly string[], width: number): boolean {
	return fields.slice(width).some((f) => f.trim() !== '');
}

export function importAggregateCsv(text: string, lookup: AreaLookup, options: { delimiter?: string } = {}): AggregateImport {
	const delimiter = options.delimiter ?? detectDelimiter(text.slice(0, SNIFF_CHARS));
	const scanned = scan(text, delimiter);
	if (!scanned.header || scanned.header.length === 0) return refuse(report(delimiter), 'empty_file');
	const header = scanned.header;
	const detected = detectAggregateColumns(header);
	if ('error' in detected) return refuse(report(delimiter), detected.error, detected.detail);
	const columns: AggregateColumns = detected.columns;
	const used = Object.fromEntries(COLUMN_ROLES.filter((r) => columns[r] >= 0).map((r) => [r, header[columns[r]]]));
	const rep = report(delimiter, used);
	rep.blankLines = scanned.blankLines;
	if (scanned.rows.length === 0) return refuse(rep, 'no_rows');

	const rejected: RejectedRow[] = [];
	const rows: AggregateRow[] = [];
	for (const { line, fields } of scanned.rows) {
		if (!fields || widthProblem(fields, header.length)) {
			rejected.push({ line, ...problem('malformed_row', fields ? fields.join(delimiter) : '') });
			continue;
		}
		const result = readAggregateRow((i) => (i >= 0 ? (fields[i] ?? '') : ''), columns, lookup);
		if (isRowProblem(result)) rejected.push({ line, ...result });
		else rows.push({ line, ...result });
	}
	const clashes = tableProblems(rows);
	for (const p of clashes) rejected.push({ line: rows[p.index].line, code: p.code, value: briefValue(p.value), ...(p.conflictsWith !== undefined && { conflictsWith: p.conflictsWith }) });
	rejected.sort((a, b) => a.line - b.line);
	for (const r of rejected) rep.byCode[r.code]++;
	Object.assign(rep, { rowsRead: scanned.rows.length, rejected: rejected.length, kept: scanned.rows.length - rejected.length, rejectedRows: rejected });
	if (rejected.length > 0) return { ok: false, report: rep };
	return { ok: true, report: rep, table: tableOf(rows, lookup) };
}

function tableOf(rows: AggregateRow[], lookup: AreaLookup): AggregateTable {
	// One label per measure key, the first written, so the rows agree on how to show it.
	const labels = new Map<string, string>();
	for (const row of rows) if (!labels.has(row.measure)) labels.set(row.measure, row.measureLabel);
	return {
		periodKind: majorityKind(rows)!,
		rows: rows.map((row) => ({ ...row, measureLabel: labels.get(row.measure)! })),
		measures: [...labels.keys()].sort(),
		lsoaCount: [...lookup.lsoaCount]
	};
}
