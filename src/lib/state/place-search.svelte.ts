import { PLACE_SEARCH_PATH } from '$lib/analysis/search/place-index-format';
import type { PlaceIndex } from '$lib/analysis/search/place-index';
import type { DataLoader } from '$lib/service/ports';

type SearchKit = typeof import('$lib/analysis/search/search-kit');

/**
 * The offline place-search index (data/search/places.json) and the code that reads it, both fetched the first
 * time they are wanted (the page asks once the map has drawn).
 */
export class PlaceSearchIndex {
	/** null until loaded (or when loading failed: see error). */
	index = $state.raw<PlaceIndex | null>(null);
	/** The search's functions, loaded with the index. */
	kit = $state.raw<SearchKit | null>(null);
	error = $state('');
	#loading: Promise<void> | null = null;

	/** Starts the one fetch, or returns the one under way; after a failure the next call tries again. */
	load(data: DataLoader): Promise<void> {
		this.#loading ??= this.#fetch(data);
		return this.#loading;
	}

	async #fetch(data: DataLoader): Promise<void> {
		try {
			const [kit, text] = await Promise.all([import('$lib/analysis/search/search-kit'), data.text(PLACE_SEARCH_PATH)]);
			this.index = kit.parsePlaceIndex(JSON.parse(text));
			this.kit = kit;
			this.error = '';
		} catch (error) {
			this.error = `Place search could not be loaded: ${(error as Error).message}`;
			this.#loading = null;
		}
	}
}
