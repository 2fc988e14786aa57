/** What a search answers with, and where the map should go for each answer. */
import { DISTRICTS } from '../geography/districts';
import type { Bounds } from '../geometry/bounds';
import type { LngLat } from '../geometry/lng-lat';
import { normaliseName } from './normalise';
import type { EntryKind, SearchEntry } from './place-index';

export type ResultKind = EntryKind | 'grid-reference' | 'coordinates';

export interface SearchResult {
	/** Unique within one answer; stable for the same place. */
	readonly id: string;
	readonly kind: ResultKind;
	/** The place's own name ("Margate"), or the coordinates as understood ("TQ 758 683"). */
	readonly name: string;
	/** What the list shows, e.g. "Margate (town, Thanet)". */
	readonly label: string;
	/** ONS code where the place has one. */
	readonly code: string | null;
	/** The area to fit: an area's extent, a grid reference's square; null for a bare point. */
	readonly extent: Bounds | null;
	/** A town's or village's point, typed coordinates, a grid square's centre; null for areas. */
	readonly point: LngLat | null;
	/** The closest the map should zoom for this result (never past 13 for a point). */
	readonly maxZoom: number;
	/** Indices into DISTRICTS the district filter can be set to; empty when none applies. */
	readonly districts: readonly number[];
	/** True for typed coordinates that lie outside Kent & Medway. */
	readonly outside: boolean;
}

/** The closest zoom per kind: a point no closer than 13 (a few km across), small areas no closer than 16. */
export const MAX_ZOOM: Record<ResultKind, number> = {
	district: 12,
	csp: 12,
	town: 12,
	village: 13,
	locality: 13,
	ward: 15,
	lsoa: 16,
	'grid-reference': 13,
	coordinates: 13
};

export type ZoomTarget =
	| { readonly type: 'bounds'; readonly bounds: Bounds; readonly maxZoom: number }
	| { readonly type: 'center'; readonly center: LngLat; readonly zoom: number };

/** Where to send the map: fit an extent (capped at the kind's zoom), or centre a point at no closer than zoom 13. */
export function zoomTarget(result: SearchResult): ZoomTarget {
	if (result.extent) return { type: 'bounds', bounds: result.extent, maxZoom: result.maxZoom };
	if (!result.point) throw new RangeError(`search result ${result.id} has neither an extent nor a point`);
	return { type: 'center', center: result.point, zoom: Math.min(result.maxZoom, MAX_ZOOM.coordinates) };
}

const KIND_WORDS: Record<EntryKind, string> = {
	district: 'district',
	csp: 'community safety partnership',
	town: 'town',
	village: 'village',
	locality: 'locality',
	ward: 'ward',
	lsoa: 'LSOA'
};

export function districtLabels(districts: readonly number[]): string {
	return districts.map((d) => DISTRICTS[d]?.label ?? '').join(' and ');
}

function entryLabel(entry: SearchEntry): string {
	const where = districtLabels(entry.districts);
	switch (entry.kind) {
		case 'district':
			return `${entry.name} (district)`;
		case 'csp':
			// Shepway's partnership covers Folkestone & Hythe: say so where the name does not.
			return normaliseName(entry.name) === normaliseName(where) ? `${entry.name} (${KIND_WORDS.csp})` : `${entry.name} (${KIND_WORDS.csp}, ${where})`;
		case 'lsoa':
			return `${entry.name} (LSOA ${entry.code})`;
		default:
			return `${entry.name} (${KIND_WORDS[entry.kind]}, ${where})`;
	}
}

export function resultFromEntry(entry: SearchEntry): SearchResult {
	return {
		id: entry.id,
		kind: entry.kind,
		name: entry.name,
		label: entryLabel(entry),
		code: entry.code,
		extent: entry.extent,
		point: entry.point,
		maxZoom: MAX_ZOOM[entry.kind],
		districts: entry.districts,
		outside: false
	};
}
