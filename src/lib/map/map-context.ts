import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapLibreOverlay } from '@deck.gl/maplibre';

/** What a layer component needs from the page's single map: the map, and the one deck.gl overlay. */
export interface MapContext {
	readonly map: MapLibreMap | undefined;
	readonly overlay: MapLibreOverlay | undefined;
}

const KEY = Symbol('hotspot-atlas-map');

export function setMapContext(context: MapContext): void {
	setContext(KEY, context);
}

export function getMapContext(): MapContext {
	const context = getContext<MapContext | undefined>(KEY);
	if (!context) throw new Error('getMapContext: this component must sit inside <MapView>');
	return context;
}
