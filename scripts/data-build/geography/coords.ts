/**
 * Coordinate rounding for published artifacts: 5 decimal places of a degree is about 1 m in Kent,
 * finer than the 20 m generalisation of the ONS BGC boundaries, and keeps files small and stable.
 */
import type { Geometry, Position } from 'geojson';

/** A rounded GeoJSON position `[lng, lat]` (mutable, as GeoJSON's own); the app's readonly type is analysis/geometry/lng-lat.ts. */
export type RoundedPosition = [number, number];

/** Decimal places kept in every committed coordinate (about 1 m). */
export const COORD_DECIMALS = 5;

/** Rounds half away from zero so that -0.000005 and 0.000005 mirror each other; never returns -0. */
export function roundCoord(value: number, decimals = COORD_DECIMALS): number {
	if (!Number.isFinite(value)) throw new RangeError(`coordinate is not a finite number: ${value}`);
	const factor = 10 ** decimals;
	const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
	return rounded === 0 ? 0 : rounded;
}

export function roundPosition(position: Position, decimals = COORD_DECIMALS): RoundedPosition {
	return [roundCoord(position[0], decimals), roundCoord(position[1], decimals)];
}

function samePosition(a: Position, b: Position): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

/** Rounds a line and drops the repeated vertices that rounding creates. */
export function roundLine(line: readonly Position[], decimals = COORD_DECIMALS): RoundedPosition[] {
	const out: RoundedPosition[] = [];
	for (const position of line) {
		const p = roundPosition(position, decimals);
		if (out.length === 0 || !samePosition(out[out.length - 1], p)) out.push(p);
	}
	return out;
}

/** Rounds a ring, keeps it closed, and returns null when it collapses below a triangle. */
export function roundRing(ring: readonly Position[], decimals = COORD_DECIMALS): RoundedPosition[] | null {
	const out = roundLine(ring, decimals);
	if (out.length > 0 && !samePosition(out[0], out[out.length - 1])) out.push([out[0][0], out[0][1]]);
	return out.length >= 4 ? out : null;
}

/**
 * Rounds every coordinate of a geometry, returning a new geometry; rings that collapse are dropped,
 * and a polygon whose outer ring collapses is dropped with it. Throws when nothing is left.
 */
export function roundGeometry(geometry: Geometry, decimals = COORD_DECIMALS): Geometry {
	const polygon = (rings: readonly Position[][]): RoundedPosition[][] | null => {
		const outer = roundRing(rings[0] ?? [], decimals);
		if (!outer) return null;
		const holes = rings.slice(1).map((r) => roundRing(r, decimals)).filter((r): r is RoundedPosition[] => r !== null);
		return [outer, ...holes];
	};
	switch (geometry.type) {
		case 'Point':
			return { type: 'Point', coordinates: roundPosition(geometry.coordinates, decimals) };
		case 'MultiPoint':
			return { type: 'MultiPoint', coordinates: geometry.coordinates.map((p) => roundPosition(p, decimals)) };
		case 'LineString': {
			const line = roundLine(geometry.coordinates, decimals);
			if (line.length < 2) throw new RangeError('LineString collapses to a point when rounded');
			return { type: 'LineString', coordinates: line };
		}
		case 'MultiLineString': {
			const lines = geometry.coordinates.map((l) => roundLine(l, decimals)).filter((l) => l.length >= 2);
			if (lines.length === 0) throw new RangeError('MultiLineString collapses when rounded');
			return { type: 'MultiLineString', coordinates: lines };
		}
		case 'Polygon': {
			const rings = polygon(geometry.coordinates);
			if (!rings) throw new RangeError('Polygon collapses when rounded');
			return { type: 'Polygon', coordinates: rings };
		}
		case 'MultiPolygon': {
			const parts = geometry.coordinates.map(polygon).filter((p): p is RoundedPosition[][] => p !== null);
			if (parts.length === 0) throw new RangeError('MultiPolygon collapses when rounded');
			return { type: 'MultiPolygon', coordinates: parts };
		}
		case 'GeometryCollection':
			return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => roundGeometry(g, decimals)) };
	}
}

/** Like roundGeometry, but returns null for a geometry that rounding collapses (e.g. a 1 m road link). */
export function roundGeometryOrNull(geometry: Geometry, decimals = COORD_DECIMALS): Geometry | null {
	try {
		return roundGeometry(geometry, decimals);
	} catch (error) {
		if (error instanceof RangeError) return null;
		throw error;
	}
}
