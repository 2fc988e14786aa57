/**
 * Is a site in Kent & Medway? Point-in-polygon against the county outline (data/boundaries/outline.geojson),
 * with a tolerance because the outline is clipped to a generalised coast and seafront sites sit on it.
 */
import { ringsContain } from '../spatial/point-in-polygon';
import { pointToSegmentM } from './distance';

/** Sites this close outside the outline still count as inside (the generalised coast is ~20 m off). */
export const OUTLINE_TOLERANCE_M = 250;

function rings(collection: unknown): Float64Array[] {
	const features = (collection as { features?: { geometry?: { type?: string; coordinates?: unknown } }[] })?.features ?? [];
	const out: Float64Array[] = [];
	for (const f of features) {
		const g = f.geometry;
		const polygons = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? (g.coordinates as unknown[]) : [];
		for (const polygon of polygons as number[][][][]) {
			for (const ring of polygon) out.push(Float64Array.from(ring.flat()));
		}
	}
	return out;
}

/** A test for ValidateOptions.isInside from the parsed outline GeoJSON. */
export function studyAreaTest(outline: unknown, toleranceM = OUTLINE_TOLERANCE_M): (lng: number, lat: number) => boolean {
	const all = rings(outline);
	return (lng, lat) => {
		if (ringsContain(all, lng, lat)) return true;
		for (const r of all) {
			for (let k = 0; k + 3 < r.length; k += 2) {
				// Cheap reject: a vertex more than ~0.05 degrees away cannot be within the tolerance of this edge.
				if (Math.abs(r[k] - lng) > 0.05 || Math.abs(r[k + 1] - lat) > 0.05) continue;
				if (pointToSegmentM(lng, lat, r[k], r[k + 1], r[k + 2], r[k + 3]) <= toleranceM) return true;
			}
		}
		return false;
	};
}
