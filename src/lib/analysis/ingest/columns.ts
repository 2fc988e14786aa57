/**
 * The incident column store (DESIGN.md section 2): one typed array per field, built by a growable
 * builder and trimmed by finish() so the buffers can be transferred to or from a worker.
 */

/** Time precision codes. */
export const PRECISION_KEYS = ['minute', 'hour', 'day', 'month'] as const;
export type PrecisionKey = (typeof PRECISION_KEYS)[number];
export const PRECISION = { minute: 0, hour: 1, day: 2, month: 3 } as const;

/** hour, weekday, month value when the source does not say. */
export const UNKNOWN_U8 = 255;
/** district / lsoa value for a point in no LSOA (or a district outside the study area). */
export const UNKNOWN_U16 = 0xffff;

export interface IncidentColumns {
	readonly length: number;
	readonly lng: Float64Array;
	readonly lat: Float64Array;
	/** Epoch ms of the London wall-clock time, NaN when only the month is known. */
	readonly time: Float64Array;
	readonly precision: Uint8Array;
	readonly hour: Uint8Array;
	readonly weekday: Uint8Array;
	readonly month: Uint8Array;
	/** year * 12 + (month - 1). */
	readonly monthIndex: Uint16Array;
	readonly group: Uint8Array;
	readonly ageBand: Uint8Array;
	readonly flags: Uint8Array;
	/** Home Office offence code: 0 when the source gave none, else 1 + its index in offenceCodes. */
	readonly offenceCode: Uint16Array;
	/** The distinct offence codes of the dataset, normalised (offences/offence-code.ts). */
	readonly offenceCodes: readonly string[];
	readonly cell7: Uint32Array;
	readonly cell8: Uint32Array;
	readonly cell9: Uint32Array;
	/** H3 ids per resolution; cellN[i] indexes cells[N]. */
	readonly cells: { readonly 7: readonly string[]; readonly 8: readonly string[]; readonly 9: readonly string[] };
	/** Index into DISTRICTS, UNKNOWN_U16 outside. */
	readonly district: Uint16Array;
	/** Index into lsoaCodes, UNKNOWN_U16 outside. */
	readonly lsoa: Uint16Array;
	readonly lsoaCodes: readonly string[];
	/** Index into sources. */
	readonly source: Uint16Array;
	readonly sources: readonly string[];
	/** 1-based physical line in the source file where the row starts (header = 1). */
	readonly line: Uint32Array;
}

type NumericKey = {
	[K in keyof IncidentColumns]: IncidentColumns[K] extends Float64Array | Uint8Array | Uint16Array | Uint32Array ? K : never;
}[keyof IncidentColumns];

const CTORS = {
	lng: Float64Array,
	lat: Float64Array,
	time: Float64Array,
	precision: Uint8Array,
	hour: Uint8Array,
	weekday: Uint8Array,
	month: Uint8Array,
	monthIndex: Uint16Array,
	group: Uint8Array,
	ageBand: Uint8Array,
	flags: Uint8Array,
	offenceCode: Uint16Array,
	cell7: Uint32Array,
	cell8: Uint32Array,
	cell9: Uint32Array,
	district: Uint16Array,
	lsoa: Uint16Array,
	source: Uint16Array,
	line: Uint32Array
} as const satisfies Record<NumericKey, unknown>;

export const NUMERIC_COLUMNS = Object.keys(CTORS) as NumericKey[];

type Arrays = { -readonly [K in NumericKey]: InstanceType<(typeof CTORS)[K]> };

function allocate(capacity: number): Arrays {
	return Object.fromEntries(NUMERIC_COLUMNS.map((k) => [k, new CTORS[k](capacity)])) as unknown as Arrays;
}

/** Appends rows column by column; `row()` reserves a slot and the caller writes each array at that index. */
export class ColumnBuilder {
	length = 0;
	/** Current arrays; re-read after every row() call, since growth replaces them. */
	cols: Arrays;

	constructor(initialCapacity = 1024) {
		this.cols = allocate(Math.max(16, initialCapacity));
	}

	/** Reserves the next row and returns its index. */
	row(): number {
		if (this.length === this.cols.lng.length) this.grow();
		return this.length++;
	}

	private grow(): void {
		const next = allocate(this.cols.lng.length * 2);
		for (const k of NUMERIC_COLUMNS) (next[k] as { set(a: ArrayLike<number>): void }).set(this.cols[k]);
		this.cols = next;
	}

	/** Trimmed copies plus the dictionaries; the builder can be dropped afterwards. */
	finish(dictionaries: Pick<IncidentColumns, 'cells' | 'lsoaCodes' | 'sources'> & Partial<Pick<IncidentColumns, 'offenceCodes'>>): IncidentColumns {
		const trimmed = Object.fromEntries(NUMERIC_COLUMNS.map((k) => [k, this.cols[k].slice(0, this.length)])) as unknown as Arrays;
		return { length: this.length, ...trimmed, offenceCodes: [], ...dictionaries };
	}
}

/** The buffers to list as transferables when posting the columns between threads. */
export function transferables(columns: IncidentColumns): ArrayBuffer[] {
	return NUMERIC_COLUMNS.map((k) => columns[k].buffer as ArrayBuffer);
}

/** Columns kept before the offence-code column existed gain an empty one (no row had a code). */
export function withOffenceCodes(columns: IncidentColumns): IncidentColumns {
	const c = columns as Partial<IncidentColumns> & IncidentColumns;
	if (c.offenceCode && c.offenceCodes) return columns;
	return { ...columns, offenceCode: new Uint16Array(columns.length), offenceCodes: [] };
}

/** An empty store, e.g. for a cancelled import. */
export function emptyColumns(): IncidentColumns {
	return new ColumnBuilder(16).finish({ cells: { 7: [], 8: [], 9: [] }, lsoaCodes: [], sources: [] });
}

/** Keeps rows [from, length) for which keep(row) is true, in order, and shortens the builder; returns rows dropped. */
export function compactRows(builder: ColumnBuilder, from: number, keep: (row: number) => boolean): number {
	const c = builder.cols;
	let w = from;
	for (let r = from; r < builder.length; r++) {
		if (!keep(r)) continue;
		if (w !== r) for (const k of NUMERIC_COLUMNS) c[k][w] = c[k][r];
		w++;
	}
	const dropped = builder.length - w;
	builder.length = w;
	return dropped;
}
