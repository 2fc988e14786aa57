/**
 * The import history of a dataset that grows: one record per import (its files with their SHA-256, the months
 * it covers, the rows it kept) and, refreshed from the dataset's row report, how many of its rows are still in the
 * dataset and which of its months later imports replaced. The report is the truth about rows: each file report
 * names its import, so a record never has to track row numbers itself.
 */
import { importMonths } from './file-period';
import type { IngestResult } from './ingest';
import { REJECT_CODES } from './codes';
import type { FileReport, IngestReport } from './report';

/** A file's SHA-256 as lower-case hex, or why it has none. */
export interface FileDigest {
	sha256: string | null;
	/** Set when sha256 is null, e.g. "not hashed: over 512 MiB". */
	note?: string;
}

export interface ImportedFile extends FileDigest {
	/** The name chosen (a folder upload's relative path); a zip's entries count under the zip. */
	name: string;
	bytes: number;
	/** First and last month of the file's kept rows when imported; null when it kept none. */
	period: [number, number] | null;
	kept: number;
	rejected: number;
}

/** Rows of one month of an import that a later import replaced. */
export interface ReplacedMonth {
	monthIndex: number;
	rows: number;
	/** The import that replaced them; it may since have been removed from the history. */
	by: string;
	/** No rows of this month are in the dataset now: the replacing import was removed, and removal restores nothing. */
	missing: boolean;
}

export interface ImportRecord {
	id: string;
	datasetId: string;
	/** Epoch ms of the import. */
	at: number;
	/** What the user called the import, else its files (importLabel). */
	label: string;
	files: ImportedFile[];
	/** The months the import covered (and replaced where the dataset had them), ascending. */
	months: number[];
	/** Rows kept when imported, and those still in the dataset after later replacements. */
	kept: number;
	inDataset: number;
	replaced: ReplacedMonth[];
}

/** What a record of rows kept before histories had ids says about its files' digests. */
export const NOT_HASHED_EARLIER = 'not hashed: imported before checksums were kept';

const rejectedOf = (f: FileReport) => REJECT_CODES.reduce((sum, code) => sum + f.rejected[code], 0);

/** The file reports of a chosen file: the file itself, or a zip's entries (named "zip:entry"). */
function reportsOf(files: readonly FileReport[], name: string): FileReport[] {
	return files.filter((f) => f.name === name || f.name.startsWith(`${name}:`));
}

/** The import's id on every one of its file reports (read, skipped and refused). */
export function tagImport(result: IngestResult, importId: string): IngestResult {
	return { columns: result.columns, report: { ...result.report, files: result.report.files.map((f) => ({ ...f, importId })) } };
}

/** The next id in a dataset's history: ids never repeat within a dataset, even after a removal. */
export function nextImportId(datasetId: string, records: readonly ImportRecord[]): string {
	const used = records.map((r) => Number(r.id.slice(r.id.lastIndexOf('#') + 1))).filter(Number.isInteger);
	return `${datasetId}#${Math.max(0, ...used) + 1}`;
}

export interface NewImport {
	id: string;
	datasetId: string;
	at: number;
	label: string;
	/** The chosen files, in the order chosen, each with its digest. */
	files: readonly { name: string; bytes: number; digest: FileDigest }[];
	/** The import's own report (before any merge into the dataset). */
	report: Pick<IngestReport, 'files' | 'sourceMonths'>;
}

/** The record of an import, as it stands the moment it lands. */
export function importRecord({ id, datasetId, at, label, files, report }: NewImport): ImportRecord {
	const out = files.map(({ name, bytes, digest }): ImportedFile => {
		const reports = reportsOf(report.files, name).filter((f) => f.status === 'read');
		const sources = new Set(reports.map((f) => f.source));
		const months = importMonths(report.sourceMonths.filter((m) => sources.has(m.source)));
		const period: [number, number] | null = months.length ? [months[0], months[months.length - 1]] : null;
		const kept = reports.reduce((s, f) => s + f.kept, 0);
		return { name, bytes, ...digest, period, kept, rejected: reports.reduce((s, f) => s + rejectedOf(f), 0) };
	});
	const kept = out.reduce((s, f) => s + f.kept, 0);
	return { id, datasetId, at, label, files: out, months: importMonths(report.sourceMonths), kept, inDataset: kept, replaced: [] };
}

/** Each record with its rows in the dataset and its replaced months worked out again from the dataset's report. */
export function refreshHistory(records: readonly ImportRecord[], report: Pick<IngestReport, 'files' | 'sourceMonths'>): ImportRecord[] {
	const present = new Set(report.sourceMonths.filter((m) => m.rows > 0).map((m) => m.monthIndex));
	return records.map((record) => {
		const files = report.files.filter((f) => f.importId === record.id && f.status === 'read');
		const inDataset = files.reduce((s, f) => s + f.kept - (f.replaced ?? 0), 0);
		const replaced = new Map<string, ReplacedMonth>();
		for (const r of files.flatMap((f) => f.replacements ?? [])) {
			const key = `${r.monthIndex}:${r.by}`;
			const entry = replaced.get(key) ?? { monthIndex: r.monthIndex, rows: 0, by: r.by, missing: !present.has(r.monthIndex) };
			entry.rows += r.rows;
			replaced.set(key, entry);
		}
		return { ...record, inDataset, replaced: [...replaced.values()].sort((a, b) => a.monthIndex - b.monthIndex) };
	});
}

/**
 * A dataset kept before its files named their import: those files go to its oldest record, or, with no record at
 * all, to one made up from the report (no digests), so every row belongs to an import that can be listed and removed.
 */
export function claimUntagged(report: IngestReport, records: readonly ImportRecord[], datasetId: string, at: number): { report: IngestReport; records: ImportRecord[] } {
	const untagged = report.files.filter((f) => f.importId === undefined);
	if (untagged.length === 0) return { report, records: [...records] };
	const oldest = [...records].sort((a, b) => a.at - b.at)[0];
	const owner =
		oldest ??
		importRecord({
			id: `${datasetId}#0`,
			datasetId,
			at,
			label: 'Imported before this browser kept an import history',
			files: untagged.map((f) => ({ name: f.name, bytes: f.sizeBytes, digest: { sha256: null, note: NOT_HASHED_EARLIER } })),
			report
		});
	const tagged = { ...report, files: report.files.map((f) => (f.importId === undefined ? { ...f, importId: owner.id } : f)) };
	// A record rewritten from version 2 of the store has no months: its files' periods are read from the report.
	const sources = new Set(untagged.map((f) => f.source));
	const dated = (r: ImportRecord): ImportRecord =>
		r.id === owner.id && r.months.length === 0
			? importRecord({ ...r, files: r.files.map(({ name, bytes, sha256, note }) => ({ name, bytes, digest: note ? { sha256, note } : { sha256 } })), report: { files: untagged, sourceMonths: report.sourceMonths.filter((m) => sources.has(m.source)) } })
			: r;
	return { report: tagged, records: refreshHistory((oldest ? records : [owner, ...records]).map(dated), tagged) };
}

/** Indices of the chosen files whose SHA-256 a record of the history already lists, or an earlier file of the same batch. */
export function seenFiles(digests: readonly FileDigest[], records: readonly ImportRecord[]): number[] {
	const known = new Set(records.flatMap((r) => r.files.map((f) => f.sha256)).filter((h): h is string => h !== null));
	// A second copy within the batch (the same file under two names in a folder) counts as seen, so it is never read twice.
	return digests.flatMap((d, i) => {
		if (d.sha256 === null) return [];
		if (known.has(d.sha256)) return [i];
		known.add(d.sha256);
		return [];
	});
}
