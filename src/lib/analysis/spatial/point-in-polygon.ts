/**
 * Exact point-in-polygon on flat rings: even-odd crossings over every ring of an area, so holes and
 * multipolygon parts need no special case (valid geometries do not overlap themselves).
 */

/** Rings of one area as interleaved [lng0, lat0, lng1, lat1, ...] arrays. */
export type FlatRings = readonly Float64Array[];

export function ringsContain(rings: FlatRings, lng: number, lat: number): boolean {
	let inside = false;
	for (const ring of rings) {
		const n = ring.length;
		let xj = ring[n - 2];
		let yj = ring[n - 1];
		for (let k = 0; k < n; k += 2) {
			const xi = ring[k];
			const yi = ring[k + 1];
			if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
			xj = xi;
			yj = yi;
		}
	}
	return inside;
}
