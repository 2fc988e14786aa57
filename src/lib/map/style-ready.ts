import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Calls `apply` as soon as the map's style can take sources and layers (now, or at its first idle frame
 * while it still fetches), and again after every basemap change, which drops every added layer.
 * Returns the unsubscribe, for an $effect's cleanup.
 */
export function whenStyleReady(map: MapLibreMap, apply: () => void): () => void {
	if (map.isStyleLoaded()) apply();
	else map.once('idle', apply);
	map.on('style.load', apply);
	return () => {
		map.off('idle', apply);
		map.off('style.load', apply);
	};
}
