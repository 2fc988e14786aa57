/**
 * What the row report shows, worked out from an IngestReport without the DOM: the balance in total and
 * per file, one line per non-zero reject reason, the outside flag, skipped and refused files, notable
 * months and unmapped labels. Numbers are formatted here in en-GB whatever the browser's locale.
 */
import { MESSAGES, REJECT_CODES, type FileCode, type RejectCode } from '$lib/analysis/ingest/codes';
import type { MonthSummary } from '$lib/analysis/ingest/month-gaps';
import type { FileReport, IngestReport, RowCounts } from '$lib/analysis/ingest/report';
import { formatCount } from '$lib/analysis/text/numbers';
import { DUPLICATE_OF } from '$lib/analysis/ingest/batch-duplicates';
import { monthUkLabel } from '$lib/analysis/time/month-index';

/** One decimal place: file sizes as the progress bar shows them. */
const MB = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Megabytes as people read them on disk labels (10^6 bytes), not mebibytes. */
export const BYTES_PER_MB = 1_000_000;

export { formatCount };

export function formatMegabytes(bytes: number): string {
	return MB.format(bytes / BYTES_PER_MB);
}

/** A whole percentage; below 1% reads "under 1%" so a small share never shows as zero. */
export function formatPercent(ratio: number): string {
	if (!Number.isFinite(ratio)) return 'n/a';
	if (ratio > 0 && ratio < 0.01) return 'under 1%';
	return `${Math.round(ratio * 100)}%`;
}

export interface Balance {
	rowsRead: number;
	kept: number;
	rejected: number;
}

export interface RejectLine {
	code: RejectCode;
	count: number;
	message: string;
}

export interface FileLine {
	name: string;
	balance: Balance;
	/** Kept rows outside Kent & Medway in this file. */
	outside: number;
	/** How the file was read, e.g. "semicolon-separated, UTF-8, easting/northing (OSGB36 via Helmert)". */
	readAs: string | null;
	/** Rows on shared points, LSOA centroids or rounded grids, and what was done with them; null when none. */
	precision: string | null;
	/** Formula-like cells, HTML labels and clock-change hours, in words; null when none. */
	cells: string | null;
	/** Kept rows a later import replaced, with their months, in words; null when none. */
	replaced: string | null;
}

export interface SkippedFile {
	name: string;
	status: 'skipped' | 'refused';
	reason: FileCode | null;
	/** The reason in words, with the size for a file over the limit. */
	text: string;
}

export interface MonthNote {
	/** "YYYY-MM", or "YYYY-MM to YYYY-MM" for a run of missing months. */
	months: string;
	status: 'low' | 'missing';
	text: string;
}

export interface RowReportModel {
	total: Balance;
	rejects: RejectLine[];
	outside: number;
	files: FileLine[];
	skipped: SkippedFile[];
	months: MonthNote[];
	unmapped: { label: string; count: number }[];
	/** Rejected rows plus rows flagged outside: the lines the download holds. */
	issueRows: number;
	/** Kept rows since replaced by later imports, and the rows the dataset holds now; null when nothing was replaced. */
	inDataset: { replaced: number; rows: number } | null;
	cancelled: boolean;
}

export function balanceOf(counts: Pick<RowCounts, 'rowsRead' | 'kept' | 'rejected'>): Balance {
	const rejected = REJECT_CODES.reduce((sum, code) => sum + counts.rejected[code], 0);
	return { rowsRead: counts.rowsRead, kept: counts.kept, rejected };
}

/** "Rows read 60,021 = kept 59,420 + rejected 601". */
export function balanceText(b: Balance): string {
	return `Rows read ${formatCount(b.rowsRead)} = kept ${formatCount(b.kept)} + rejected ${formatCount(b.rejected)}`;
}

export function rejectLines(counts: Pick<RowCounts, 'rejected'>): RejectLine[] {
	return REJECT_CODES.filter((code) => counts.rejected[code] > 0).map((code) => ({ code, count: counts.rejected[code], message: MESSAGES[code] }));
}

function skippedText(file: FileReport): string {
	const message = file.reason ? MESSAGES[file.reason] : file.status === 'refused' ? 'Refused' : 'Skipped';
	if (file.reason === 'file_too_large') return `${message} (${formatMegabytes(file.sizeBytes)} MB)`;
	return file.detail ? `${message}: ${file.detail}` : message;
}

export function skippedFiles(files: readonly FileReport[]): SkippedFile[] {
	return files
		.filter((f): f is FileReport & { status: 'skipped' | 'refused' } => f.status !== 'read')
		.map((f) => ({ name: f.name, status: f.status, reason: f.reason ?? null, text: skippedText(f) }));
}

