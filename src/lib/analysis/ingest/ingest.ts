/**
 * Streaming police.uk ingest: files are begun, fed text chunks of any size and ended; finish()
 * returns the column store and the row report. Work happens inside push(), so a worker can post
 * progress and honour a cancel between chunks.
 */
import { OffenceCodeDictionary } from '../offences/offence-code';
import { genericMapping, LabelMapper } from '../offences/label-mapper';
import { policeUkMapping, type OffenceMapping } from '../offences/mapping';
import { FLAG_KEYS, OFFENCE_GROUP_KEYS } from '../offences/groups';
import { reportedPrecision, type CentroidIndex, type PointCounts } from './precision';
import type { AreaIndex } from '../spatial/area-index';
import { LondonClock } from '../time/london';
import { briefDetail, REJECT, REJECT_CODES } from './codes';
import type { ColumnMapping } from './column-mapping';
import { ColumnBuilder, type IncidentColumns } from './columns';
import { CsvScanner, type CsvRecord } from './csv-scanner';
import { classifyArchiveEntry, classifyFileName, classifyAnyFile, DEFAULT_MAX_FILE_BYTES, MAX_GEOJSON_CHARS, type FileKind } from './file-kinds';
import { FileState } from './file-state';
import { GenericFiles } from './generic-file';
import { LocationMemo } from './location-memo';
import { summariseSourceMonths } from './month-gaps';
import { resolvePoliceUkHeader } from './police-uk-header';
import { PoliceUkRows } from './police-uk-rows';
import { addCounts, emptyCounts, RowIssueBuilder, sortLabels, type FileReport, type IngestReport, type PrecisionPolicy, type SourceMonth } from './report';
import { detectDelimiter, looksBinary, looksLikeGeoJson, SNIFF_CHARS } from './sniff';
import type { EncodingChoice } from './text-decoding';

/**
 * police-uk: police.uk street CSVs only (the original behaviour, and the default).
 * auto: police.uk files recognised by their header, any other CSV/TSV/text/GeoJSON read as generic.
 * generic: every file read as generic, even with a police.uk header.
 */
export type IngestFormat = 'police-uk' | 'auto' | 'generic';
export interface IngestOptions {
	/** LSOA 2021 polygons; points in none are kept with the outside flag. */
	areas: AreaIndex;
	/** Offence mapping; police-uk-mapping.json when omitted. */
	mapping?: OffenceMapping;
	/** Files larger than this are refused before reading; default 1 GiB. */
	maxFileBytes?: number;
	/** Rows expected in all, to size the column store once. */
	expectedRows?: number;
	/** See CsvScannerOptions. */
	maxRecordChars?: number;
	/** Longest GeoJSON text read (MAX_GEOJSON_CHARS); a larger file is refused as geojson_too_large. */
	maxGeoJsonChars?: number;
	/** Which files are read and how; default 'police-uk'. */
	format?: IngestFormat;
	/** Column mapping for generic files; detected per file (detectColumns) when absent. */
	columns?: ColumnMapping;
	/** Text encoding for ingestSource/ingestZip to decode with; default 'auto' (UTF-8, else Windows-1252). */
	encoding?: EncodingChoice;
	/** Rows with imprecise locations in generic files: kept and flagged (default), excluded, or kept for area tables only. */
	precisionPolicy?: PrecisionPolicy;
	/** LSOA population-weighted centroids for the precision check (createCentroidIndex). */
	centroids?: CentroidIndex;
	/** The import time, epoch ms: rows dated later are rejected as future_date. No check when absent. */
	now?: number;
	/** Leaves police.uk files' precision check out of their reports and counts their rows per point instead (pointCounts): set for the parts of a cut file, whose merge runs the check once. */
	skipPoliceUkPrecision?: boolean;
}

export interface IngestProgress {
	filesDone: number;
	currentFile: string | null;
	rowsRead: number;
	kept: number;
	rejected: number;
	/** Bytes pushed so far (as reported by push), including whole skipped files. */
	bytesRead: number;
}

export interface IngestResult {
	columns: IncidentColumns;
	report: IngestReport;
}

