/**
 * Per-file counters of an ingest, filled while rows stream and turned into a FileReport at the end.
 */
import { LineEndings } from './line-endings';
import { FLAG_KEYS, OFFENCE_GROUP_KEYS } from '../offences/groups';
import { ROW_ISSUE_CODES, type FileCode } from './codes';
import type { PoliceUkColumns } from './police-uk-header';
import { emptyCounts, type CellWarnings, type FilePrecision } from './report';
import type { ColumnMapping } from './column-mapping';
import type { CsvScanner } from './csv-scanner';
import type { GenericRowReader } from './generic-row';

/** sniff: reading the first characters; then how the rest is read. */
export type FileMode = 'sniff' | 'police-uk' | 'delimited' | 'geojson';

export class FileState {
	mode: FileMode = 'sniff';
	/** Text held while sniffing (delimited) or the whole file (GeoJSON, parsed at the end). */
	held: string[] = [];
	heldChars = 0;
	scanner: CsvScanner | null = null;
	/** CR, LF and CRLF all end a line (see line-endings.ts). */
	readonly lineEndings = new LineEndings();
	/** The first characters, kept until the header is read so detectColumns can see sample rows. */
	sample = '';
	/** True when the sample is the whole file. */
	sampleComplete = false;
	delimiter = ',';
	encoding = '';
	header: PoliceUkColumns | null = null;
	/** The header fields of a generic delimited file, once read. */
	genericHeader: string[] | null = null;
	columns: ColumnMapping | null = null;
	reader: GenericRowReader | null = null;
	/** Builder row where this file's rows start, and the issue-list length then (generic files sort and recount at the end). */
	firstRow = 0;
	firstIssue = 0;
	/** ROUNDING code per kept row of a generic file. */
	rounding: number[] = [];
	refused: FileCode | null = null;
	detail = '';
	counts = emptyCounts();
	/** Rejected rows by row-issue code (REJECT); the 'outside' slot stays 0. */
	rejected = new Array<number>(ROW_ISSUE_CODES.length).fill(0);
	flagged = new Array<number>(FLAG_KEYS.length).fill(0);
	groups = new Array<number>(OFFENCE_GROUP_KEYS.length).fill(0);
	/** Label index -> rows, for labels the mapping lacks. */
	unmapped = new Map<number, number>();
	/** Raw label -> rows, for generic files' labels that neither the table nor a keyword rule maps. */
	unmappedText = new Map<string, number>();
	months = new Map<number, number>();
	cells: CellWarnings = { formulaLike: 0, html: 0, repeatedHour: 0, skippedHour: 0 };
	precision: FilePrecision | null = null;
	/** Kept rows per location-memo slot, counted only for a part of a cut file (Ingest.pointCounts); null otherwise. */
	slotRows: Int32Array | null = null;
	countSlot(slot: number): void {
		let rows = this.slotRows!;
		if (slot >= rows.length) {
			const grown = new Int32Array(Math.max(2 * rows.length, slot + 1));
			grown.set(rows);
			this.slotRows = rows = grown;
		}
		rows[slot]++;
	}
	/** Rows of the month last seen, added to months when the month changes: police.uk files hold one month. */
	lastMonth = -1;
	lastMonthRows = 0;
	flushMonth(): void {
		if (this.lastMonth >= 0) this.months.set(this.lastMonth, (this.months.get(this.lastMonth) ?? 0) + this.lastMonthRows);
		this.lastMonthRows = 0;
	}
	hold(text: string): void {
		this.held.push(text);
		this.heldChars += text.length;
	}
	takeHeld(): string {
		const text = this.held.join('');
		this.held = [];
		this.heldChars = 0;
		return text;
	}
	constructor(
		readonly name: string,
		readonly sizeBytes: number,
		readonly source: number
	) {}
}