/** Low months one per line; a run of missing months is one line, as the CLI prints them. */
export function monthNotes(months: readonly MonthSummary[]): MonthNote[] {
	const notes: MonthNote[] = [];
	for (let i = 0; i < months.length; i++) {
		const m = months[i];
		if (m.status === 'low') {
			notes.push({
				months: m.month,
				status: 'low',
				text: `${m.month}: about ${formatPercent(m.ratio)} of neighbouring months — likely incomplete; charts grey it`
			});
		}
		if (m.status !== 'missing') continue;
		let j = i;
		while (j + 1 < months.length && months[j + 1].status === 'missing') j++;
		const span = j === i ? m.month : `${m.month} to ${months[j].month}`;
		const text = j === i ? `${span}: no rows — missing; charts grey it` : `${span}: no rows (${j - i + 1} months) — missing; charts grey them`;
		notes.push({ months: span, status: 'missing', text });
		i = j;
	}
	return notes;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma-separated', ';': 'semicolon-separated', '\t': 'tab-separated' };
const COORDINATE_NAMES = { lnglat: 'latitude/longitude', bng: 'easting/northing (British National Grid, 7-parameter Helmert: within about 5 m)', geometry: 'GeoJSON points' };

/** The format, delimiter, encoding and coordinates a non-police.uk file was read with. */
export function readAsText(file: FileReport): string | null {
	if (!file.format || file.format === 'police-uk') return null;
	const parts = [file.format === 'geojson' ? 'GeoJSON' : (DELIMITER_NAMES[file.delimiter ?? ''] ?? 'delimited text')];
	if (file.encoding) parts.push(file.encoding === 'windows-1252' ? 'Windows-1252' : 'UTF-8');
	if (file.columns) parts.push(COORDINATE_NAMES[file.columns.coordinates.kind]);
	return parts.join(', ');
}

const POLICY_TEXT = { keep: 'kept and flagged', exclude: 'excluded', 'area-only': 'counted in district and LSOA tables only, not hexes' };

/** The precision check of one file in words: share affected, by reason, and the policy applied. */
export function precisionText(file: FileReport): string | null {
	const p = file.precision;
	if (!p || p.imprecise === 0) return null;
	const reasons = [
		p.shared ? `${formatCount(p.shared)} on ${formatCount(p.sharedCoordinates)} points shared by ${formatCount(p.sharedThreshold)}+ rows` : '',
		p.centroid ? `${formatCount(p.centroid)} on LSOA population-weighted centroids` : '',
		p.rounded100m ? `${formatCount(p.rounded100m)} rounded to 100 m` : '',
		p.rounded1km ? `${formatCount(p.rounded1km)} rounded to 1 km` : ''
	].filter(Boolean);
	const what = p.applied ? POLICY_TEXT[p.policy] : 'reported only (police.uk points are all snapped alike)';
	return `Location imprecise: ${formatCount(p.imprecise)} of ${formatCount(p.rows)} rows (${formatPercent(p.share)}): ${reasons.join('; ')}; ${what}`;
}

export function cellWarningText(file: FileReport): string | null {
	const c = file.cells;
	if (!c) return null;
	const parts = [
		c.formulaLike ? `${formatCount(c.formulaLike)} formula-like cells (neutralised in any CSV written)` : '',
		c.html ? `${formatCount(c.html)} offence labels with HTML (tags ignored for matching)` : '',
		c.repeatedHour ? `${formatCount(c.repeatedHour)} in the repeated October hour (read as BST)` : '',
		c.skippedHour ? `${formatCount(c.skippedHour)} in the skipped March hour (moved forward an hour)` : ''
	].filter(Boolean);
	return parts.length ? parts.join('; ') : null;
}

/** "1,234 of the kept rows replaced by a later import (01/2024, 02/2024)", and rows left out as another file's repeat. */
export function replacedText(file: Pick<FileReport, 'replaced' | 'replacements'>): string | null {
	if (!file.replaced) return null;
	const all = file.replacements ?? [];
	const repeats = all.filter((r) => r.by.startsWith(DUPLICATE_OF));
	const later = all.filter((r) => !r.by.startsWith(DUPLICATE_OF));
	const monthsOf = (list: typeof all) => [...new Set(list.map((r) => r.monthIndex))].sort((a, b) => a - b).map(monthUkLabel).join(', ');
	const parts: string[] = [];
	const laterRows = file.replaced - repeats.reduce((n, r) => n + r.rows, 0);
	if (laterRows > 0) parts.push(`${formatCount(laterRows)} of the kept rows replaced by a later import${later.length ? ` (${monthsOf(later)})` : ''}`);
	for (const of of new Set(repeats.map((r) => r.by.slice(DUPLICATE_OF.length)))) {
		const mine = repeats.filter((r) => r.by === `${DUPLICATE_OF}${of}`);
		parts.push(`${formatCount(mine.reduce((n, r) => n + r.rows, 0))} rows left out as the same rows as ${of} (${monthsOf(mine)}), so the month is not counted twice`);
	}
	return parts.join('; ');
}

export function rowReportModel(report: IngestReport): RowReportModel {
	const total = balanceOf(report.total);
	const outside = report.total.flagged.outside;
	const replaced = report.files.reduce((s, f) => s + (f.replaced ?? 0), 0);
	return {
		total,
		rejects: rejectLines(report.total),
		outside,
		files: report.files
			.filter((f) => f.status === 'read')
			.map((f) => ({ name: f.name, balance: balanceOf(f), outside: f.flagged.outside, readAs: readAsText(f), precision: precisionText(f), cells: cellWarningText(f), replaced: replacedText(f) })),
		skipped: skippedFiles(report.files),
		months: monthNotes(report.months),
		unmapped: report.total.unmapped,
		issueRows: total.rejected + outside,
		inDataset: replaced > 0 ? { replaced, rows: total.kept - replaced } : null,
		cancelled: report.cancelled
	};
}
