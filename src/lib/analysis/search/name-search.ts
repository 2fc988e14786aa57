/**
 * Name and code matching: an exact ONS code first, then exact names, names that start with the query, names
 * with a word that starts with it, and (from 3 characters) names that merely contain it. Equal matches rank
 * district > partnership > town > village > ward > locality > LSOA, then larger places first. LSOA names
 * ("Thanet 001B") answer only to queries with a digit.
 */
import { normaliseName } from './normalise';
import type { EntryKind, PlaceIndex, SearchEntry } from './place-index';

/** How well an entry matches, best first. */
export const MATCH = { code: 0, exact: 1, prefix: 2, wordPrefix: 3, substring: 4 } as const;

const KIND_ORDER: Record<EntryKind, number> = { district: 0, csp: 1, town: 2, village: 3, ward: 4, locality: 5, lsoa: 6 };

/** Shorter queries match too much inside words ("a" is in most names): below this only starts of words count. */
const MIN_SUBSTRING_LENGTH = 3;

/** GSS codes: a letter and 8 digits (E01 LSOA, E05 ward, E06/E07 district, E22 partnership). */
const CODE_LIKE = /^[a-z]\d{2,8}$/i;

export interface NameMatch {
	readonly entry: SearchEntry;
	readonly quality: number;
}

function keyQuality(key: string, query: string): number | null {
	if (key === query) return MATCH.exact;
	if (key.startsWith(query)) return MATCH.prefix;
	if (key.includes(` ${query}`)) return MATCH.wordPrefix;
	if (query.length >= MIN_SUBSTRING_LENGTH && key.includes(query)) return MATCH.substring;
	return null;
}

function entryQuality(entry: SearchEntry, query: string, code: string | null): number | null {
	if (code && entry.code) {
		if (entry.code === code) return MATCH.code;
		if (entry.code.startsWith(code)) return MATCH.prefix;
	}
	// An LSOA's name is its district's plus a number: without a digit in the query it would only crowd out the district.
	if (entry.kind === 'lsoa' && !/\d/.test(query)) return null;
	let best: number | null = null;
	for (const key of entry.keys) {
		const quality = keyQuality(key, query);
		if (quality !== null && (best === null || quality < best)) best = quality;
	}
	return best;
}

function compare(a: NameMatch, b: NameMatch): number {
	return (
		a.quality - b.quality ||
		KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
		a.entry.size - b.entry.size ||
		b.entry.population - a.entry.population ||
		(a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0) ||
		(a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0)
	);
}

/** The best `limit` entries for a typed name or code, best first; empty for an empty query. */
export function matchNames(index: PlaceIndex, text: string, limit: number): NameMatch[] {
	const query = normaliseName(text);
	if (query.length === 0) return [];
	const compact = text.replace(/\s+/g, '');
	const code = CODE_LIKE.test(compact) ? compact.toUpperCase() : null;
	const matches: NameMatch[] = [];
	for (const entry of index.entries) {
		const quality = entryQuality(entry, query, code);
		if (quality !== null) matches.push({ entry, quality });
	}
	return matches.sort(compare).slice(0, limit);
}
