/**
 * The one search box: a grid reference, then a coordinate pair, then names and codes. Every answer either
 * lists results or says why there are none.
 */
import { parseCoordinates } from './coordinates';
import { looksLikeGridReference, parseGridReference } from './grid-reference';
import { searchMessage, type SearchMessage } from './messages';
import { matchNames } from './name-search';
import type { PlaceIndex } from './place-index';
import { coordinatesAnswer, gridReferenceAnswer, type DistrictLocator } from './point-search';
import { resultFromEntry, type SearchResult } from './result';

export interface SearchOptions {
	/** Most results returned: default 10. */
	readonly limit?: number;
	/** Exact district of a typed point from boundaries; without it, the nearest LSOA centroid among the LSOA extents holding it. */
	readonly locate?: DistrictLocator;
}

export interface SearchAnswer {
	readonly query: string;
	readonly results: readonly SearchResult[];
	/** Why there are no results, or what to know about the one given (outside the area, order of a pair). */
	readonly messages: readonly SearchMessage[];
}

export const DEFAULT_LIMIT = 10;

/** The start of a Kent & Medway postcode (outward code): ME, CT, TN, DA or BR and a district number. */
const POSTCODE_START = /^(ME|CT|TN|DA|BR)\d{1,2}[A-Z]?$/i;

/**
 * Text shaped like a grid reference that is not one ("ME14", "SE1"): names are tried before the grid's own
 * complaint, and a Kent postcode is told it is not searched rather than that it is a bad grid square.
 */
function notAGridReference(index: PlaceIndex, query: string, gridMessage: SearchMessage, options: SearchOptions): SearchAnswer {
	const matches = matchNames(index, query, options.limit ?? DEFAULT_LIMIT);
	if (matches.length > 0) return { query, results: matches.map((m) => resultFromEntry(m.entry)), messages: [] };
	const message = POSTCODE_START.test(query.replace(/\s+/g, '')) ? searchMessage('postcode-not-searched', query) : gridMessage;
	return { query, results: [], messages: [message] };
}

export function searchPlaces(index: PlaceIndex, text: string, options: SearchOptions = {}): SearchAnswer {
	const query = text.trim();
	if (query.length === 0) return { query, results: [], messages: [] };
	if (looksLikeGridReference(query)) {
		const parsed = parseGridReference(query);
		if (!parsed.ok) return notAGridReference(index, query, parsed.message, options);
		const { result, messages } = gridReferenceAnswer(index, parsed.value, options.locate);
		return { query, results: [result], messages };
	}
	const coordinates = parseCoordinates(query);
	if (coordinates) {
		if (!coordinates.ok) return { query, results: [], messages: [coordinates.message] };
		const { result, messages } = coordinatesAnswer(index, coordinates.value, options.locate);
		return { query, results: [result], messages };
	}
	const matches = matchNames(index, query, options.limit ?? DEFAULT_LIMIT);
	if (matches.length === 0) return { query, results: [], messages: [searchMessage('no-match', query)] };
	return { query, results: matches.map((m) => resultFromEntry(m.entry)), messages: [] };
}
