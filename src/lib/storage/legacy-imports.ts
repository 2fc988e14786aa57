/**
 * Import entries as version 2 of the browser database kept them (numbered, no digests, no months), rewritten as
 * import records by the version 3 upgrade so they stay readable: their files are listed as not hashed, and the
 * service works out their rows from the dataset's report when the dataset is next opened.
 */
import { importLabel } from '$lib/analysis/ingest/import-history';
import { NOT_HASHED_EARLIER, type ImportRecord } from '$lib/analysis/ingest/import-record';

/** One import as version 2 wrote it, keyed by an auto-incremented number. */
export interface LegacyImportEntry {
	id: number;
	datasetId: string;
	at: number;
	files: { name: string; bytes: number; kept: number; rejected: number }[];
}

export function recordOfLegacyEntry({ id, datasetId, at, files }: LegacyImportEntry): ImportRecord {
	const kept = files.reduce((s, f) => s + f.kept, 0);
	return {
		// Never a number the next import's id could take (those are datasetId#1, #2...).
		id: `${datasetId}#v2-${id}`,
		datasetId,
		at,
		label: importLabel(files.map((f) => f.name)),
		files: files.map(({ name, bytes, kept, rejected }) => ({ name, bytes, sha256: null, note: NOT_HASHED_EARLIER, period: null, kept, rejected })),
		months: [],
		kept,
		inDataset: kept,
		replaced: []
	};
}
