import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Layer } from '@deck.gl/core';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { DeckEntry, DeckLayerKey } from './deck-registry';

/** What a layer component needs from the page's single map: the map, and the one deck.gl overlay. */
export interface MapContext {
	readonly map: MapLibreMap | undefined;
	/** Set once deck.gl has loaded after the first paint; layers register only then. */
	readonly overlay: MapLibreOverlay | undefined;
	/** Adds, replaces or (with null) removes this component's deck layer; the overlay draws every registered one. */
	registerDeck(key: DeckLayerKey, entry: DeckEntry<Layer> | null): void;
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
