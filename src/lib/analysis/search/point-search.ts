/**
 * Results for typed coordinates and grid references: where they are, which district they fall in (the district
 * of the nearest LSOA centroid among the LSOAs whose extent holds them), what they are near, or that they lie
 * outside Kent & Medway.
 */
import { bngToLngLat } from '../geometry/bng';
import type { Bounds } from '../geometry/bounds';
import type { LngLat } from '../geometry/lng-lat';
import type { ParsedCoordinates } from './coordinates';
import { formatSquareSize, type GridReference } from './grid-reference';
import { searchMessage, type SearchMessage } from './messages';
import { nearestPlace } from './nearest-place';
import type { PlaceIndex } from './place-index';
import { MAX_ZOOM, districtLabels, type SearchResult } from './result';

/** The district (DISTRICTS index) whose boundary holds a point, or null outside them all: exact where the caller has boundaries. */
export type DistrictLocator = (point: LngLat) => number | null;

export interface PointAnswer {
	readonly result: SearchResult;
	readonly messages: readonly SearchMessage[];
}

const overlaps = (a: Bounds, b: Bounds) => a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];

/** The district of the nearest LSOA centroid among LSOAs whose extent meets the area; null when none does. */
export function districtAt(index: PlaceIndex, center: LngLat, area: Bounds): number | null {
	let best: number | null = null;
	let bestDistance = Infinity;
	for (let i = 0; i < index.lsoas.length; i++) {
		if (!overlaps(index.lsoaExtents[i], area)) continue;
		const [lng, lat] = index.lsoas[i].centroid;
		// Ranking only: squared degrees with longitude scaled by cos(51.2 N) are enough.
		const d = ((lng - center[0]) * 0.63) ** 2 + (lat - center[1]) ** 2;
		if (d < bestDistance) {
			bestDistance = d;
			best = index.lsoas[i].district;
		}
	}
	return best;
}

interface Located {
	readonly id: string;
	readonly kind: 'grid-reference' | 'coordinates';
	readonly text: string;
	readonly detail: string | null;
	readonly point: LngLat;
	readonly extent: Bounds | null;
}

function answer(index: PlaceIndex, found: Located, extra: readonly SearchMessage[], locate?: DistrictLocator): PointAnswer {
	const [lng, lat] = found.point;
	// LSOA extents overlap the county's edge; boundaries, when given, say exactly whether the point is inside.
	const district = locate ? locate(found.point) : districtAt(index, found.point, found.extent ?? [[lng, lat], [lng, lat]]);
	const parts = found.detail ? [found.detail] : [];
	if (district === null) parts.push('outside Kent & Medway');
	else {
		const near = nearestPlace(index, found.point).place;
		parts.push(near ? `near ${near.name}, ${districtLabels([district])}` : districtLabels([district]));
	}
	const outside = district === null;
	return {
		result: {
			id: found.id,
			kind: found.kind,
			name: found.text,
			label: `${found.text} (${parts.join(', ')})`,
			code: null,
			extent: found.extent,
			point: found.point,
			maxZoom: MAX_ZOOM[found.kind],
			districts: outside ? [] : [district],
			outside
		},
		messages: outside ? [...extra, searchMessage('outside-area', found.text)] : extra
	};
}

/** A grid reference as the square it names, in WGS84 (the square's four corners, converted). */
export function gridReferenceAnswer(index: PlaceIndex, ref: GridReference, locate?: DistrictLocator): PointAnswer {
	const { easting: e, northing: n, size } = ref;
	const corners = [bngToLngLat(e, n), bngToLngLat(e + size, n), bngToLngLat(e, n + size), bngToLngLat(e + size, n + size)];
	const extent: Bounds = [
		[Math.min(...corners.map((c) => c[0])), Math.min(...corners.map((c) => c[1]))],
		[Math.max(...corners.map((c) => c[0])), Math.max(...corners.map((c) => c[1]))]
	];
	const point = bngToLngLat(e + size / 2, n + size / 2);
	return answer(index, { id: `grid:${ref.text}`, kind: 'grid-reference', text: ref.text, detail: `${formatSquareSize(size)} square`, point, extent }, [], locate);
}

export function coordinatesAnswer(index: PlaceIndex, parsed: ParsedCoordinates, locate?: DistrictLocator): PointAnswer {
	if (parsed.type === 'easting-northing') {
		const point = bngToLngLat(parsed.easting, parsed.northing);
		return answer(index, { id: `en:${parsed.text}`, kind: 'coordinates', text: parsed.text, detail: null, point, extent: null }, [], locate);
	}
	const extra = parsed.swapped ? [searchMessage('read-as-lng-lat', parsed.text)] : [];
	return answer(index, { id: `ll:${parsed.text}`, kind: 'coordinates', text: parsed.text, detail: null, point: parsed.lngLat, extent: null }, extra, locate);
}
