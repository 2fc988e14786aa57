/**
 * Keeps the imported dataset in this browser's IndexedDB so it survives a reload until the user clears it.
 * Nothing leaves the machine: IndexedDB is local to this origin and browser profile.
 */
import type { IncidentColumns } from '$lib/analysis/ingest/columns';
import type { DatasetSummary } from '$lib/analysis/session/dataset-summary';

const DB_NAME = 'hotspot-atlas';
const STORE = 'datasets';
const KEY = 'current';

/**
 * The layout and derivation version of a stored dataset. 1 (records without the field): cells from
 * cellToParent and LSOAs from simplified boundaries. 2: every resolution's cell from the point itself and
 * LSOAs from the published boundaries. A record of another version is re-derived when loaded.
 */
export const DATASET_SCHEMA = 2;

export interface StoredDataset {
	schema?: number;
	summary: DatasetSummary;
	columns: IncidentColumns;
}

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

export function saveDataset(dataset: Omit<StoredDataset, 'schema'>): Promise<void> {
	return run('readwrite', (store) => store.put({ ...dataset, schema: DATASET_SCHEMA }, KEY));
}

export async function loadDataset(): Promise<StoredDataset | null> {
	return (await run<StoredDataset | undefined>('readonly', (store) => store.get(KEY))) ?? null;
}

export function clearDataset(): Promise<void> {
	return run('readwrite', (store) => store.delete(KEY));
}