export interface Ingest {
	/** Size limit in bytes above which files are refused unread. */
	readonly maxFileBytes: number;
	/** The encoding option, for whoever turns bytes into text. */
	readonly encoding: EncodingChoice;
	/** Whether a file (or a zip entry) is read under this ingest's format. */
	classify(path: string, options?: { inArchive?: boolean }): FileKind;
	/** Records the encoding a file was decoded with (reported per file). */
	noteEncoding(encoding: string): void;
	/** Starts a file; returns whether its rows will be read (false: skipped or refused, with the code). */
	beginFile(name: string, sizeBytes: number, kind?: FileKind): FileKind;
	/** Feeds decoded text; byteLength (for progress) defaults to the text's length. */
	push(text: string, byteLength?: number): void;
	/**
	 * Where the current file's text so far ends: between records of a police.uk file, with the line the next record
	 * would start on; null inside a record or line ending, before the header is read, in any other format, or (in auto
	 * format) within the first SNIFF_CHARS, while the file's kind is still being decided. A file
	 * cut there can be ingested in parts and merged (merge-results.ts).
	 */
	recordBoundary(): { line: number } | null;
	/**
	 * The distinct points of the kept rows of the file last ended, with the rows at each, when the ingest was made
	 * with skipPoliceUkPrecision (the merge of a cut file's parts checks precision from them); else null.
	 */
	pointCounts(): PointCounts | null;
	/** Ends the current file and returns its report. */
	endFile(): FileReport;
	progress(): IngestProgress;
	finish(): IngestResult;
}

class IngestSession implements Ingest {
	private readonly areas: AreaIndex;
	private readonly mapping: OffenceMapping;
	readonly maxFileBytes: number;
	private readonly builder: ColumnBuilder;
	private readonly memo: LocationMemo;
	private readonly offenceCodes = new OffenceCodeDictionary();
	private readonly issues = new RowIssueBuilder();
	private readonly options: IngestOptions;
	private readonly format: IngestFormat;
	readonly encoding: EncodingChoice;
	private readonly generic: GenericFiles;
	private readonly policeUk: PoliceUkRows;
	private readonly files: FileReport[] = [];
	private readonly sources: string[] = [];
	private file: FileState | null = null;
	private skipping: FileReport | null = null;
	private finished = false;
	private bytes = 0;
	private totals = { rowsRead: 0, kept: 0 };
	/** The rows per memo slot of the file last ended (FileState.slotRows), for pointCounts. */
	private endedSlotRows: Int32Array | null = null;

	constructor(options: IngestOptions) {
		this.areas = options.areas;
		this.mapping = options.mapping ?? policeUkMapping();
		this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
		this.builder = new ColumnBuilder(options.expectedRows ?? 65_536);
		this.memo = new LocationMemo(options.areas);
		this.options = options;
		this.format = options.format ?? 'police-uk';
		this.encoding = options.encoding ?? 'auto';
		this.policeUk = new PoliceUkRows({ builder: this.builder, memo: this.memo, issues: this.issues, mapping: this.mapping });
		this.generic = new GenericFiles({
			builder: this.builder,
			offenceCodes: this.offenceCodes,
			memo: this.memo,
			issues: this.issues,
			clock: new LondonClock(),
			labels: new LabelMapper(options.mapping ?? genericMapping()),
			now: options.now ?? Number.POSITIVE_INFINITY,
			columns: options.columns,
			precisionPolicy: options.precisionPolicy ?? 'keep',
			centroids: options.centroids
		});
	}

	classify(path: string, options: { inArchive?: boolean } = {}): FileKind {
		const police = options.inArchive ? classifyArchiveEntry(path) : classifyFileName(path);
		if (this.format === 'police-uk' || police.read || (!police.read && police.code !== 'not_street_csv')) return police;
		return classifyAnyFile(path);
	}

	noteEncoding(encoding: string): void {
		if (this.file) this.file.encoding = encoding;
	}

	beginFile(name: string, sizeBytes: number, kind: FileKind = this.classify(name)): FileKind {
		this.assertOpen();
		if (this.file || this.skipping) throw new Error('beginFile: the previous file was not ended');
		const decided: FileKind = kind.read && sizeBytes > this.maxFileBytes ? { read: false, code: 'file_too_large' } : kind;
		if (!decided.read) {
			const status = decided.code === 'file_too_large' ? 'refused' : 'skipped';
			this.skipping = { ...emptyCounts(), name, sizeBytes, status, reason: decided.code, source: -1 };
			return decided;
		}
		this.file = new FileState(name, sizeBytes, this.sources.length);
		this.file.firstRow = this.builder.length;
		if (this.options.skipPoliceUkPrecision) this.file.slotRows = new Int32Array(1024);
		this.sources.push(name);
		return decided;
	}

