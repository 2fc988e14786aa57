/**
 * Ordnance Survey National Grid references ("TQ 758 683", "TR3570", "tq7580068300"): two letters naming a
 * 100 km square, then equal numbers of easting and northing digits. A reference names a square whose size
 * is its precision (6 digits: 100 m), with the easting and northing of its south-west corner.
 */
import { searchMessage, type SearchMessage } from './messages';

export interface GridReference {
	readonly letters: string;
	/** South-west corner of the square, metres on the National Grid. */
	readonly easting: number;
	readonly northing: number;
	/** Side of the square in metres: 10,000 for 2 digits down to 1 for 10. */
	readonly size: number;
	/** The reference written the usual way, e.g. "TQ 758 683". */
	readonly text: string;
}

export type GridReferenceParse = { readonly ok: true; readonly value: GridReference } | { readonly ok: false; readonly message: SearchMessage };

/** Two letters, then digits in one run or two groups; letters alone are left to name search ("St" is also a square). */
const SHAPE = /^([a-z]{2})\s*(\d+)(?:\s+(\d+))?$/i;

const LETTERS = 'ABCDEFGHJKLMNOPQRSTUVWXYZ';

/** The 100 km square's south-west corner in km, or null for letters outside the 700 x 1300 km grid. */
export function gridSquareOrigin(letters: string): { eastingKm: number; northingKm: number } | null {
	const first = LETTERS.indexOf(letters[0]?.toUpperCase() ?? '');
	const second = LETTERS.indexOf(letters[1]?.toUpperCase() ?? '');
	if (first < 0 || second < 0 || letters.length !== 2) return null;
	// Letters run in rows of five from the north-west; S (the 500 km square holding the false origin) is column 2, row 3.
	const column = ((first % 5) - 2) * 5 + (second % 5);
	const row = (3 - Math.floor(first / 5)) * 5 + (4 - Math.floor(second / 5));
	if (column < 0 || column > 6 || row < 0 || row > 12) return null;
	return { eastingKm: column * 100, northingKm: row * 100 };
}

/** True when the text has a grid reference's shape, so search treats it as one (and explains a bad one). */
export function looksLikeGridReference(text: string): boolean {
	return SHAPE.test(text.trim());
}

export function parseGridReference(text: string): GridReferenceParse {
	const trimmed = text.trim();
	const match = SHAPE.exec(trimmed);
	if (!match) return { ok: false, message: searchMessage('coordinates-out-of-range', trimmed) };
	const letters = match[1].toUpperCase();
	const origin = gridSquareOrigin(letters);
	if (!origin) return { ok: false, message: searchMessage('grid-square-unknown', letters) };
	const [east, north] = match[3] === undefined ? halves(match[2]) : [match[2], match[3]];
	const digits = east.length + north.length;
	if (digits > 10) return { ok: false, message: searchMessage('grid-digits-too-many', trimmed) };
	if (match[3] === undefined && digits % 2 === 1) return { ok: false, message: searchMessage('grid-digits-odd', trimmed) };
	if (east.length !== north.length) return { ok: false, message: searchMessage('grid-digits-uneven', trimmed) };
	const size = 10 ** (5 - east.length);
	return {
		ok: true,
		value: {
			letters,
			easting: origin.eastingKm * 1000 + Number(east) * size,
			northing: origin.northingKm * 1000 + Number(north) * size,
			size,
			text: `${letters} ${east} ${north}`
		}
	};
}

function halves(digits: string): [string, string] {
	const half = Math.ceil(digits.length / 2);
	return [digits.slice(0, half), digits.slice(half)];
}

/** "1 km", "100 m": the size of a grid square in words. */
export function formatSquareSize(metres: number): string {
	return metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
}
