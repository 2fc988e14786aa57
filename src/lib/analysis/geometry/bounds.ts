import type { Geometry, Position } from 'geojson';

/** [[west, south], [east, north]] in degrees, the order MapLibre's fitBounds takes. */
export type Bounds = [[number, number], [number, number]];

function positionsOf(geometry: Geometry): Position[] {
	switch (geometry.type) {
		case 'Point':
			return [geometry.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return geometry.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
		case 'GeometryCollection':
			return geometry.geometries.flatMap(positionsOf);
	}
}

/** The bounding box of a geometry; throws on an empty one, which has no extent to zoom to. */
export function geometryBounds(geometry: Geometry): Bounds {
	let west = Infinity;
	let south = Infinity;
	let east = -Infinity;
	let north = -Infinity;
	for (const [lng, lat] of positionsOf(geometry)) {
		if (lng < west) west = lng;
		if (lng > east) east = lng;
		if (lat < south) south = lat;
		if (lat > north) north = lat;
	}
	if (!Number.isFinite(west)) throw new Error(`geometryBounds: empty ${geometry.type}`);
	return [
		[west, south],
		[east, north]
	];
}

/** Each feature's bounds keyed by one of its properties, e.g. a district's ONS code. */
export function boundsByProperty(
	features: readonly { properties: Record<string, unknown> | null; geometry: Geometry }[],
	key: string
): ReadonlyMap<string, Bounds> {
	return new Map(features.map((f) => [String(f.properties?.[key]), geometryBounds(f.geometry)]));
}
