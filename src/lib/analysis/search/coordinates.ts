/**
 * A typed pair of numbers: latitude and longitude in decimal degrees ("51.38, 0.52", "51.38N 0.52E",
 * "0.52, 51.38" when only that order lands in Kent) or a National Grid easting and northing
 * ("575800, 168300", "E 575800 N 168300"). Anything else is left to name search.
 */
import { isGridReference } from '../geometry/bng';
import type { LngLat } from '../geometry/lng-lat';
import { searchMessage, type SearchMessage } from './messages';

export type ParsedCoordinates =
	| { readonly type: 'lat-lng'; readonly lngLat: LngLat; readonly swapped: boolean; readonly text: string }
	| { readonly type: 'easting-northing'; readonly easting: number; readonly northing: number; readonly text: string };

export type CoordinateParse = { readonly ok: true; readonly value: ParsedCoordinates } | { readonly ok: false; readonly message: SearchMessage };

/** Kent & Medway with a margin of about 15 km: decides which order an unlabelled pair of degrees is in. */
export const KENT_DEGREES = { west: -0.2, east: 1.7, south: 50.75, north: 51.65 } as const;

/** Under 1 km from the grid's origin is open sea off Scilly: such a value beside a real one is a mixed-up pair. */
const MIN_GRID_METRES = 1000;

const TOKENS = /[+-]?\d+(?:\.\d+)?|[nsew]|°|[,;]/gi;
const ONLY_COORDINATE_CHARACTERS = /^[\d\s.,;°'′"″+\-nsew]+$/i;
// Minute and second marks; a bare degree sign is fine ("51.38° 0.52°").
const MINUTES_OR_SECONDS = /['′"″]/;

interface Part {
	value: number;
	label: 'N' | 'S' | 'E' | 'W' | null;
}

/** null when the text is not a pair of numbers at all (a place name, a grid reference). */
export function parseCoordinates(text: string): CoordinateParse | null {
	const trimmed = text.trim();
	if (!ONLY_COORDINATE_CHARACTERS.test(trimmed) || !/\d/.test(trimmed)) return null;
	if (MINUTES_OR_SECONDS.test(trimmed)) return { ok: false, message: searchMessage('coordinates-dms', trimmed) };
	const tokens = trimmed.match(TOKENS) ?? [];
	// Whatever the tokens do not cover (a stray letter or dot) means this is not a coordinate pair.
	if (trimmed.replace(TOKENS, '').trim().length > 0) return null;
	const parts = labelledParts(tokens);
	if (parts === null) return null;
	if (parts === 'bad-labels') return { ok: false, message: searchMessage('coordinates-labels', trimmed) };
	return Math.max(Math.abs(parts[0].value), Math.abs(parts[1].value)) > 180 ? gridPair(parts, trimmed) : degreePair(parts, trimmed);
}

/** Two numbers, each with an optional label; labels all go before their numbers or all after. */
function labelledParts(tokens: readonly string[]): [Part, Part] | 'bad-labels' | null {
	const items = tokens.filter((t) => t !== '°');
	if (items.filter((t) => t === ',' || t === ';').length > 1) return null;
	const isNumber = (t: string | undefined) => t !== undefined && /\d/.test(t);
	const labelsFirst = !isNumber(items[0]) && items[0] !== ',' && items[0] !== ';';
	const parts: Part[] = [];
	let pending: Part['label'] = null;
	for (let i = 0; i < items.length; i++) {
		const token = items[i];
		if (token === ',' || token === ';') {
			if (pending !== null) return 'bad-labels';
			continue;
		}
		if (isNumber(token)) {
			parts.push({ value: Number(token), label: labelsFirst ? pending : null });
			pending = null;
			continue;
		}
		const label = token.toUpperCase() as NonNullable<Part['label']>;
		if (labelsFirst) {
			if (pending !== null) return 'bad-labels';
			pending = label;
		} else {
			const last = parts.at(-1);
			if (!last || last.label !== null || !isNumber(items[i - 1])) return 'bad-labels';
			last.label = label;
		}
	}
	if (pending !== null) return 'bad-labels';
	return parts.length === 2 ? [parts[0], parts[1]] : null;
}

function gridPair([a, b]: [Part, Part], text: string): CoordinateParse {
	if ([a, b].some((p) => p.label === 'S' || p.label === 'W') || (a.label !== null && a.label === b.label)) {
		return { ok: false, message: searchMessage('coordinates-labels', text) };
	}
	const [east, north] = a.label === 'N' || b.label === 'E' ? [b, a] : [a, b];
	const valid = isGridReference(east.value, north.value) && east.value >= MIN_GRID_METRES && north.value >= MIN_GRID_METRES;
	if (!valid) return { ok: false, message: searchMessage('coordinates-out-of-range', text) };
	return {
		ok: true,
		value: { type: 'easting-northing', easting: east.value, northing: north.value, text: `E ${Math.round(east.value)}, N ${Math.round(north.value)}` }
	};
}

const isLatLabel = (label: Part['label']) => label === 'N' || label === 'S';
const signed = (p: Part) => (p.label === 'S' || p.label === 'W' ? -p.value : p.value);
const inRange = (lat: number, lng: number) => Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
const inKent = (lat: number, lng: number) => lat >= KENT_DEGREES.south && lat <= KENT_DEGREES.north && lng >= KENT_DEGREES.west && lng <= KENT_DEGREES.east;

function degreePair([a, b]: [Part, Part], text: string): CoordinateParse {
	// A hemisphere letter gives the sign, so a minus sign as well is a contradiction.
	if ([a, b].some((p) => p.label !== null && p.value < 0)) return { ok: false, message: searchMessage('coordinates-labels', text) };
	let latFirst: boolean;
	let swapped = false;
	if (a.label !== null || b.label !== null) {
		if (a.label !== null && b.label !== null && isLatLabel(a.label) === isLatLabel(b.label)) {
			return { ok: false, message: searchMessage('coordinates-labels', text) };
		}
		latFirst = a.label !== null ? isLatLabel(a.label) : !isLatLabel(b.label);
	} else {
		const asLatLng = inRange(a.value, b.value);
		const asLngLat = inRange(b.value, a.value);
		// Latitude first is the convention; the other order only when it alone lands in Kent.
		latFirst = asLatLng && !(asLngLat && inKent(b.value, a.value) && !inKent(a.value, b.value));
		swapped = !latFirst;
	}
	const lat = signed(latFirst ? a : b);
	const lng = signed(latFirst ? b : a);
	if (!inRange(lat, lng)) return { ok: false, message: searchMessage('coordinates-out-of-range', text) };
	return { ok: true, value: { type: 'lat-lng', lngLat: [lng, lat], swapped, text: formatLatLng([lng, lat]) } };
}

/** "51.38000° N, 0.52000° E": five decimals is about 1 m. */
export function formatLatLng([lng, lat]: LngLat): string {
	return `${Math.abs(lat).toFixed(5)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lng).toFixed(5)}° ${lng < 0 ? 'W' : 'E'}`;
}
