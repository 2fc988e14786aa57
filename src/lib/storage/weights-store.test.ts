import { describe, expect, it } from 'vitest';
import { parseUserWeights } from '$lib/analysis/weights/user-weights';
import { freshIndexedDb } from '$lib/test-support/fresh-indexeddb';
import { connection } from './atlas-db';
import { indexedDbWeights } from './weights-store';

describe('the user’s weight table in the browser store', () => {
	it('keeps one table, reads it back, and forgets it', async () => {
		freshIndexedDb();
		const store = indexedDbWeights(connection());
		expect(await store.load()).toBeNull();
		const parsed = parseUserWeights('group,weight\nhomicide,5475\n', 'cchi.csv');
		if ('error' in parsed) throw new Error(parsed.error);
		await store.save(parsed.table);
		expect(await store.load()).toEqual(parsed.table);
		await store.save(null);
		expect(await store.load()).toBeNull();
	});

	it('ignores a kept table that no longer passes the check, rather than weighting by it', async () => {
		freshIndexedDb();
		const db = connection();
		await (await db()).put('settings', { id: 'own', groups: { homicide: { weight: -5 } } } as never, 'own-weights');
		expect(await indexedDbWeights(db).load()).toBeNull();
	});
});
