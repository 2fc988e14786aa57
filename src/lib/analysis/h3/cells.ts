/**
 * The only module that calls h3-js with (lat, lng); everything else passes LngLat = [lng, lat].
 */
import { cellToBoundary, cellToLatLng, getIcosahedronFaces, gridDisk, isPentagon, latLngToCell } from 'h3-js';
import type { LngLat } from '../geometry/lng-lat';

// The id-only helpers live in cell-id.ts, which the page loads without h3-js; re-exported for the worker's callers.
export { HEX_AREA_KM2, INGEST_RESOLUTIONS, isCellId, resolutionOf, type IngestResolution } from './cell-id';

/** The H3 cell containing a point. */
export function cellOf(point: LngLat, resolution: number): string {
	return latLngToCell(point[1], point[0], resolution);
}

/**
 * Same as cellOf for callers holding the two numbers, so the hot path builds no tuple. Every resolution
 * is computed from the point itself; there is deliberately no parent helper (see ResolutionCells).
 */
export function cellOfLngLat(lng: number, lat: number, resolution: number): string {
	return latLngToCell(lat, lng, resolution);
}

/** A cell's centre as [lng, lat]. */
export function centreOf(cell: string): LngLat {
	const [lat, lng] = cellToLatLng(cell);
	return [lng, lat];
}

/** Every cell within k steps of a cell, itself included (3k(k+1)+1 cells away from pentagons). */
export function diskOf(cell: string, k: number): string[] {
	return gridDisk(cell, k);
}

/** A cell's outline as [lng, lat] vertices, not closed, in h3-js order. */
export function boundaryOf(cell: string): LngLat[] {
	return cellToBoundary(cell).map(([lat, lng]) => [lng, lat] as const);
}

/** Whether a cell is a hexagon lying on a single icosahedron face, so its outline is exactly where latLngToCell puts points. */
export function isSingleFaceHexagon(cell: string): boolean {
	return !isPentagon(cell) && getIcosahedronFaces(cell).length === 1;
}
