import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Attaches the page's single deck.gl overlay. Interleaved, so hex layers can sit beneath the district
 * outlines and labels (one overlay per map: several overlays flicker, deck.gl issue 7181).
 * Loaded with a dynamic import so deck.gl does not delay the first paint of the basemap.
 */
export function attachDeckOverlay(map: MapLibreMap): MapLibreOverlay {
	const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
	map.addControl(overlay);
	return overlay;
}
