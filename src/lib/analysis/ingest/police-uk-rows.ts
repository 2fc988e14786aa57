/**
 * Rows of police.uk street files, after their header: coordinates, month and crime type read in place from
 * the scanner's record (no substring per row), into the column store and the row report. The crime type
 * labels are matched against the ones seen before, so each distinct label is mapped once.
 */
import { AGE_BAND_UNKNOWN, FLAG, OFFENCE_GROUP } from '../offences/groups';
import type { OffenceMapping } from '../offences/mapping';
import { monthOf, parseYearMonth } from '../time/month-index';
import { REJECT, ROW_ISSUE_OUTSIDE, unreadableReason } from './codes';
import { PRECISION, UNKNOWN_U8, type ColumnBuilder } from './columns';
import type { CsvRecord } from './csv-scanner';
import { parseDecimal } from './decimal';
import type { FileState } from './file-state';
import type { LocationMemo } from './location-memo';
import type { RowIssueBuilder } from './report';

/** The low byte of a mapped label is its group; the flags sit above it. */
const KEEP_MASK = (1 << 8) - 1;

export interface PoliceUkContext {
	builder: ColumnBuilder;
	memo: LocationMemo;
	issues: RowIssueBuilder;
	mapping: OffenceMapping;
}

export class PoliceUkRows {
	/** Raw labels seen, their group | flags << 8, and their indices by length for in-place matching. */
	private readonly labelText: string[] = [];
	private readonly labelMapped: number[] = [];
	private readonly labelsByLength = new Map<number, number[]>();
	private readonly labelIndex = new Map<string, number>();

	// Held as own fields, not through a context object: this is the hot path of a 1,000,000-row import.
	private readonly builder: ColumnBuilder;
	private readonly memo: LocationMemo;
	private readonly issues: RowIssueBuilder;
	private readonly mapping: OffenceMapping;

	constructor(ctx: PoliceUkContext) {
		this.builder = ctx.builder;
		this.memo = ctx.memo;
		this.issues = ctx.issues;
		this.mapping = ctx.mapping;
	}

	/** The text of a label by its index (for the report's unmapped list). */
	label(k: number): string {
		return this.labelText[k];
	}

	/** One data row of a police.uk file whose header is resolved (f.header). */
	record(f: FileState, rec: CsvRecord): void {
		const h = f.header!;
		f.counts.rowsRead++;
		const line = rec.line;
		if (!rec.ok) return this.reject(f, unreadableReason(rec.problem), line);
		if (rec.isBlank()) return this.reject(f, REJECT.empty_row, line);
		if (rec.count !== h.fieldCount) return this.reject(f, REJECT.malformed_row, line);
		const text = rec.text;
		const sLng = rec.starts[h.lng];
		const eLng = rec.ends[h.lng];
		const sLat = rec.starts[h.lat];
		const eLat = rec.ends[h.lat];
		if (isEmpty(text, sLng, eLng) || isEmpty(text, sLat, eLat)) return this.reject(f, REJECT.no_coordinates, line);
		const lng = rec.escaped[h.lng] === 0 ? parseDecimal(text, sLng, eLng) : Number(rec.field(h.lng));
		const lat = rec.escaped[h.lat] === 0 ? parseDecimal(text, sLat, eLat) : Number(rec.field(h.lat));
		const slot = this.memo.slotOf(lng, lat);
		if (slot < 0) return this.reject(f, -slot - 1, line);
		const monthIndex = parseYearMonth(text, rec.starts[h.month], rec.ends[h.month]);
		if (monthIndex < 0 || rec.escaped[h.month] === 1) return this.reject(f, REJECT.unparseable_month, line);
		const mapped = this.mapLabel(f, rec, h.crimeType);
		this.keep(f, slot, monthIndex, mapped, line);
	}

	private reject(f: FileState, code: number, line: number): void {
		f.rejected[code]++;
		this.issues.add(f.source, line, code);
	}

	/** Group | flags << 8 for the label in field i; labels are matched in place, so no substring per row. */
	private mapLabel(f: FileState, rec: CsvRecord, i: number): number {
		const start = rec.starts[i];
		const length = rec.ends[i] - start;
		let k = -1;
		if (rec.escaped[i] === 0) {
			const candidates = this.labelsByLength.get(length);
			if (candidates) for (const c of candidates) if (rec.text.startsWith(this.labelText[c], start)) k = c;
		}
		if (k === -1) k = this.addLabel(rec.field(i));
		const mapped = this.labelMapped[k];
		if ((mapped & KEEP_MASK) === OFFENCE_GROUP.unmapped) f.unmapped.set(k, (f.unmapped.get(k) ?? 0) + 1);
		return mapped;
	}

	private addLabel(label: string): number {
		const known = this.labelIndex.get(label);
		if (known !== undefined) return known;
		const m = this.mapping.lookup(label);
		const k = this.labelText.length;
		this.labelText.push(label);
		this.labelIndex.set(label, k);
		this.labelMapped.push(m ? m.group | (m.flags << 8) : OFFENCE_GROUP.unmapped);
		const same = this.labelsByLength.get(label.length) ?? [];
		this.labelsByLength.set(label.length, [...same, k]);
		return k;
	}

	private keep(f: FileState, slot: number, monthIndex: number, mapped: number, line: number): void {
		const memo = this.memo;
		const group = mapped & KEEP_MASK;
		// location_imprecise stays unset: police.uk snaps every point alike, which is a property of the source, not of a row.
		const flags = (mapped >> 8) | (memo.outside[slot] ? FLAG.outside : 0);
		const r = this.builder.row();
		const c = this.builder.cols;
		memo.writePlace(c, r, slot);
		c.time[r] = NaN;
		c.precision[r] = PRECISION.month;
		c.hour[r] = UNKNOWN_U8;
		c.weekday[r] = UNKNOWN_U8;
		c.month[r] = monthOf(monthIndex);
		c.monthIndex[r] = monthIndex;
		c.group[r] = group;
		c.ageBand[r] = AGE_BAND_UNKNOWN;
		c.flags[r] = flags;
		c.source[r] = f.source;
		c.line[r] = line;
		if (f.slotRows !== null) f.countSlot(slot);
		f.counts.kept++;
		f.groups[group]++;
		for (let b = 0; flags >> b !== 0; b++) if ((flags >> b) & 1) f.flagged[b]++;
		if (flags & FLAG.outside) this.issues.add(f.source, line, ROW_ISSUE_OUTSIDE);
		if (monthIndex !== f.lastMonth) {
			f.flushMonth();
			f.lastMonth = monthIndex;
		}
		f.lastMonthRows++;
	}
}

/** True when s[start, end) is empty or only spaces. */
function isEmpty(s: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) if (s.charCodeAt(i) !== 32) return false;
	return true;
}
