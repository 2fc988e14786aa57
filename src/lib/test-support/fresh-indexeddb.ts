/** An empty in-memory IndexedDB (fake-indexeddb) for each Node test, so the real browser stores run in tests. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';

export function freshIndexedDb(): void {
	globalThis.indexedDB = new IDBFactory();
}
