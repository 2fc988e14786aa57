/**
 * Reads data/lookups/hex-imd25.csv: the IMD 2025 decile (1 = most deprived tenth of England) of the
 * LSOA 2021 holding most residents of each study-area H3 cell at resolutions 7, 8 and 9.
 */
import { readTable } from '../text/data-table';

export const HEX_IMD_HEADER = 'h3,decile';

/** Cell id -> decile; the id carries its resolution, so one map serves all three. */
export type HexDeciles = ReadonlyMap<string, number>;

const CELL = /^[0-9a-f]{15}$/;

/** Throws on a wrong header or a malformed row, so a stale or damaged file is not read as "no data". */
export function parseHexDeciles(text: string): HexDeciles {
	let table: { header: string[]; rows: string[][] };
	try {
		table = readTable(text);
	} catch (error) {
		// A row of the wrong width is a malformed row like any other, reported by its line.
		throw new Error(`hex IMD lookup: bad ${(error as Error).message.replace(/^CSV /, '')}`);
	}
	const { header, rows } = table;
	if (header.join(',') !== HEX_IMD_HEADER) throw new Error(`hex IMD lookup: expected header "${HEX_IMD_HEADER}", found "${header.join(',')}"`);
	const deciles = new Map<string, number>();
	rows.forEach(([cell, value], i) => {
		const decile = Number(value);
		if (!CELL.test(cell) || !Number.isInteger(decile) || decile < 1 || decile > 10) throw new Error(`hex IMD lookup: bad row ${i + 2}: "${cell},${value}"`);
		deciles.set(cell, decile);
	});
	return deciles;
}

/** Decile per cell of one resolution's dictionary (0 where the lookup has no entry: sea, or outside the study area). */
export function cellDecilesFor(cells: readonly string[], deciles: HexDeciles): Uint8Array {
	const out = new Uint8Array(cells.length);
	for (let i = 0; i < cells.length; i++) out[i] = deciles.get(cells[i]) ?? 0;
	return out;
}
