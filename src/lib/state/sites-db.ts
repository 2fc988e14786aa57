/**
 * Keeps the analyst's intervention sites in this browser's IndexedDB (its own database, so clearing an
 * imported dataset never touches them). Nothing leaves the machine.
 */
import type { Site } from '$lib/analysis/sites/model';

const DB_NAME = 'hotspot-atlas-sites';
const SITES = 'sites';
const SETTINGS = 'settings';

/** Settings stored beside the sites. */
export interface SiteSettings {
	radiusM: number;
}

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () => {
			request.result.createObjectStore(SITES, { keyPath: 'id' });
			request.result.createObjectStore(SETTINGS);
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function run<T>(storeName: string, mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest | void): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(storeName, mode);
			const request = action(tx.objectStore(storeName));
			tx.oncomplete = () => resolve((request ? request.result : undefined) as T);
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error);
		});
	} finally {
		db.close();
	}
}

export async function loadSites(): Promise<Site[]> {
	return (await run<Site[] | undefined>(SITES, 'readonly', (store) => store.getAll())) ?? [];
}

/** Replaces every stored site with these, in one transaction (so a failed write leaves the old set). */
export function saveSites(sites: readonly Site[]): Promise<void> {
	// $state proxies cannot be structured-cloned; a JSON copy is plain data.
	const plain = JSON.parse(JSON.stringify(sites)) as Site[];
	return run(SITES, 'readwrite', (store) => {
		store.clear();
		for (const site of plain) store.put(site);
	});
}

export async function loadSiteSettings(): Promise<SiteSettings | null> {
	return (await run<SiteSettings | undefined>(SETTINGS, 'readonly', (store) => store.get('settings'))) ?? null;
}

export function saveSiteSettings(settings: SiteSettings): Promise<void> {
	return run(SETTINGS, 'readwrite', (store) => store.put({ ...settings }, 'settings'));
}
