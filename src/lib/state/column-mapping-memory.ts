import { parseColumnMapping, type ColumnMapping } from '$lib/analysis/ingest/column-mapping';

const KEY_PREFIX = 'hotspot-atlas:columns:';

/** Confirmed column mappings, remembered per header signature so the next file with the same layout needs no edits. */
export class ColumnMappingMemory {
	constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null) {}

	recall(signature: string): ColumnMapping | null {
		try {
			const text = this.storage?.getItem(KEY_PREFIX + signature);
			if (!text) return null;
			const parsed = parseColumnMapping(JSON.parse(text));
			// A stored mapping from an older version, or edited by hand into nonsense, is ignored rather than trusted.
			return 'error' in parsed ? null : parsed;
		} catch {
			return null;
		}
	}

	remember(signature: string, mapping: ColumnMapping): void {
		try {
			this.storage?.setItem(KEY_PREFIX + signature, JSON.stringify(mapping));
		} catch {
			// Storage full or refused (private window): the mapping still applies to this import.
		}
	}
}
