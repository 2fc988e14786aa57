/**
 * What a file is, decided from its first characters: binary or text, GeoJSON or delimited, and
 * which delimiter. Decisions read the header line and the first rows, respecting quotes.
 */

export type Delimiter = ',' | '\t' | ';';
export const DELIMITERS: readonly Delimiter[] = [',', '\t', ';'];

/** Characters read before deciding: enough for the header and a few hundred rows of a wide extract. */
export const SNIFF_CHARS = 64 * 1024;
/** Records compared when choosing the delimiter. */
const SNIFF_RECORDS = 50;
/** Share of control characters (not tab, CR, LF) above which text is taken to be binary. */
const BINARY_CONTROL_SHARE = 0.02;

/** True for text holding NUL or many other control characters: a spreadsheet's .xlsx, an image, a zip renamed .csv. */
export function looksBinary(sample: string): boolean {
	// Only the first SNIFF_CHARS count, however much text the first read brought, so the CLI and browser agree.
	let control = 0;
	const n = Math.min(sample.length, SNIFF_CHARS);
	for (let i = 0; i < n; i++) {
		const c = sample.charCodeAt(i);
		if (c === 0) return true;
		if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
	}
	return n > 0 && control / n > BINARY_CONTROL_SHARE;
}

/** GeoJSON by name, or text whose first non-space character opens a JSON object. */
export function looksLikeGeoJson(sample: string, name = ''): boolean {
	if (/\.(geo)?json$/i.test(name)) return true;
	return /^\uFEFF?\s*\{/.test(sample);
}

/** Field counts per record for one delimiter, quotes respected, over the first records of the sample. */
function fieldCounts(sample: string, delimiter: Delimiter): number[] {
	const counts: number[] = [];
	const d = delimiter.charCodeAt(0);
	let inQuotes = false;
	let fields = 1;
	for (let i = 0; i < sample.length && counts.length < SNIFF_RECORDS; i++) {
		const c = sample.charCodeAt(i);
		if (c === 34) inQuotes = !inQuotes;
		else if (!inQuotes && c === d) fields++;
		else if (!inQuotes && c === 10) {
			counts.push(fields);
			fields = 1;
		}
	}
	if (counts.length < SNIFF_RECORDS && fields > 1) counts.push(fields);
	return counts;
}

/**
 * The delimiter whose field count in the header is above one and matches the most rows; ties go to
 * the one with more fields. A semicolon file with decimal commas ("51,2745") has no commas in its
 * header, so the comma loses there. Comma when nothing splits (a one-column file).
 */
export function detectDelimiter(sample: string): Delimiter {
	let best: Delimiter = ',';
	let bestScore = -1;
	for (const d of DELIMITERS) {
		const counts = fieldCounts(sample.replace(/^\uFEFF/, ''), d);
		const header = counts[0] ?? 1;
		if (header < 2) continue;
		const rows = counts.slice(1);
		const matching = rows.filter((n) => n === header).length;
		const score = (rows.length === 0 ? 1 : matching / rows.length) * 1000 + header;
		if (score > bestScore) {
			best = d;
			bestScore = score;
		}
	}
	return best;
}
