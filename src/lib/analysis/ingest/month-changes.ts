/**
 * What adding an import did to each month it covers: added (no rows there before), replaced (rows before ->
 * after), or unchanged (the same rows again). Rows are compared by a per-month fingerprint of their content, not
 * by counts alone, and in any order, so a corrected file with as many rows as the old one still reads as replaced.
 */
import type { IncidentColumns } from './columns';

export type MonthChangeKind = 'added' | 'replaced' | 'unchanged';

export interface MonthChange {
	monthIndex: number;
	change: MonthChangeKind;
	/** Rows of the month in the dataset before the import, and after it. */
	before: number;
	after: number;
}

/** The rows of one month and a fingerprint of their content that ignores their order. */
export interface MonthPrint {
	rows: number;
	print: string;
}

/** Coordinates compared to 1e-7 degree (about 1 cm): finer than any source gives, coarser than float noise. */
const COORDINATE_SCALE = 1e7;

function fnv(h: number, x: number): number {
	return Math.imul(h ^ (x | 0), 0x01000193) >>> 0;
}

function stringHash(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) h = fnv(h, s.charCodeAt(i));
	return h;
}

/** A second, independent mix of the row hash (murmur3's finaliser), so two sums must collide at once. */
function fmix(h: number): number {
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

/** The hash of what a source row says (place, time, offence, age band, flags); derived columns (cells, LSOA, district, hour) follow from these. */
export function rowHash(columns: IncidentColumns, r: number, codeHashes: readonly number[]): number {
	const time = columns.time[r];
	let h = 0x811c9dc5;
	h = fnv(h, Math.round(columns.lng[r] * COORDINATE_SCALE));
	h = fnv(h, Math.round(columns.lat[r] * COORDINATE_SCALE));
	// Minutes since the epoch fit 32 bits until the 59th century; month-only rows hash their month.
	h = fnv(h, Number.isNaN(time) ? -1 - columns.monthIndex[r] : Math.floor(time / 60_000));
	h = fnv(h, columns.precision[r]);
	h = fnv(h, columns.group[r]);
	h = fnv(h, columns.ageBand[r]);
	h = fnv(h, columns.flags[r]);
	const code = columns.offenceCode[r];
	return fnv(h, code === 0 ? 0 : codeHashes[code - 1]);
}

/** Hashes of the offence-code dictionary, for rowHash. */
export const codeHashesOf = (columns: IncidentColumns): number[] => columns.offenceCodes.map(stringHash);

/**
 * Order-free fingerprints of groups of rows: two 32-bit sums of row hashes (a multiset hash, so row order does not
 * matter), keyed by whatever `keyOf` gives a row (null: left out).
 */
export function groupPrints<K>(columns: IncidentColumns, keyOf: (r: number) => K | null): Map<K, MonthPrint> {
	const codeHashes = codeHashesOf(columns);
	const sums = new Map<K, { rows: number; a: number; b: number }>();
	for (let r = 0; r < columns.length; r++) {
		const key = keyOf(r);
		if (key === null) continue;
		const h = rowHash(columns, r, codeHashes);
		const s = sums.get(key) ?? { rows: 0, a: 0, b: 0 };
		s.rows++;
		s.a = (s.a + h) >>> 0;
		s.b = (s.b + fmix(h)) >>> 0;
		sums.set(key, s);
	}
	return new Map([...sums].map(([k, s]) => [k, { rows: s.rows, print: `${s.rows}:${s.a.toString(16)}:${s.b.toString(16)}` }]));
}

/** Per month of `months`, the rows there and their fingerprint (groupPrints); months without rows are absent. */
export function monthPrints(columns: IncidentColumns, months: ReadonlySet<number>): Map<number, MonthPrint> {
	return groupPrints(columns, (r) => (months.has(columns.monthIndex[r]) ? columns.monthIndex[r] : null));
}

/** The change to each month of `months` (ascending), from its prints before and after; months empty both times are left out. */
export function monthChanges(months: readonly number[], before: ReadonlyMap<number, MonthPrint>, after: ReadonlyMap<number, MonthPrint>): MonthChange[] {
	const out: MonthChange[] = [];
	for (const monthIndex of months) {
		const b = before.get(monthIndex);
		const a = after.get(monthIndex);
		if (!a && !b) continue;
		const change: MonthChangeKind = !b ? 'added' : a && a.print === b.print ? 'unchanged' : 'replaced';
		out.push({ monthIndex, change, before: b?.rows ?? 0, after: a?.rows ?? 0 });
	}
	return out;
}
