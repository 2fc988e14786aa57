/**
 * The offline place-search index (data/search/places.json): one file, written by scripts/data-build/search-index.ts
 * and read by parsePlaceIndex. Rows are tuples rather than objects to keep the file small; `columns` names them.
 */

import { DATA_PATHS } from '../data-paths';
import type { District } from '../geography/districts';

/** Where the build writes the index, relative to data/ (one name with the other artifacts). */
export const PLACE_SEARCH_PATH = DATA_PATHS.placeSearch;

export const PLACE_SEARCH_FORMAT = 'hotspot-atlas/place-search';
export const PLACE_SEARCH_VERSION = 1;

/** Decimal places of every coordinate in the index: about 10 m, plenty for zooming and naming. */
export const PLACE_SEARCH_DECIMALS = 4;

/** [west, south, east, north] in degrees. */
export type BBox = readonly [west: number, south: number, east: number, north: number];

/** A district as geography/districts.ts describes it, with its extent. `district` in every other row is a position in the file's own `districts` list. */
export interface DistrictRow extends Omit<District, 'area'> {
	readonly bbox: BBox;
}

export type WardRow = readonly [code: string, name: string, district: number, west: number, south: number, east: number, north: number];

/** `ward` is the position in `wards` of the ward holding the LSOA's population-weighted centroid. */
export type LsoaRow = readonly [
	code: string,
	name: string,
	district: number,
	west: number,
	south: number,
	east: number,
	north: number,
	lng: number,
	lat: number,
	ward: number
];

/** `size` is a PlaceSize; `population` is GeoNames' figure where it has a trustworthy one. */
export type PlaceRow = readonly [name: string, size: number, district: number, lng: number, lat: number, population: number | null];

export const PLACE_SEARCH_COLUMNS = {
	wards: ['code', 'name', 'district', 'west', 'south', 'east', 'north'],
	lsoas: ['code', 'name', 'district', 'west', 'south', 'east', 'north', 'lng', 'lat', 'ward'],
	places: ['name', 'size', 'district', 'lng', 'lat', 'population']
} as const;

/**
 * Size classes of towns and villages, largest first: 1-4 are the map's label tiers (GeoNames populations),
 * 5 a built-up area of the ONS Index of Place Names without a label, 6 an IPN locality only.
 */
export const PLACE_SIZES = {
	1: 'town of 50,000 or more',
	2: 'town of 15,000 to 50,000',
	3: 'town of 5,000 to 15,000',
	4: 'village or suburb with a map label',
	5: 'built-up area (ONS)',
	6: 'locality (ONS)'
} as const;

export type PlaceSize = keyof typeof PLACE_SIZES;

export interface PlaceSearchFile {
	readonly format: typeof PLACE_SEARCH_FORMAT;
	readonly version: typeof PLACE_SEARCH_VERSION;
	readonly decimals: number;
	readonly columns: typeof PLACE_SEARCH_COLUMNS;
	readonly sizes: typeof PLACE_SIZES;
	readonly districts: readonly DistrictRow[];
	readonly wards: readonly WardRow[];
	readonly lsoas: readonly LsoaRow[];
	readonly places: readonly PlaceRow[];
}

/** How a place of a size class is named in results. */
export function placeKindOfSize(size: number): 'town' | 'village' | 'locality' {
	return size <= 3 ? 'town' : size <= 5 ? 'village' : 'locality';
}
