/**
 * Rows of analysts' files (delimited text and GeoJSON) under a ColumnMapping, into the same column
 * store and row report as police.uk. Group and flag counts are taken once the file ends, after
 * the precision check may have flagged or removed rows.
 */
import type { OffenceCodeDictionary } from '../offences/offence-code';
import { FLAG, OFFENCE_GROUP } from '../offences/groups';
import { hasHtml, type LabelMapper } from '../offences/label-mapper';
import { detectImprecision, type CentroidIndex } from './precision';
import type { LondonClock } from '../time/london';
import { isFuture, rowTime } from '../time/row-time';
import { REJECT, ROW_ISSUE_OUTSIDE, MESSAGES, unreadableReason } from './codes';
import { mappedColumns, resolveColumns, type ColumnMapping } from './column-mapping';
import { compactRows, type ColumnBuilder } from './columns';
import type { CsvRecord } from './csv-scanner';
import { detectColumns, mappedIndices } from './detect-columns';
import type { FileState } from './file-state';
import { GenericRowReader, type GenericRow } from './generic-row';
import { parseJsonText, readGeoJsonRows } from './geojson-rows';
import type { LocationMemo } from './location-memo';
import type { PrecisionPolicy, RowIssueBuilder } from './report';
import type { Delimiter } from './sniff';
import { isFormulaLike } from './cell-safety';

export interface GenericContext {
	/** Numbers the Home Office offence codes rows carry. */
	readonly offenceCodes: OffenceCodeDictionary;
	builder: ColumnBuilder;
	memo: LocationMemo;
	issues: RowIssueBuilder;
	clock: LondonClock;
	labels: LabelMapper;
	/** Import time, epoch ms; later dates are rejected as future_date. */
	now: number;
	columns?: ColumnMapping;
	precisionPolicy: PrecisionPolicy;
	centroids?: CentroidIndex;
}

export class GenericFiles {
	constructor(private readonly ctx: GenericContext) {}

	/** Reads a delimited file's header: a given mapping is checked against it, else one is detected from the sample. */
	begin(f: FileState, fields: string[], sample: string, complete: boolean): void {
		f.mode = 'delimited';
		f.genericHeader = fields.map((h) => h.trim());
		const mapping = this.ctx.columns ?? detectColumns(sample, { delimiter: f.delimiter as Delimiter, now: this.ctx.now, complete }).mapping;
		this.useMapping(f, mapping, f.genericHeader);
	}

	private useMapping(f: FileState, mapping: ColumnMapping | null, headers: string[]): void {
		f.firstRow = this.ctx.builder.length;
		f.firstIssue = this.ctx.issues.length;
		if (!mapping) {
			f.refused = 'no_usable_columns';
			f.detail = headers.join(', ');
			return;
		}
		if (mapping.coordinates.kind !== 'geometry' || f.mode !== 'geojson') {
			const resolved = resolveColumns(mapping, headers);
			if ('missing' in resolved) {
				f.refused = 'missing_columns';
				f.detail = resolved.missing.join(', ');
				return;
			}
		}
		f.columns = mapping;
		f.reader = new GenericRowReader(mapping, mappedIndices(mapping, headers));
	}

	record(f: FileState, rec: CsvRecord): void {
		f.counts.rowsRead++;
		const line = rec.line;
		if (!rec.ok || rec.count !== (f.genericHeader as string[]).length) {
			if (rec.ok && rec.isBlank()) return this.reject(f, REJECT.empty_row, line);
			return this.reject(f, unreadableReason(rec.problem), line);
		}
		if (rec.isBlank()) return this.reject(f, REJECT.empty_row, line);
		for (let i = 0; i < rec.count; i++) if (isFormulaLike(rec.text, rec.starts[i], rec.ends[i])) f.cells.formulaLike++;
		this.row(f, (f.reader as GenericRowReader).read((i) => rec.field(i)), line);
	}

	/** A whole GeoJSON file: detection (or the given mapping) over its properties, then every feature. */
	geojson(f: FileState, text: string): void {
		f.mode = 'geojson';
		// Parsed once for detection and reading alike: a large file is not parsed twice.
		const parsed = parseJsonText(text);
		const mapping = this.ctx.columns ?? detectColumns(text, { name: '.geojson', now: this.ctx.now, parsed }).mapping;
		// Rows hold the mapped properties only: 5,000 features with distinct keys no longer build 5,000 x 5,000 cells.
		const g = readGeoJsonRows(parsed, mapping ? { only: mappedColumns(mapping) } : {});
		if ('error' in g) {
			f.refused = 'invalid_geojson';
			f.detail = g.detail;
			return;
		}
		if (g.rows.length === 0) {
			f.refused = 'header_only';
			return;
		}
		f.genericHeader = g.headers;
		this.useMapping(f, mapping, g.headers);
		if (f.refused) return;
		for (const r of g.rows) {
			f.counts.rowsRead++;
			for (const v of r.fields) if (isFormulaLike(v, 0, v.length)) f.cells.formulaLike++;
			this.row(f, (f.reader as GenericRowReader).read((i) => r.fields[i] ?? '', r.point ?? undefined), r.line);
		}
	}

