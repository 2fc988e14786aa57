/**
 * The one search box: a grid reference, then a coordinate pair, then names and codes. Every answer either
 * lists results or says why there are none.
 */
import { parseCoordinates } from './coordinates';
import { looksLikeGridReference, parseGridReference } from './grid-reference';
import { searchMessage, type SearchMessage } from './messages';
import { matchNames } from './name-search';
import type { PlaceIndex } from './place-index';
import { coordinatesAnswer, gridReferenceAnswer } from './point-search';
import { resultFromEntry, type SearchResult } from './result';

export interface SearchOptions {
	/** Most results returned: default 10. */
	readonly limit?: number;
}

export interface SearchAnswer {
	readonly query: string;
	readonly results: readonly SearchResult[];
	/** Why there are no results, or what to know about the one given (outside the area, order of a pair). */
	readonly messages: readonly SearchMessage[];
}

export const DEFAULT_LIMIT = 10;

export function searchPlaces(index: PlaceIndex, text: string, options: SearchOptions = {}): SearchAnswer {
	const query = text.trim();
	if (query.length === 0) return { query, results: [], messages: [] };
	if (looksLikeGridReference(query)) {
		const parsed = parseGridReference(query);
		if (!parsed.ok) return { query, results: [], messages: [parsed.message] };
		const { result, messages } = gridReferenceAnswer(index, parsed.value);
		return { query, results: [result], messages };
	}
	const coordinates = parseCoordinates(query);
	if (coordinates) {
		if (!coordinates.ok) return { query, results: [], messages: [coordinates.message] };
		const { result, messages } = coordinatesAnswer(index, coordinates.value);
		return { query, results: [result], messages };
	}
	const matches = matchNames(index, query, options.limit ?? DEFAULT_LIMIT);
	if (matches.length === 0) return { query, results: [], messages: [searchMessage('no-match', query)] };
	return { query, results: matches.map((m) => resultFromEntry(m.entry)), messages: [] };
}
