/** What the service is given rather than reaching for itself, so it runs in the worker, in Node tests and on a server. */
import type { IncidentColumns } from '$lib/analysis/ingest/columns';
import type { DatasetSummary } from '$lib/analysis/session/dataset-summary';

/** Reads the derived artifacts (paths relative to data/, as DATA_PATHS names them). */
export interface DataLoader {
	text(path: string): Promise<string>;
	bytes(path: string): Promise<Uint8Array>;
}

/** A dataset as kept between sessions; `schema` says which derivation wrote it (see DATASET_SCHEMA). */
export interface StoredDataset {
	schema?: number;
	summary: DatasetSummary;
	columns: IncidentColumns;
}

/** Where an imported dataset is kept (IndexedDB in the browser). */
export interface DatasetStore {
	save(dataset: StoredDataset): Promise<void>;
	load(): Promise<StoredDataset | null>;
	clear(): Promise<void>;
}

/**
 * The layout and derivation version of a stored dataset. 1 (records without the field): coarser cells taken
 * as parents of resolution-9 cells, LSOAs from simplified boundaries. 2: every resolution's cell from the
 * point itself, LSOAs from the published boundaries. A record of another version is re-derived when loaded.
 */
export const DATASET_SCHEMA = 2;

/** The one helper that fetches data files: over HTTP from `<base>/data/`, failing with the path and status. */
export function fetchLoader(dataUrl: string, fetchFn: typeof fetch = fetch): DataLoader {
	const get = async (path: string) => {
		const response = await fetchFn(`${dataUrl}${path}`);
		if (!response.ok) throw new Error(`Could not load ${path} (HTTP ${response.status})`);
		return response;
	};
	return {
		text: async (path) => (await get(path)).text(),
		bytes: async (path) => new Uint8Array(await (await get(path)).arrayBuffer())
	};
}
