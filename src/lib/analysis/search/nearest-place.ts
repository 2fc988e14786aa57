/**
 * Names a point for a table row ("near Margate (Cliftonville West ward)"): the nearest town or village, and
 * the ward holding the population-weighted centroid of the point's LSOA (or of the nearest LSOA centroid).
 */
import type { LngLat } from '../geometry/lng-lat';
import type { PlaceIndex, SettlementKind } from './place-index';

export interface NearestPlaceOptions {
	/** Largest PlaceSize counted: default 5 (towns, villages and built-up areas, not every named farm). */
	readonly maxSize?: number;
	/** Nothing farther than this is "near": default 10 km. */
	readonly maxDistanceM?: number;
	/** The LSOA 2021 code the point is known to lie in, when the caller has it (its ward is then used). */
	readonly lsoa?: string;
}

export interface NearestPlace {
	readonly place: {
		readonly name: string;
		readonly kind: SettlementKind;
		/** Index into DISTRICTS. */
		readonly district: number;
		readonly point: LngLat;
		readonly distanceM: number;
	} | null;
	readonly ward: { readonly code: string; readonly name: string } | null;
}

export const NEAREST_DEFAULTS = { maxSize: 5, maxDistanceM: 10_000 } as const;

export function nearestPlace(index: PlaceIndex, at: LngLat, options: NearestPlaceOptions = {}): NearestPlace {
	const maxSize = options.maxSize ?? NEAREST_DEFAULTS.maxSize;
	const maxDistanceM = options.maxDistanceM ?? NEAREST_DEFAULTS.maxDistanceM;
	const hit = index.settlementGrid.nearest(at, { maxDistanceM, accept: (i) => index.settlements[i].size <= maxSize });
	const settlement = hit ? index.settlements[hit.index] : null;
	const place =
		hit && settlement
			? {
					name: settlement.name,
					kind: settlement.kind as SettlementKind,
					district: settlement.districts[0],
					point: settlement.point as LngLat,
					distanceM: hit.distanceM
				}
			: null;
	const known = options.lsoa === undefined ? undefined : index.lsoaByCode.get(options.lsoa);
	const lsoa = known ?? index.lsoaGrid.nearest(at, { maxDistanceM })?.index;
	const wardEntry = lsoa === undefined ? null : index.wards[index.lsoas[lsoa].ward];
	return { place, ward: wardEntry ? { code: wardEntry.code as string, name: wardEntry.name } : null };
}

/** "near Margate (Cliftonville West ward)", "near Margate", "Cliftonville West ward", or "" when nothing is near. */
export function nearPlaceText(near: NearestPlace): string {
	const ward = near.ward ? `${near.ward.name} ward` : '';
	if (!near.place) return ward;
	return ward ? `near ${near.place.name} (${ward})` : `near ${near.place.name}`;
}
