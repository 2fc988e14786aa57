/**
 * The one overlay's list of deck.gl layers, which layer components register and unregister themselves:
 * the overlay draws the union, in the order declared here, and its single hover and click go to the
 * layer under the pointer. Pure, so it is tested in Node without deck.gl.
 */
import { LAYER_IDS } from './basemap-style';

/**
 * Every deck layer the app draws, bottom to top, and the MapLibre layer each sits beneath (the overlay is
 * interleaved): the one place the order against the basemap, the IMD fill and the sites layers is declared.
 */
export const DECK_LAYERS = {
	hexagons: { beforeId: LAYER_IDS.firstAboveData },
	/** A second hexagon layer above the first (outlines, classes or change), still under labels and outlines. */
	overlayHexagons: { beforeId: LAYER_IDS.firstAboveData }
} as const;

export type DeckLayerKey = keyof typeof DECK_LAYERS;
const ORDER = Object.keys(DECK_LAYERS) as DeckLayerKey[];

/** What picking hands the handlers: the layer under the pointer (if any) and the object's index in it. */
export interface PickInfo {
	layer?: { id: string } | null;
	index: number;
	x: number;
	y: number;
}

export interface DeckEntry<L extends { id: string }> {
	layer: L;
	/** Hears the pointer over this layer, or null once it is over something else. */
	onHover?: (pick: { index: number; x: number; y: number } | null) => void;
	onClick?: (pick: { index: number; x: number; y: number }) => void;
}

export class DeckRegistry<L extends { id: string }> {
	private readonly entries = new Map<DeckLayerKey, DeckEntry<L>>();

	/** onchange runs after every registration change, so the map can hand the overlay the new list. */
	constructor(private readonly onchange: () => void = () => {}) {}

	set(key: DeckLayerKey, entry: DeckEntry<L> | null): void {
		if (entry) this.entries.set(key, entry);
		else if (!this.entries.delete(key)) return;
		this.onchange();
	}

	/** The layers in declared order. */
	layers(): L[] {
		return ORDER.flatMap((key) => {
			const entry = this.entries.get(key);
			return entry ? [entry.layer] : [];
		});
	}

	/** One pointer move: the layer under it hears where, every other registered layer hears null. */
	hover(pick: PickInfo): void {
		for (const entry of this.entries.values()) {
			if (!entry.onHover) continue;
			const here = pick.index >= 0 && pick.layer?.id === entry.layer.id;
			entry.onHover(here ? { index: pick.index, x: pick.x, y: pick.y } : null);
		}
	}

	click(pick: PickInfo): void {
		if (pick.index < 0 || !pick.layer) return;
		for (const entry of this.entries.values()) if (entry.layer.id === pick.layer.id) entry.onClick?.({ index: pick.index, x: pick.x, y: pick.y });
	}
}
