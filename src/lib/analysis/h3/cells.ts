/**
 * The only module that calls h3-js with (lat, lng); everything else passes LngLat = [lng, lat].
 */
import { cellToLatLng, cellToParent, getResolution, gridDisk, latLngToCell } from 'h3-js';

export type LngLat = readonly [lng: number, lat: number];

/** Resolutions precomputed at ingest (DESIGN.md section 2), finest last. */
export const INGEST_RESOLUTIONS = [7, 8, 9] as const;
export type IngestResolution = (typeof INGEST_RESOLUTIONS)[number];

/** The H3 cell containing a point. */
export function cellOf(point: LngLat, resolution: number): string {
	return latLngToCell(point[1], point[0], resolution);
}

/** Same as cellOf for callers holding the two numbers, so the hot path builds no tuple. */
export function cellOfLngLat(lng: number, lat: number, resolution: number): string {
	return latLngToCell(lat, lng, resolution);
}

/** The ancestor of a cell at a coarser resolution. */
export function parentOf(cell: string, resolution: number): string {
	return cellToParent(cell, resolution);
}

export function resolutionOf(cell: string): number {
	return getResolution(cell);
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
