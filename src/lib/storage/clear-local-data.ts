/**
 * "Clear all data kept in this browser": every import, site, saved view, weight table, remembered mapping and
 * setting the app keeps (its IndexedDB databases, its localStorage keys) and the origin's Cache Storage.
 * Open connections in other tabs and the worker close themselves when asked (atlas-db's `blocking`), so the
 * deletion goes through rather than waiting.
 */
import { ATLAS_DB_NAME } from './atlas-db';
import { LEGACY_SITES_DB } from './legacy-stores';

/** The app's localStorage keys all start with this. */
export const LOCAL_KEY_PREFIX = 'hotspot-atlas';

export interface LocalDataPlaces {
	indexedDB: IDBFactory;
	localStorage: Storage;
	caches?: CacheStorage;
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = factory.deleteDatabase(name);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error ?? new Error(`The browser refused to delete ${name}`));
	});
}

export async function clearAllLocalData({ indexedDB, localStorage, caches }: LocalDataPlaces): Promise<void> {
	await Promise.all([ATLAS_DB_NAME, LEGACY_SITES_DB].map((name) => deleteDatabase(indexedDB, name)));
	const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k): k is string => k?.startsWith(LOCAL_KEY_PREFIX) ?? false);
	for (const key of keys) localStorage.removeItem(key);
	if (caches) for (const name of await caches.keys()) await caches.delete(name);
}
