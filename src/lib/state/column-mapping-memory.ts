import { parseColumnMapping, type ColumnMapping } from '$lib/analysis/ingest/column-mapping';
import type { MappingStore } from '$lib/storage/mapping-store';

/**
 * Confirmed column mappings, remembered per header signature so the next file with the same layout needs no
 * edits. Read from the browser store once at start-up, so recalling one while files are chosen is immediate.
 */
export class ColumnMappingMemory {
	private readonly known = new Map<string, ColumnMapping>();

	constructor(
		private readonly store: MappingStore | null,
		private readonly now: () => number = Date.now
	) {}

	/** Reads the remembered mappings; one that no longer parses (an older version's, or edited by hand) is ignored, not trusted. */
	async load(): Promise<void> {
		const stored = await this.store?.loadAll().catch(() => null);
		for (const [signature, value] of stored ?? []) {
			const parsed = parseColumnMapping(value);
			if (!('error' in parsed) && !this.known.has(signature)) this.known.set(signature, parsed);
		}
	}

	recall(signature: string): ColumnMapping | null {
		return this.known.get(signature) ?? null;
	}

	remember(signature: string, mapping: ColumnMapping): void {
		this.known.set(signature, mapping);
		// Storage full or refused (private window): the mapping still applies to this import and this session.
		this.store?.put(signature, mapping, this.now()).catch(() => {});
	}
}
