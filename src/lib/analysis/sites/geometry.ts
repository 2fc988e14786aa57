/** Checks a site geometry from a file (a GeoJSON object or its JSON text) and returns a clean copy. */
import type { Feature, Polygon } from 'geojson';
import kinks from '@turf/kinks';
import unkinkPolygon from '@turf/unkink-polygon';
import type { LngLat } from '../geometry/lng-lat';
import type { SiteGeometry } from './model';

export type GeometryCheck = { ok: true; geometry: SiteGeometry; repaired?: boolean } | { ok: false; code: 'bad_coordinates' | 'bad_geometry' };

/** A polygon whose outline crosses itself, split at the crossings into simple parts (turf); null when it is already simple. */
function unkinked(rings: LngLat[][][]): LngLat[][][] | null {
	const polygons: Feature<Polygon>[] = rings.map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: coordinates.map((r) => r.map((p) => [...p])) } }));
	if (!polygons.some((p) => kinks(p).features.length > 0)) return null;
	return polygons.flatMap((p) => unkinkPolygon(p).features.map((f) => f.geometry.coordinates.map((r) => r.map(([lng, lat]): LngLat => [lng, lat]))));
}

/** Valid as it is, or repaired with the repair said. */
function simple(parts: LngLat[][][], type: 'Polygon' | 'MultiPolygon'): GeometryCheck {
	try {
		const fixed = unkinked(parts);
		if (!fixed) return { ok: true, geometry: type === 'Polygon' ? { type, coordinates: parts[0] } : { type, coordinates: parts } };
		return { ok: true, geometry: fixed.length === 1 ? { type: 'Polygon', coordinates: fixed[0] } : { type: 'MultiPolygon', coordinates: fixed }, repaired: true };
	} catch {
		// turf cannot split some degenerate outlines (e.g. all points on one line): such a shape is no area.
		return { ok: false, code: 'bad_geometry' };
	}
}

function position(p: unknown): LngLat | undefined {
	if (!Array.isArray(p) || p.length < 2) return undefined;
	const [lng, lat] = [Number(p[0]), Number(p[1])];
	if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) return undefined;
	return [lng, lat];
}

function ring(r: unknown): LngLat[] | undefined {
	if (!Array.isArray(r)) return undefined;
	const out: LngLat[] = [];
	for (const p of r) {
		const q = position(p);
		if (!q) return undefined;
		out.push(q);
	}
	if (out.length === 0) return undefined;
	const [first, last] = [out[0], out[out.length - 1]];
	// An unclosed ring is closed rather than refused: the shape drawn is the same.
	if (first[0] !== last[0] || first[1] !== last[1]) out.push(first);
	return out.length >= 4 ? out : undefined;
}

function polygon(p: unknown): LngLat[][] | undefined {
	if (!Array.isArray(p) || p.length === 0) return undefined;
	const rings = p.map(ring);
	return rings.every((r) => r !== undefined) ? (rings as LngLat[][]) : undefined;
}

export function checkGeometry(value: unknown): GeometryCheck {
	let g = value;
	if (typeof g === 'string') {
		try {
			g = JSON.parse(g);
		} catch {
			return { ok: false, code: 'bad_geometry' };
		}
	}
	if (typeof g !== 'object' || g === null) return { ok: false, code: 'bad_geometry' };
	const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
	if (type === 'Point') {
		const p = position(coordinates);
		return p ? { ok: true, geometry: { type, coordinates: p } } : { ok: false, code: 'bad_coordinates' };
	}
	if (type === 'Polygon') {
		const p = polygon(coordinates);
		return p ? simple([p], type) : { ok: false, code: 'bad_geometry' };
	}
	if (type === 'MultiPolygon' && Array.isArray(coordinates) && coordinates.length > 0) {
		const parts = coordinates.map(polygon);
		return parts.every((p) => p !== undefined) ? simple(parts as LngLat[][][], type) : { ok: false, code: 'bad_geometry' };
	}
	return { ok: false, code: 'bad_geometry' };
}
