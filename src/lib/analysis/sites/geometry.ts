/** Checks a site geometry from a file (a GeoJSON object or its JSON text) and returns a clean copy. */
import type { LngLat } from '../geometry/lng-lat';
import type { SiteGeometry } from './model';

export type GeometryCheck = { ok: true; geometry: SiteGeometry } | { ok: false; code: 'bad_coordinates' | 'bad_geometry' };

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
		return p ? { ok: true, geometry: { type, coordinates: p } } : { ok: false, code: 'bad_geometry' };
	}
	if (type === 'MultiPolygon' && Array.isArray(coordinates) && coordinates.length > 0) {
		const parts = coordinates.map(polygon);
		return parts.every((p) => p !== undefined) ? { ok: true, geometry: { type, coordinates: parts as LngLat[][][] } } : { ok: false, code: 'bad_geometry' };
	}
	return { ok: false, code: 'bad_geometry' };
}