	push(text: string, byteLength = text.length): void {
		this.assertOpen();
		if (this.skipping) return;
		if (!this.file) throw new Error('push: no file begun');
		this.bytes += byteLength;
		const f = this.file;
		if (f.refused !== null) return;
		this.feed(f, f.lineEndings.push(text));
	}

	private feed(f: FileState, text: string): void {
		if (text === '') return;
		if (f.mode === 'sniff' || f.mode === 'geojson') {
			f.hold(text);
			if (f.mode === 'sniff' && f.heldChars >= SNIFF_CHARS) this.decide(f);
			else if (f.mode === 'geojson') this.limitGeoJson(f);
		} else f.scanner?.push(text);
	}

	/** A GeoJSON file is parsed whole: past the limit it is refused (and its text let go) before memory runs out. */
	private limitGeoJson(f: FileState): void {
		const limit = this.options.maxGeoJsonChars ?? MAX_GEOJSON_CHARS;
		if (f.heldChars <= limit) return;
		f.takeHeld();
		f.refused = 'geojson_too_large';
		f.detail = `more than ${limit.toLocaleString('en-GB')} characters`;
	}

	/** Decides from the first characters what the file is, then starts reading it. */
	private decide(f: FileState, final = false): void {
		const text = f.takeHeld();
		f.sample = text;
		f.sampleComplete = final;
		const name = f.name;
		if (this.format !== 'police-uk') {
			if (looksBinary(text)) {
				f.refused = 'binary_file';
				return;
			}
			if (looksLikeGeoJson(text, name)) {
				f.mode = 'geojson';
				f.hold(text);
				this.limitGeoJson(f);
				return;
			}
		}
		f.delimiter = this.format === 'police-uk' ? ',' : (this.options.columns?.delimiter ?? detectDelimiter(text));
		f.mode = 'police-uk';
		f.scanner = new CsvScanner((r) => this.onRecord(r), { maxRecordChars: this.options.maxRecordChars, delimiter: f.delimiter });
		f.scanner.push(text);
		if (!final) f.sample = '';
	}

	recordBoundary(): { line: number } | null {
		const f = this.file;
		// Deciding early changes nothing in police-uk format, where the held sample only feeds generic files.
		if (f && f.refused === null && f.mode === 'sniff' && this.format === 'police-uk') this.decide(f);
		if (!f || f.refused !== null || f.mode !== 'police-uk' || f.header === null || f.lineEndings.holding) return null;
		const line = f.scanner?.recordBoundary() ?? null;
		return line === null ? null : { line };
	}

	pointCounts(): PointCounts | null {
		const rows = this.endedSlotRows;
		if (!rows) return null;
		let n = 0;
		for (let s = 0; s < rows.length; s++) if (rows[s] > 0) n++;
		const out = { lng: new Float64Array(n), lat: new Float64Array(n), rows: new Int32Array(n) };
		const { lng, lat } = this.memo;
		// Plain loops: TypedArray.from with a mapping function is many times slower at a million points.
		for (let s = 0, i = 0; s < rows.length; s++) {
			if (rows[s] === 0) continue;
			out.lng[i] = lng[s];
			out.lat[i] = lat[s];
			out.rows[i++] = rows[s];
		}
		return out;
	}

	endFile(): FileReport {
		this.assertOpen();
		if (this.skipping) {
			const report = this.skipping;
			this.bytes += report.sizeBytes;
			this.skipping = null;
			this.files.push(report);
			return report;
		}
		const f = this.file;
		if (!f) throw new Error('endFile: no file begun');
		if (f.refused === null) this.feed(f, f.lineEndings.end());
		if (f.mode === 'sniff') this.decide(f, true);
		if (f.mode === 'geojson' && f.refused === null) this.generic.geojson(f, f.takeHeld());
		else f.scanner?.end();
		if (f.mode === 'delimited' && f.refused === null && f.counts.rowsRead === 0) f.refused = 'header_only';
		if (f.header === null && f.genericHeader === null && f.refused === null) f.refused = 'empty_file';
		if (f.mode === 'delimited' || f.mode === 'geojson') this.generic.finish(f);
		else if (f.header !== null && f.refused === null && !this.options.skipPoliceUkPrecision) this.checkPoliceUkPrecision(f);
		this.file = null;
		this.endedSlotRows = f.slotRows;
		const report = this.fileReport(f);
		this.files.push(report);
		return report;
	}

