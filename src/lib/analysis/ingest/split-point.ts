/**
 * Where one CSV file can be cut in two byte ranges for a parallel ingest: after the first line break at or past the
 * middle, with the header line repeated in front of the second range. Only bytes are looked at here; whether the cut
 * really falls between records (not inside a quoted field) is known only once the first range is read
 * (Ingest.recordBoundary), and the merge falls back to a sequential ingest when it does not.
 */

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** Below this a file is read sequentially: starting a second thread and merging costs more than it saves. */
export const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;
/** The header line must end within this many bytes (police.uk's is 131). */
const MAX_HEADER_BYTES = 64 * 1024;

export interface SplitPlan {
	/** Bytes [0, headerEnd) are the header line with its line break. */
	headerEnd: number;
	/** The first range is [0, at), the second [at, length), and at follows a LF. */
	at: number;
}

export interface SplitOptions {
	/** Smallest file worth cutting; PARALLEL_MIN_BYTES when omitted. */
	minBytes?: number;
}

/** The cut for a file's bytes (or its first and middle parts: see splitWindows), or null when it is read in one piece. */
export function findSplit(bytes: Uint8Array, options: SplitOptions = {}): SplitPlan | null {
	return splitFromWindows(bytes.length, bytes.subarray(0, MAX_HEADER_BYTES), 0, bytes, options);
}

/** The two windows of a file splitFromWindows needs, so a File is cut after reading kilobytes, not all of it. */
export function splitWindows(length: number): { head: [number, number]; middle: [number, number] } {
	const mid = Math.floor(length / 2);
	return { head: [0, Math.min(length, MAX_HEADER_BYTES)], middle: [mid, Math.min(length, mid + MAX_HEADER_BYTES)] };
}

/**
 * The cut from the file's length, its first bytes and the bytes from `middleStart` (splitWindows' middle window, or
 * the whole file with middleStart 0). Null for small files, UTF-16 (its line breaks are two bytes), a header line that
 * is quoted, ends in a lone CR or runs past MAX_HEADER_BYTES, and no line break past the middle.
 */
export function splitFromWindows(length: number, head: Uint8Array, middleStart: number, middle: Uint8Array, options: SplitOptions = {}): SplitPlan | null {
	if (length < (options.minBytes ?? PARALLEL_MIN_BYTES)) return null;
	if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return null;
	const headerLf = head.indexOf(LF);
	if (headerLf === -1) return null;
	for (let i = 0; i < headerLf; i++) {
		// A quote could hold a line break, and a lone CR ends the header early: either way line 2 is not where the data starts.
		if (head[i] === QUOTE || (head[i] === CR && i !== headerLf - 1)) return null;
	}
	const headerEnd = headerLf + 1;
	const from = Math.max(Math.floor(length / 2), headerEnd) - middleStart;
	if (from < 0 || from > middle.length) return null;
	const lf = middle.indexOf(LF, from);
	if (lf === -1) return null;
	const at = middleStart + lf + 1;
	return at < length ? { headerEnd, at } : null;
}
