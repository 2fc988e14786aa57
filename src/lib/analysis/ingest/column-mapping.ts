/**
 * Which source column means what, as a plain JSON object: what the mapping dialog shows and edits,
 * what the CLI reads with --columns, and what the UI remembers per header signature. Columns are
 * named by header text (matched after normalising), so a file with its columns reordered still reads.
 */
import type { DecimalStyle } from './locale-number';
import type { Delimiter } from './sniff';

export const COLUMN_MAPPING_VERSION = 1;

export type CoordinateColumns =
	| { readonly kind: 'lnglat'; readonly lng: string; readonly lat: string }
	| { readonly kind: 'bng'; readonly easting: string; readonly northing: string }
	/** GeoJSON: the feature's Point geometry. */
	| { readonly kind: 'geometry' };

export interface ColumnMapping {
	readonly version: typeof COLUMN_MAPPING_VERSION;
	readonly coordinates: CoordinateColumns;
	/** Date, or date and time in one cell; for a from/to pair the "from" column (the start is used). */
	readonly date: string;
	/** The "to" column of a from/to pair: recorded so the mapping says what it saw, not read. */
	readonly dateTo?: string;
	/** A separate time-of-day column. */
	readonly time?: string;
	readonly offence?: string;
	/** Home Office offence code ("8N", "5A"), kept so code-level weights can be applied. */
	readonly offenceCode?: string;
	/** Age as a number (banded) or a band label. */
	readonly age?: string;
	readonly flags?: { readonly knife?: string; readonly firearm?: string; readonly domestic?: string };
	/** How numbers are written: 'comma' for "51,2745". */
	readonly decimal: DecimalStyle;
	/** Delimited text only; detected when absent. */
	readonly delimiter?: Delimiter;
}

/** Header text compared case-, space- and punctuation-insensitively: "Incident Date " = "incident_date". */
export function normaliseHeader(header: string): string {
	return header
		.replace(/^\uFEFF/, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** A short stable id for a header row (FNV-1a over the normalised names), so the UI can remember a mapping per layout. */
export function headerSignature(headers: readonly string[]): string {
	const text = headers.map(normaliseHeader).join('\u001f');
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return `h${headers.length}-${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/** The column names a mapping reads, for checking them against a header. */
export function mappedColumns(m: ColumnMapping): string[] {
	const c = m.coordinates;
	const coords = c.kind === 'lnglat' ? [c.lng, c.lat] : c.kind === 'bng' ? [c.easting, c.northing] : [];
	return [...coords, m.date, m.time, m.offence, m.offenceCode, m.age, m.flags?.knife, m.flags?.firearm, m.flags?.domestic].filter((x): x is string => typeof x === 'string');
}

/** Index of each mapped column in a header, or the names the header lacks. */
export function resolveColumns(m: ColumnMapping, headers: readonly string[]): { index: (name: string | undefined) => number } | { missing: string[] } {
	const names = headers.map(normaliseHeader);
	const missing = mappedColumns(m).filter((c) => !names.includes(normaliseHeader(c)));
	if (missing.length > 0) return { missing };
	return { index: (name) => (name === undefined ? -1 : names.indexOf(normaliseHeader(name))) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

/** Validates parsed JSON as a ColumnMapping; returns the problem in words, or the mapping. */
export function parseColumnMapping(value: unknown): ColumnMapping | { error: string } {
	if (!isRecord(value)) return { error: 'column mapping must be a JSON object' };
	if (value.version !== COLUMN_MAPPING_VERSION) return { error: `column mapping version must be ${COLUMN_MAPPING_VERSION}` };
	const c = value.coordinates;
	const coordsOk =
		isRecord(c) &&
		((c.kind === 'lnglat' && typeof c.lng === 'string' && typeof c.lat === 'string') ||
			(c.kind === 'bng' && typeof c.easting === 'string' && typeof c.northing === 'string') ||
			c.kind === 'geometry');
	if (!coordsOk) return { error: 'coordinates must be {kind:"lnglat",lng,lat}, {kind:"bng",easting,northing} or {kind:"geometry"}' };
	if (typeof value.date !== 'string') return { error: 'date must name a column' };
	for (const k of ['dateTo', 'time', 'offence', 'offenceCode', 'age'] as const) if (!optionalString(value[k])) return { error: `${k} must name a column` };
	const flags = value.flags;
	if (flags !== undefined && (!isRecord(flags) || !['knife', 'firearm', 'domestic'].every((k) => optionalString(flags[k])))) {
		return { error: 'flags must be {knife?, firearm?, domestic?} column names' };
	}
	if (value.decimal !== 'point' && value.decimal !== 'comma') return { error: 'decimal must be "point" or "comma"' };
	if (value.delimiter !== undefined && ![',', '\t', ';'].includes(value.delimiter as string)) return { error: 'delimiter must be ",", "\\t" or ";"' };
	return value as unknown as ColumnMapping;
}
