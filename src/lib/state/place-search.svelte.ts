import { PLACE_SEARCH_PATH } from '$lib/analysis/search/place-index-format';
import { parsePlaceIndex, type PlaceIndex } from '$lib/analysis/search/place-index';
import type { DataLoader } from '$lib/service/ports';

/** The offline place-search index (data/search/places.json), fetched and parsed the first time it is wanted. */
export class PlaceSearchIndex {
	/** null until loaded (or when loading failed: see error). */
	index = $state.raw<PlaceIndex | null>(null);
	error = $state('');
	#loading: Promise<void> | null = null;

	/** Starts the one fetch, or returns the one under way; after a failure the next call tries again. */
	load(data: DataLoader): Promise<void> {
		this.#loading ??= this.#fetch(data);
		return this.#loading;
	}

	async #fetch(data: DataLoader): Promise<void> {
		try {
			this.index = parsePlaceIndex(JSON.parse(await data.text(PLACE_SEARCH_PATH)));
			this.error = '';
		} catch (error) {
			this.error = `Place search could not be loaded: ${(error as Error).message}`;
			this.#loading = null;
		}
	}
}
