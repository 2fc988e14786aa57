/**
 * Reads data/lookups/hex-imd25.csv: the IMD 2025 decile (1 = most deprived tenth of England) of the
 * LSOA 2021 holding most residents of each study-area H3 cell at resolutions 7, 8 and 9.
 */

export const HEX_IMD_HEADER = 'h3,decile';

/** Cell id -> decile; the id carries its resolution, so one map serves all three. */
export type HexDeciles = ReadonlyMap<string, number>;

const CELL = /^[0-9a-f]{15}$/;

/** Throws on a wrong header or a malformed row, so a stale or damaged file is not read as "no data". */
export function parseHexDeciles(text: string): HexDeciles {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (lines[0] !== HEX_IMD_HEADER) throw new Error(`hex IMD lookup: expected header "${HEX_IMD_HEADER}", found "${lines[0]}"`);
	const deciles = new Map<string, number>();
	for (let i = 1; i < lines.length; i++) {
		if (lines[i] === '') continue;
		const [cell, value] = lines[i].split(',');
		const decile = Number(value);
		if (!CELL.test(cell) || !Number.isInteger(decile) || decile < 1 || decile > 10) throw new Error(`hex IMD lookup: bad row ${i + 1}: "${lines[i]}"`);
		deciles.set(cell, decile);
	}
	return deciles;
}

/** Decile per cell of one resolution's dictionary (0 where the lookup has no entry: sea, or outside the study area). */
export function cellDecilesFor(cells: readonly string[], deciles: HexDeciles): Uint8Array {
	const out = new Uint8Array(cells.length);
	for (let i = 0; i < cells.length; i++) out[i] = deciles.get(cells[i]) ?? 0;
	return out;
}
