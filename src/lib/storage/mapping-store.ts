/** Confirmed column mappings in the browser's database, by header signature. */
import type { ColumnMapping } from '$lib/analysis/ingest/column-mapping';
import type { AtlasDb } from './atlas-db';

export interface MappingStore {
	/** Every remembered mapping, by signature (as stored: the reader checks each before trusting it). */
	loadAll(): Promise<Map<string, unknown>>;
	put(signature: string, mapping: ColumnMapping, savedAt: number): Promise<void>;
}

export function indexedDbMappings(db: () => Promise<AtlasDb>): MappingStore {
	return {
		async loadAll() {
			const records = await (await db()).getAll('mappings');
			return new Map(records.map((r) => [r.signature, r.mapping as unknown]));
		},
		put: async (signature, mapping, savedAt) => void (await (await db()).put('mappings', { signature, mapping: structuredClone(mapping), savedAt }))
	};
}
