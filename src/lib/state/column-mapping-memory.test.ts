import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '$lib/analysis/ingest/column-mapping';
import { ColumnMappingMemory } from './column-mapping-memory';

function memoryStorage() {
	const items = new Map<string, string>();
	return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

const mapping: ColumnMapping = { version: 1, coordinates: { kind: 'bng', easting: 'Easting', northing: 'Northing' }, date: 'Committed From', decimal: 'point', delimiter: ';' };

describe('ColumnMappingMemory', () => {
	it('recalls a mapping by header signature', () => {
		const storage = memoryStorage();
		const memory = new ColumnMappingMemory(storage);
		memory.remember('h9-abc', mapping);
		expect(memory.recall('h9-abc')).toEqual(mapping);
		expect(memory.recall('h9-other')).toBeNull();
	});

	it('ignores stored text that is not a valid mapping', () => {
		const storage = memoryStorage();
		storage.items.set('hotspot-atlas:columns:h1', '{"version":99}');
		storage.items.set('hotspot-atlas:columns:h2', 'not json');
		const memory = new ColumnMappingMemory(storage);
		expect(memory.recall('h1')).toBeNull();
		expect(memory.recall('h2')).toBeNull();
	});

	it('works without storage and when storage refuses writes', () => {
		expect(new ColumnMappingMemory(null).recall('x')).toBeNull();
		const refusing = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
		expect(() => new ColumnMappingMemory(refusing).remember('x', mapping)).not.toThrow();
	});
});
