/** What service tests share: data/ read from disk as the worker fetches it, and the browser's store on an in-memory IndexedDB. */
import { readFile } from 'node:fs/promises';
import type { DataLoader, DatasetStore } from '$lib/service/ports';
import { connection } from '$lib/storage/atlas-db';
import { indexedDbDatasets } from '$lib/storage/dataset-store';
import { freshIndexedDb } from './fresh-indexeddb';

const DATA = new URL('../../../data/', import.meta.url);

export const nodeLoader: DataLoader = {
	text: (path) => readFile(new URL(path, DATA), 'utf8'),
	bytes: async (path) => new Uint8Array(await readFile(new URL(path, DATA)))
};

export function freshStore(): DatasetStore {
	freshIndexedDb();
	return indexedDbDatasets(connection());
}
