import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '$lib/analysis/ingest/column-mapping';
import type { MappingStore } from '$lib/storage/mapping-store';
import { ColumnMappingMemory } from './column-mapping-memory';

function memoryStore(initial: [string, unknown][] = []) {
	const items = new Map<string, unknown>(initial);
	const store: MappingStore = {
		loadAll: async () => new Map(items),
		put: async (signature, mapping) => void items.set(signature, structuredClone(mapping))
	};
	return { store, items };
}

const mapping: ColumnMapping = { version: 1, coordinates: { kind: 'bng', easting: 'Easting', northing: 'Northing' }, date: 'Committed From', decimal: 'point', delimiter: ';' };

describe('ColumnMappingMemory', () => {
	it('recalls a mapping by header signature, in this session and the next', async () => {
		const { store } = memoryStore();
		const memory = new ColumnMappingMemory(store);
		await memory.load();
		memory.remember('h9-abc', mapping);
		expect(memory.recall('h9-abc')).toEqual(mapping);
		expect(memory.recall('h9-other')).toBeNull();
		await new Promise((r) => setTimeout(r, 0));
		const next = new ColumnMappingMemory(store);
		expect(next.recall('h9-abc')).toBeNull();
		await next.load();
		expect(next.recall('h9-abc')).toEqual(mapping);
	});

	it('ignores stored values that are not a valid mapping', async () => {
		const { store } = memoryStore([['h1', { version: 99 }], ['h2', 'not a mapping'], ['h3', mapping]]);
		const memory = new ColumnMappingMemory(store);
		await memory.load();
		expect(memory.recall('h1')).toBeNull();
		expect(memory.recall('h2')).toBeNull();
		expect(memory.recall('h3')).toEqual(mapping);
	});

	it('works without a store, and when the store refuses reads or writes', async () => {
		const none = new ColumnMappingMemory(null);
		await none.load();
		expect(none.recall('x')).toBeNull();
		const refusing: MappingStore = { loadAll: () => Promise.reject(new Error('QuotaExceededError')), put: () => Promise.reject(new Error('QuotaExceededError')) };
		const memory = new ColumnMappingMemory(refusing);
		await expect(memory.load()).resolves.toBeUndefined();
		expect(() => memory.remember('x', mapping)).not.toThrow();
		expect(memory.recall('x')).toEqual(mapping);
	});
});
