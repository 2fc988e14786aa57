/**
 * What the page reads from an H3 cell id without h3-js: the resolutions, their areas, and whether text is a
 * valid cell id and at which resolution. Kept apart from cells.ts so the first paint does not wait for h3-js.
 */

/** Resolutions precomputed at ingest (DESIGN.md section 2), finest last. */
export const INGEST_RESOLUTIONS = [7, 8, 9] as const;
export type IngestResolution = (typeof INGEST_RESOLUTIONS)[number];

/** Average hexagon area by resolution, km² (H3's published averages), for the legend's units. */
export const HEX_AREA_KM2: Readonly<Record<IngestResolution, number>> = { 7: 5.161, 8: 0.737, 9: 0.105 };

/** The 12 base cells that are pentagons (H3's table). */
const PENTAGON_BASE_CELLS: ReadonlySet<number> = new Set([4, 14, 24, 38, 49, 58, 63, 72, 83, 97, 107, 117]);

/**
 * True for text that is an H3 cell id (a link's selected hexagon is checked before it is used): the same test
 * as h3-js isValidCell on the id's bits, so a link's hexagon is checked before h3-js has loaded.
 */
export function isCellId(text: string): boolean {
	// 15 hex digits leave the high bit and the top three mode bits zero; the first digit is then mode 1 (a cell) with no reserved bits.
	if (!/^8[0-9a-f]{14}$/.test(text)) return false;
	const bits = BigInt(`0x${text}`);
	const resolution = Number((bits >> 52n) & 15n);
	const baseCell = Number((bits >> 45n) & 127n);
	if (baseCell >= 122) return false;
	let leading = true;
	for (let r = 1; r <= 15; r++) {
		const digit = Number((bits >> BigInt((15 - r) * 3)) & 7n);
		// Digits past the resolution are all 7; those up to it never are.
		if (r > resolution) {
			if (digit !== 7) return false;
			continue;
		}
		if (digit === 7) return false;
		// A pentagon has no cells along its deleted k axis: its first non-centre digit is never 1.
		if (leading && digit !== 0) {
			leading = false;
			if (digit === 1 && PENTAGON_BASE_CELLS.has(baseCell)) return false;
		}
	}
	return true;
}

/** A cell id's resolution, or -1 for text that is not a cell id (as h3-js getResolution). */
export function resolutionOf(cell: string): number {
	return isCellId(cell) ? parseInt(cell[1], 16) : -1;
}
