/**
 * Keeps the imported dataset in this browser's IndexedDB so it survives a reload until the user clears it.
 * Nothing leaves the machine: IndexedDB is local to this origin and browser profile.
 */
import type { DatasetStore, StoredDataset } from '$lib/service/ports';

const DB_NAME = 'hotspot-atlas';
const STORE = 'datasets';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const request = action(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(request.result as T);
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error);
		});
	} finally {
		db.close();
	}
}

export const indexedDbStore: DatasetStore = {
	save: (dataset) => run('readwrite', (store) => store.put(dataset, KEY)),
	load: async () => (await run<StoredDataset | undefined>('readonly', (store) => store.get(KEY))) ?? null,
	clear: () => run('readwrite', (store) => store.delete(KEY))
};
