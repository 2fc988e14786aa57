/** A cell's outline as a closed GeoJSON ring in [lng, lat] order (h3-js's GeoJSON mode), for map outlines. */
import { cellToBoundary } from 'h3-js';
import type { LngLat } from '../geometry/lng-lat';

export function cellOutline(cell: string): LngLat[] {
	// formatAsGeoJson = true: [lng, lat] pairs with the first vertex repeated at the end.
	return cellToBoundary(cell, true) as [number, number][];
}
