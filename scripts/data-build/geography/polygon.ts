/**
 * Small planar polygon helpers on [lng, lat] rings: containment, area and an interior point.
 * Planar maths is enough here: Kent spans about 1.4 degrees, and only signs and ranks are used.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
/** A GeoJSON position [lng, lat], mutable as GeoJSON's own. */
type Point = [number, number];

/** Polygon rings as GeoJSON nests them: outer ring first, then holes. */
export type PolygonRings = readonly (readonly Position[])[];

/** Kent's mid latitude; scales longitude so that widths compare in ground distance. */
const KENT_LAT_SCALE = Math.cos((51.2 * Math.PI) / 180);

/** Polygon parts of a Polygon or MultiPolygon, so callers need not switch on the type. */
export function polygonParts(geometry: Polygon | MultiPolygon): PolygonRings[] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Even-odd crossing test for one ring; points exactly on an edge may go either way. */
export function ringContains(ring: readonly Position[], point: Position): boolean {
	const [x, y] = point;
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** True when the point is inside the outer ring and outside every hole. */
export function polygonContains(rings: PolygonRings, point: Position): boolean {
	if (!ringContains(rings[0], point)) return false;
	return !rings.slice(1).some((hole) => ringContains(hole, point));
}

export function geometryContains(geometry: Polygon | MultiPolygon, point: Position): boolean {
	return polygonParts(geometry).some((rings) => polygonContains(rings, point));
}

/** Signed shoelace area in square degrees (positive when counter-clockwise). */
export function ringArea(ring: readonly Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	}
	return sum / 2;
}

/** Area of a polygon part (outer minus holes) in square degrees, for ranking parts only. */
export function polygonArea(rings: PolygonRings): number {
	return Math.abs(ringArea(rings[0])) - rings.slice(1).reduce((s, r) => s + Math.abs(ringArea(r)), 0);
}

/** x where each ring edge crosses the horizontal line y, sorted; edges are half-open so vertices count once. */
function crossingsAtY(rings: PolygonRings, y: number): number[] {
	const xs: number[] = [];
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i];
			const [xj, yj] = ring[j];
			if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
		}
	}
	return xs.sort((a, b) => a - b);
}

/** Same as crossingsAtY with the axes swapped: y where edges cross the vertical line x. */
function crossingsAtX(rings: PolygonRings, x: number): number[] {
	const swapped = rings.map((ring) => ring.map((p) => [p[1], p[0]]));
	return crossingsAtY(swapped, x);
}

/** The inside run [from, to] of a sorted crossing list that contains v, or null when v is outside. */
function runAround(crossings: number[], v: number): [number, number] | null {
	for (let i = 0; i + 1 < crossings.length; i += 2) {
		if (crossings[i] <= v && v <= crossings[i + 1]) return [crossings[i], crossings[i + 1]];
	}
	return null;
}

export interface InteriorPointOptions {
	/** Horizontal scan lines tried across the largest part; more gives a better-centred point. Default 24. */
	scanlines?: number;
}

/**
 * A point guaranteed to lie inside the polygon (unlike a centroid): the midpoint of an inside run of a
 * horizontal scan line through the largest part, choosing the run whose midpoint is farthest from the
 * boundary both horizontally and vertically, which puts labels near the visual centre.
 */
export function interiorPoint(geometry: Polygon | MultiPolygon, options: InteriorPointOptions = {}): Point {
	const scanlines = options.scanlines ?? 24;
	const parts = polygonParts(geometry);
	if (parts.length === 0) throw new RangeError('interiorPoint needs at least one polygon');
	const largest = parts.reduce((best, part) => (polygonArea(part) > polygonArea(best) ? part : best));
	let minY = Infinity;
	let maxY = -Infinity;
	for (const [, y] of largest[0]) {
		minY = Math.min(minY, y);
		maxY = Math.max(maxY, y);
	}
	let best: Point | null = null;
	let bestScore = -Infinity;
	for (let k = 0; k < scanlines; k++) {
		// Offsets of (k + 0.5) / n keep scan lines off the extreme vertices.
		const y = minY + ((k + 0.5) / scanlines) * (maxY - minY);
		const xs = crossingsAtY(largest, y);
		for (let i = 0; i + 1 < xs.length; i += 2) {
			const x = (xs[i] + xs[i + 1]) / 2;
			const width = (xs[i + 1] - xs[i]) * KENT_LAT_SCALE;
			const run = runAround(crossingsAtX(largest, x), y);
			if (!run) continue;
			const score = Math.min(width / 2, y - run[0], run[1] - y);
			if (score > bestScore && polygonContains(largest, [x, y])) {
				bestScore = score;
				best = [x, y];
			}
		}
	}
	if (!best) throw new RangeError('no interior point found: the polygon may be degenerate');
	return best;
}
