/**
 * The prebuilt default demo's file layout (data/demo/demo-columns.bin), shared by the build's encoder
 * and the app's decoder. gzip of:
 *   "HADC", u32 version, u32 header length, header JSON (seed, counts, first day, H3 cell dictionaries,
 *   the LSOA codes used), then column by column:
 *   places: each distinct (cell 9, cell 8, cell 7, LSOA) in first-use order, cells as zigzag deltas from
 *     the previous place, LSOA as u16 index into the header's codes (0xffff for none);
 *   rows: place (u16), longitude and latitude (micro-degrees, zigzag delta from the previous row at the
 *     same place, or from the previous row for a place's first row), London wall-clock day (u16 from the
 *     first day), minute of the day (u16), hours to subtract for the instant (u8: 1 in BST and in the
 *     skipped spring hour, else 0), offence group, age band and flags less "outside" (u8 each).
 * Every demo coordinate is unique, so deriving cells and LSOA on decoding would cost about 5 us a row
 * (300 ms at 60,000); the places are stored instead and tests check them against a fresh derivation.
 */

export const DEMO_FILE_MAGIC = 'HADC';
export const DEMO_FILE_VERSION = 1;
/** The generator rounds coordinates to 6 decimals, so k / 1e6 is the very double it produced. */
export const MICRO = 1e6;
/** Place indices and day offsets are u16 in the file. */
export const MAX_U16 = 0xffff;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export interface DemoFileHeader {
	version: number;
	seed: number;
	rows: number;
	places: number;
	/** Days since 1970-01-01 of the earliest London wall-clock date; rows store days from it. */
	firstDay: number;
	/** H3 ids per resolution, in the order the rows' cell indices refer to. */
	cells: { 7: string[]; 8: string[]; 9: string[] };
	/** LSOA 2021 codes the places refer to; mapped onto the area index in use on decoding. */
	lsoaCodes: string[];
}
