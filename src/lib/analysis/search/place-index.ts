/**
 * Turns the place-search file into the typed index search reads: one entry per district, community safety
 * partnership, ward, LSOA, town and village, with normalised names, DISTRICTS indices and nearest-point grids.
 */
import { DISTRICTS } from '../geography/districts';
import type { Bounds } from '../geometry/bounds';
import type { LngLat } from '../geometry/lng-lat';
import { normaliseName } from './normalise';
import { PLACE_SEARCH_FORMAT, PLACE_SEARCH_VERSION, placeKindOfSize, type BBox, type PlaceSearchFile } from './place-index-format';
import { createPointGrid, type PointGrid } from './point-grid';
import { checkPlaceSearchFile } from './place-index-check';

export type AreaKind = 'district' | 'csp' | 'ward' | 'lsoa';
export type SettlementKind = 'town' | 'village' | 'locality';
export type EntryKind = AreaKind | SettlementKind;

export interface SearchEntry {
	/** Unique within the index, e.g. "lsoa:E01024692" or "place:812". */
	readonly id: string;
	readonly kind: EntryKind;
	readonly name: string;
	/** ONS code; null for towns and villages, which have none. */
	readonly code: string | null;
	/** Normalised names the entry answers to (its name, a district's label and former names). */
	readonly keys: readonly string[];
	/** Indices into DISTRICTS of the district(s) it lies in. */
	readonly districts: readonly number[];
	/** Areas' extent; null for towns and villages. */
	readonly extent: Bounds | null;
	/** Towns' and villages' point; null for areas. */
	readonly point: LngLat | null;
	/** Towns' and villages' PlaceSize (1 = largest); 0 for areas. */
	readonly size: number;
	/** GeoNames population where known, else 0; ranks equal sizes. */
	readonly population: number;
}

export interface IndexedLsoa {
	readonly code: string;
	readonly name: string;
	readonly district: number;
	readonly centroid: LngLat;
	/** Position in PlaceIndex.wards of the ward holding the centroid. */
	readonly ward: number;
}

export interface PlaceIndex {
	readonly entries: readonly SearchEntry[];
	/** The towns, villages and localities among the entries, for naming points. */
	readonly settlements: readonly SearchEntry[];
	readonly settlementGrid: PointGrid;
	readonly wards: readonly SearchEntry[];
	readonly lsoas: readonly IndexedLsoa[];
	readonly lsoaGrid: PointGrid;
	readonly lsoaExtents: readonly Bounds[];
	readonly lsoaByCode: ReadonlyMap<string, number>;
}

/** Raised when the file is not a place-search index this code can read. */
export class PlaceIndexError extends Error {}

const boundsOf = (b: BBox | readonly number[]): Bounds => [
	[b[0], b[1]],
	[b[2], b[3]]
];

function union(boxes: readonly Bounds[]): Bounds {
	return [
		[Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
		[Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))]
	];
}

/** Validates and indexes a parsed places.json; throws PlaceIndexError naming the first problem. */
export function parsePlaceIndex(json: unknown): PlaceIndex {
	const problem = checkPlaceSearchFile(json);
	if (problem) throw new PlaceIndexError(`place search index (${PLACE_SEARCH_FORMAT} v${PLACE_SEARCH_VERSION}): ${problem}`);
	const file = json as PlaceSearchFile;
	const districtIndex = new Map(DISTRICTS.map((d, i) => [d.code, i]));
	const toDistrict = file.districts.map((d) => {
		const index = districtIndex.get(d.code);
		if (index === undefined) throw new PlaceIndexError(`place search index: ${d.code} is not one of the 13 districts`);
		return index;
	});

	const districts: SearchEntry[] = file.districts.map((d, i) => ({
		id: `district:${d.code}`,
		kind: 'district',
		name: d.label,
		code: d.code,
		keys: unique([d.name, d.label, ...d.formerNames].map(normaliseName)),
		districts: [toDistrict[i]],
		extent: boundsOf(d.bbox),
		point: null,
		size: 0,
		population: 0
	}));

	const wards: SearchEntry[] = file.wards.map(([code, name, d, ...bbox]) => ({
		id: `ward:${code}`,
		kind: 'ward',
		name,
		code,
		keys: [normaliseName(name)],
		districts: [toDistrict[d]],
		extent: boundsOf(bbox),
		point: null,
		size: 0,
		population: 0
	}));

	const lsoaEntries: SearchEntry[] = file.lsoas.map(([code, name, d, w, s, e, n]) => ({
		id: `lsoa:${code}`,
		kind: 'lsoa',
		name,
		code,
		keys: [normaliseName(name)],
		districts: [toDistrict[d]],
		extent: boundsOf([w, s, e, n]),
		point: null,
		size: 0,
		population: 0
	}));
	const lsoas: IndexedLsoa[] = file.lsoas.map(([code, name, d, , , , , lng, lat, ward]) => ({ code, name, district: toDistrict[d], centroid: [lng, lat], ward }));

	const settlements: SearchEntry[] = file.places.map(([name, size, d, lng, lat, population], i) => ({
		id: `place:${i}`,
		kind: placeKindOfSize(size),
		name,
		code: null,
		keys: [normaliseName(name)],
		districts: [toDistrict[d]],
		extent: null,
		point: [lng, lat],
		size,
		population: population ?? 0
	}));

	return {
		entries: [...districts, ...cspEntries(file, districts), ...wards, ...lsoaEntries, ...settlements],
		settlements,
		settlementGrid: createPointGrid(settlements.map((p) => p.point as LngLat)),
		wards,
		lsoas,
		lsoaGrid: createPointGrid(lsoas.map((l) => l.centroid)),
		lsoaExtents: lsoaEntries.map((l) => l.extent as Bounds),
		lsoaByCode: new Map(lsoas.map((l, i) => [l.code, i]))
	};
}

/**
 * One entry per community safety partnership. A partnership named as its one district answers to its code
 * only, so "Thanet" does not list the same area twice; "Dartford and Gravesham" and "Shepway" answer to names.
 */
function cspEntries(file: PlaceSearchFile, districts: readonly SearchEntry[]): SearchEntry[] {
	const codes = [...new Set(file.districts.map((d) => d.cspCode))].sort();
	return codes.map((code) => {
		const members = file.districts.flatMap((d, i) => (d.cspCode === code ? [i] : []));
		const name = file.districts[members[0]].cspName;
		const only = file.districts[members[0]];
		const sameAsDistrict = members.length === 1 && [only.name, only.label].map(normaliseName).includes(normaliseName(name));
		return {
			id: `csp:${code}`,
			kind: 'csp',
			name,
			code,
			keys: sameAsDistrict ? [] : [normaliseName(name)],
			districts: members.map((i) => districts[i].districts[0]).sort((a, b) => a - b),
			extent: union(members.map((i) => districts[i].extent as Bounds)),
			point: null,
			size: 0,
			population: 0
		};
	});
}

function unique(keys: readonly string[]): string[] {
	return [...new Set(keys)];
}
