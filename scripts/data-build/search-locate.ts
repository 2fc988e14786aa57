/** Which published polygon holds a point, with a bounding-box filter first; and how far a point is from one. */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { geometryBounds, type Bounds } from '../../src/lib/analysis/geometry/bounds';
import { geometryContains, polygonParts } from './geography/polygon';
import { segmentDistanceM } from './geography/topology';

export interface LocatedArea {
	readonly code: string;
	readonly name: string;
	readonly district: string;
	readonly geometry: Polygon | MultiPolygon;
	readonly bounds: Bounds;
}

/** About 1.1 km of latitude: the widest margin a near-miss search looks across. */
const NEAR_DEGREES = 0.01;

const inBounds = (b: Bounds, [x, y]: Position, margin = 0) => x >= b[0][0] - margin && x <= b[1][0] + margin && y >= b[0][1] - margin && y <= b[1][1] + margin;

export function withBounds<T extends { geometry: Polygon | MultiPolygon }>(area: T): T & { bounds: Bounds } {
	return { ...area, bounds: geometryBounds(area.geometry) };
}

/** The first area containing the point (areas do not overlap), or undefined. */
export function areaContaining<T extends LocatedArea>(areas: readonly T[], point: Position): T | undefined {
	return areas.find((a) => inBounds(a.bounds, point) && geometryContains(a.geometry, point));
}

function distanceToAreaM(area: LocatedArea, point: Position): number {
	let best = Infinity;
	for (const rings of polygonParts(area.geometry)) {
		for (const ring of rings) {
			for (let i = 1; i < ring.length; i++) best = Math.min(best, segmentDistanceM(point, ring[i - 1], ring[i]));
		}
	}
	return best;
}

/** The area holding the point, else the nearest one within maxM (a coastal point, one just over the border). */
export function areaAtOrNear<T extends LocatedArea>(areas: readonly T[], point: Position, maxM: number): T | undefined {
	const inside = areaContaining(areas, point);
	if (inside) return inside;
	const margin = Math.max(NEAR_DEGREES, maxM / 70_000);
	let best: T | undefined;
	let bestM = maxM;
	for (const area of areas) {
		if (!inBounds(area.bounds, point, margin)) continue;
		const m = distanceToAreaM(area, point);
		if (m < bestM || (best === undefined && m === bestM)) {
			bestM = m;
			best = area;
		}
	}
	return best;
}
