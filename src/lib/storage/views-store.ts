/** Saved views in the browser's database, newest first; each written on its own, so two tabs never undo each other. */
import type { SavedView } from '$lib/analysis/views/saved-view';
import type { AtlasDb } from './atlas-db';

export interface ViewsStore {
	list(): Promise<SavedView[]>;
	put(view: SavedView): Promise<void>;
	remove(id: string): Promise<void>;
}

export function indexedDbViews(db: () => Promise<AtlasDb>): ViewsStore {
	return {
		list: async () => (await (await db()).getAllFromIndex('views', 'savedAt')).reverse(),
		put: async (view) => void (await (await db()).put('views', structuredClone(view))),
		remove: async (id) => (await db()).delete('views', id)
	};
}