	private reject(f: FileState, code: number, line: number): void {
		f.rejected[code]++;
		this.ctx.issues.add(f.source, line, code);
	}

	private row(f: FileState, read: ReturnType<GenericRowReader['read']>, line: number): void {
		if ('reject' in read) return this.reject(f, REJECT[read.reject], line);
		const slot = this.ctx.memo.slotOf(read.lng, read.lat);
		if (slot < 0) return this.reject(f, -slot - 1, line);
		const t = rowTime(read.reading, this.ctx.clock);
		if (isFuture(read.reading, t, this.ctx.now)) return this.reject(f, REJECT.future_date, line);
		if (t.warning === 'repeated') f.cells.repeatedHour++;
		if (t.warning === 'skipped') f.cells.skippedHour++;
		this.keep(f, slot, read, t, line);
	}

	private keep(f: FileState, slot: number, read: GenericRow, t: ReturnType<typeof rowTime>, line: number): void {
		const { builder, memo } = this.ctx;
		if (read.label !== '' && hasHtml(read.label)) f.cells.html++;
		const mapped = this.ctx.labels.map(read.label);
		const group = mapped & 0xff;
		if (group === OFFENCE_GROUP.unmapped) f.unmappedText.set(read.label, (f.unmappedText.get(read.label) ?? 0) + 1);
		const r = builder.row();
		const c = builder.cols;
		memo.writePlace(c, r, slot);
		c.time[r] = t.time;
		c.precision[r] = t.precision;
		c.hour[r] = t.hour;
		c.weekday[r] = t.weekday;
		c.month[r] = (t.monthIndex % 12) + 1;
		c.monthIndex[r] = t.monthIndex;
		c.group[r] = group;
		c.offenceCode[r] = this.ctx.offenceCodes.codeOf(read.offenceCode);
		c.ageBand[r] = read.ageBand;
		c.flags[r] = (mapped >> 8) | read.flags | (memo.outside[slot] ? FLAG.outside : 0);
		c.source[r] = f.source;
		c.line[r] = line;
		f.rounding.push(read.rounding);
		f.counts.kept++;
	}

	/** The precision check and its policy, then the file's group, flag and month counts and its issues in line order. */
	finish(f: FileState): void {
		if (!f.reader) return;
		const { builder, issues } = this.ctx;
		const from = f.firstRow;
		const c = builder.cols;
		const { reasons, counts } = detectImprecision(
			{ lng: c.lng.subarray(from, builder.length), lat: c.lat.subarray(from, builder.length), rounding: f.rounding },
			{ centroids: this.ctx.centroids }
		);
		const policy = this.ctx.precisionPolicy;
		f.precision = { ...counts, policy, share: counts.rows ? counts.imprecise / counts.rows : 0, applied: true };
		const marks = FLAG.location_imprecise | (policy === 'area-only' ? FLAG.area_only : 0);
		for (let i = 0; i < reasons.length; i++) if (reasons[i] !== 0) c.flags[from + i] |= marks;
		if (policy === 'exclude') {
			const dropped = compactRows(builder, from, (r) => {
				if (reasons[r - from] === 0) return true;
				this.reject(f, REJECT.imprecise_location, c.line[r]);
				return false;
			});
			f.counts.kept -= dropped;
		}
		for (let r = from; r < builder.length; r++) {
			const flags = c.flags[r];
			f.groups[c.group[r]]++;
			for (let b = 0; flags >> b !== 0; b++) if ((flags >> b) & 1) f.flagged[b]++;
			if (flags & FLAG.outside) issues.add(f.source, c.line[r], ROW_ISSUE_OUTSIDE);
			f.months.set(c.monthIndex[r], (f.months.get(c.monthIndex[r]) ?? 0) + 1);
		}
		issues.sortFrom(f.firstIssue);
	}
}

/** The message for a refused generic file, naming what was missing. */
export function refusalMessage(f: FileState): string {
	return f.refused ? `${f.name}: ${MESSAGES[f.refused]}${f.detail ? ` (${f.detail})` : ''}` : '';
}
