/**
 * Area of a polygon inside a convex one (an H3 cell), for apportioning LSOA population to hexagons.
 * Sutherland-Hodgman clips each ring by the convex polygon: for a concave ring the result may hold
 * zero-width bridges, which add no area, so the shoelace area of the output is exact. Areas are in
 * m² on a local equirectangular projection about refLat: good to well under 0.1% across an LSOA.
 */
import type { Position } from 'geojson';

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Signed shoelace area in m² (anticlockwise positive) of a ring given as [lng, lat]. */
export function planarArea(ring: readonly Position[], refLat: number): number {
	const kx = EARTH_RADIUS_M * RAD * Math.cos(refLat * RAD);
	const ky = EARTH_RADIUS_M * RAD;
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
	return (sum / 2) * kx * ky;
}

/** Part of `ring` inside the convex polygon `clip` (either orientation; closing point optional). */
export function clipToConvex(ring: readonly Position[], clip: readonly Position[]): Position[] {
	const c = closed(clip) ? clip.slice(0, -1) : clip;
	const sign = Math.sign(planarArea(c, 0)) || 1;
	let output: Position[] = closed(ring) ? ring.slice(0, -1) : [...ring];
	for (let e = 0; e < c.length && output.length > 0; e++) {
		const a = c[e];
		const b = c[(e + 1) % c.length];
		const side = (p: Position) => sign * ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]));
		const input = output;
		output = [];
		for (let i = 0; i < input.length; i++) {
			const p = input[i];
			const q = input[(i + 1) % input.length];
			const sp = side(p);
			const sq = side(q);
			if (sp >= 0) output.push(p);
			if ((sp >= 0) !== (sq >= 0)) {
				const t = sp / (sp - sq);
				output.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
			}
		}
	}
	return output;
}

function closed(ring: readonly Position[]): boolean {
	const first = ring[0];
	const last = ring[ring.length - 1];
	return ring.length > 1 && first[0] === last[0] && first[1] === last[1];
}

/** Area (m²) of a polygon (outer ring, then holes) inside the convex polygon. */
export function areaInside(rings: readonly (readonly Position[])[], clip: readonly Position[], refLat: number): number {
	let area = 0;
	rings.forEach((ring, k) => {
		const part = Math.abs(planarArea(clipToConvex(ring, clip), refLat));
		area += k === 0 ? part : -part;
	});
	return Math.max(0, area);
}

/** Area (m²) of a polygon with holes. */
export function polygonAreaM2(rings: readonly (readonly Position[])[], refLat: number): number {
	return Math.max(0, rings.reduce((sum, ring, k) => sum + (k === 0 ? 1 : -1) * Math.abs(planarArea(ring, refLat)), 0));
}
