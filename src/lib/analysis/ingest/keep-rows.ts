/**
 * Some rows of a column store, in their order, as a new store: the cell and offence-code dictionaries are
 * rebuilt in order of first use, so the result is what an ingest of those rows alone would hold, and sources
 * are renumbered when some go.
 */
import { NUMERIC_COLUMNS, type IncidentColumns } from './columns';

export interface KeptSources {
	/** New index of each old source, -1 for one that goes (none of its rows may be kept). */
	remap: Int32Array;
	names: readonly string[];
}

/** Values used by the kept rows of `column`, in order of first use, and where each old index went (-1: unused). */
function usedEntries(column: ArrayLike<number>, keep: Uint8Array, size: number, skipZero: boolean): { order: number[]; remap: Int32Array } {
	const remap = new Int32Array(size).fill(-1);
	const order: number[] = [];
	for (let r = 0; r < keep.length; r++) {
		if (!keep[r]) continue;
		const v = column[r];
		if (skipZero && v === 0) continue;
		const i = skipZero ? v - 1 : v;
		if (remap[i] === -1) {
			remap[i] = order.length;
			order.push(i);
		}
	}
	return { order, remap };
}

/** The rows where keep[row] is 1; never changes `columns`. */
export function keepRows(columns: IncidentColumns, keep: Uint8Array, sources?: KeptSources): IncidentColumns {
	let n = 0;
	for (let r = 0; r < columns.length; r++) n += keep[r];
	const out = Object.fromEntries(
		NUMERIC_COLUMNS.map((k) => {
			const from = columns[k];
			const to = new (from.constructor as new (length: number) => typeof from)(n);
			for (let r = 0, w = 0; r < columns.length; r++) if (keep[r]) to[w++] = from[r];
			return [k, to];
		})
	) as unknown as Pick<IncidentColumns, (typeof NUMERIC_COLUMNS)[number]>;
	const cells = {} as { 7: string[]; 8: string[]; 9: string[] };
	for (const res of [7, 8, 9] as const) {
		const key = `cell${res}` as const;
		const { order, remap } = usedEntries(columns[key], keep, columns.cells[res].length, false);
		cells[res] = order.map((i) => columns.cells[res][i]);
		const column = out[key];
		for (let w = 0; w < n; w++) column[w] = remap[column[w]];
	}
	// Offence code 0 means none; others are 1 + the dictionary index.
	const codes = usedEntries(columns.offenceCode, keep, columns.offenceCodes.length, true);
	for (let w = 0; w < n; w++) if (out.offenceCode[w] !== 0) out.offenceCode[w] = codes.remap[out.offenceCode[w] - 1] + 1;
	if (sources) for (let w = 0; w < n; w++) out.source[w] = sources.remap[out.source[w]];
	return {
		length: n,
		...out,
		offenceCodes: codes.order.map((i) => columns.offenceCodes[i]),
		cells,
		lsoaCodes: columns.lsoaCodes,
		sources: sources ? [...sources.names] : columns.sources
	};
}