	progress(): IngestProgress {
		const rowsRead = this.totals.rowsRead + (this.file?.counts.rowsRead ?? 0);
		const kept = this.totals.kept + (this.file?.counts.kept ?? 0);
		return { filesDone: this.files.length, currentFile: this.file?.name ?? this.skipping?.name ?? null, rowsRead, kept, rejected: rowsRead - kept, bytesRead: this.bytes };
	}

	finish(): IngestResult {
		this.assertOpen();
		if (this.file || this.skipping) this.endFile();
		this.finished = true;
		const columns = this.builder.finish({
			cells: this.memo.cellDictionaries(),
			lsoaCodes: this.areas.codes,
			sources: this.sources,
			offenceCodes: this.offenceCodes.codes
		});
		const read = this.files.filter((f) => f.status === 'read');
		const total = read.reduce(addCounts, emptyCounts());
		const report: IngestReport = {
			files: this.files,
			total,
			sources: this.sources,
			sourceMonths: this.sourceMonths,
			months: summariseSourceMonths(this.sourceMonths),
			issues: this.issues.finish(),
			cancelled: false
		};
		return { columns, report };
	}

	private readonly sourceMonths: SourceMonth[] = [];

	private assertOpen(): void {
		if (this.finished) throw new Error('ingest already finished');
	}

	private fileReport(f: FileState): FileReport {
		const c = f.counts;
		for (const code of REJECT_CODES) c.rejected[code] = f.rejected[REJECT[code]];
		FLAG_KEYS.forEach((flag, i) => (c.flagged[flag] = f.flagged[i]));
		OFFENCE_GROUP_KEYS.forEach((g, i) => (c.groups[g] = f.groups[i]));
		f.flushMonth();
		const unmapped = new Map([...f.unmapped].map(([k, n]) => [this.policeUk.label(k), n]));
		for (const [label, n] of f.unmappedText) unmapped.set(label, (unmapped.get(label) ?? 0) + n);
		c.unmapped = sortLabels(unmapped);
		this.totals.rowsRead += c.rowsRead;
		this.totals.kept += c.kept;
		for (const [monthIndex, rows] of [...f.months].sort((a, b) => a[0] - b[0])) this.sourceMonths.push({ source: f.source, monthIndex, rows });
		const status = f.refused ? 'refused' : 'read';
		const base: FileReport = { ...c, name: f.name, sizeBytes: f.sizeBytes, status, source: f.source };
		if (f.mode === 'delimited' || f.mode === 'geojson') {
			Object.assign(base, { format: f.mode, encoding: f.encoding || undefined, cells: f.cells }, f.mode === 'delimited' && { delimiter: f.delimiter });
			if (f.columns) base.columns = f.columns;
		} else if (f.header !== null) base.format = 'police-uk';
		if (f.precision) base.precision = f.precision;
		return f.refused ? { ...base, reason: f.refused, detail: briefDetail(f.detail) } : base;
	}

	/** police.uk files are checked and reported, never flagged: police.uk snaps every point to a map point by design. */
	private checkPoliceUkPrecision(f: FileState): void {
		const c = this.builder.cols;
		const end = this.builder.length;
		const rows = { lng: c.lng.subarray(f.firstRow, end), lat: c.lat.subarray(f.firstRow, end) };
		f.precision = reportedPrecision(rows, { centroids: this.options.centroids, policy: this.options.precisionPolicy ?? 'keep' });
	}

	private onRecord(rec: CsvRecord): void {
		const f = this.file as FileState;
		if (f.refused !== null) return;
		if (f.genericHeader !== null) return this.generic.record(f, rec);
		if (f.header === null) {
			const fields = Array.from({ length: rec.count }, (_, i) => rec.field(i));
			const header = resolvePoliceUkHeader(fields);
			const policeUk = !('missing' in header) && this.format !== 'generic' && f.delimiter === ',';
			if (policeUk) f.header = header;
			else if (this.format === 'police-uk' && 'missing' in header) {
				f.refused = 'missing_columns';
				f.detail = header.missing.join(', ');
			} else this.generic.begin(f, fields, f.sample, f.sampleComplete);
			f.sample = '';
			return;
		}
		this.policeUk.record(f, rec);
	}


}


/** Starts an ingest; see Ingest for the call order (beginFile, push..., endFile, ..., finish). */
export function createIngest(options: IngestOptions): Ingest {
	return new IngestSession(options);
}
