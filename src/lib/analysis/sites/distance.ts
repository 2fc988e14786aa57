/**
 * Great-circle distances on a sphere of the Earth's mean radius. Over Kent the sphere differs from the
 * ellipsoid by under 0.3%, i.e. under 3 m at the 800 m catchment edge.
 */
import type { LngLat } from '../geometry/lng-lat';

/** IUGG mean Earth radius in metres (the value turf uses). */
export const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Haversine distance in metres between two [lng, lat] points. */
export function haversineM(lng1: number, lat1: number, lng2: number, lat2: number): number {
	const dLat = (lat2 - lat1) * RAD;
	const dLng = (lng2 - lng1) * RAD;
	const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
	return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function distanceM(a: LngLat, b: LngLat): number {
	return haversineM(a[0], a[1], b[0], b[1]);
}

/** Degrees of latitude and of longitude (at a latitude) spanned by a distance: for bounding boxes. */
export function degreesFor(metres: number, lat: number): { dLat: number; dLng: number } {
	const dLat = metres / (EARTH_RADIUS_M * RAD);
	const cos = Math.max(0.01, Math.cos(lat * RAD));
	return { dLat, dLng: dLat / cos };
}

/**
 * Distance in metres from a point to a segment, in a local equirectangular projection about the point:
 * within 0.1% of the great-circle value at the few-kilometre scale of a catchment edge.
 */
export function pointToSegmentM(lng: number, lat: number, ax: number, ay: number, bx: number, by: number): number {
	const kx = Math.cos(lat * RAD) * RAD * EARTH_RADIUS_M;
	const ky = RAD * EARTH_RADIUS_M;
	const x1 = (ax - lng) * kx;
	const y1 = (ay - lat) * ky;
	const x2 = (bx - lng) * kx;
	const y2 = (by - lat) * ky;
	const dx = x2 - x1;
	const dy = y2 - y1;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / len2));
	return Math.hypot(x1 + t * dx, y1 + t * dy);
}
