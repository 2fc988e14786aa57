/**
 * h3-js on the main thread, fetched once (analysis/h3/cell-kit.ts) when the map is ready rather than before
 * the first paint; `kit` is reactive, so what draws from it redraws once it arrives.
 */
import type { CellKit } from '$lib/analysis/h3/cell-kit';

class H3Cells {
	/** null until loaded: callers that need it then wait, or skip what they cannot decide yet. */
	kit = $state.raw<CellKit | null>(null);
	#loading: Promise<CellKit> | undefined;

	load(): Promise<CellKit> {
		this.#loading ??= import('$lib/analysis/h3/cell-kit').then(
			(kit) => (this.kit = kit),
			(error: unknown) => {
				// A failed fetch is tried again by the next caller rather than remembered.
				this.#loading = undefined;
				throw error;
			}
		);
		return this.#loading;
	}
}

export const h3Cells = new H3Cells();
