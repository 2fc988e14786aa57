/** What the service is given rather than reaching for itself, so it runs in the worker, in Node tests and on a server. */
import type { IncidentColumns } from '$lib/analysis/ingest/columns';
import type { ImportRecord } from '$lib/analysis/ingest/import-record';
import type { IngestOptions, IngestProgress } from '$lib/analysis/ingest/ingest';
import type { PartResult } from '$lib/analysis/ingest/parallel-ingest';
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

/** A kept dataset as a list shows it, without its columns. */
export interface KeptDataset {
	id: string;
	name: string;
	kind: DatasetSummary['kind'];
	/** The derivation version that wrote it (DATASET_SCHEMA); undefined for records of the first version. */
	schema?: number;
	rows: number;
	inArea: number;
	monthRange: [number, number] | null;
	sources: string[];
	/** Epoch ms when it was written; 0 when migrated from a version that did not record it. */
	savedAt: number;
}

/** One import into a dataset: its files with their SHA-256, months and rows (analysis/ingest/import-record.ts). */
export type { ImportRecord };

/** Where imported datasets are kept (IndexedDB in the browser): several, by id, one of them current. */
export interface DatasetStore {
	/** Keeps the dataset under its summary's id and makes it current; a history given replaces its kept one, null leaves that as it is. */
	save(dataset: StoredDataset, history: ImportRecord[] | null, savedAt: number): Promise<void>;
	/** The dataset with this id, or the current one; null when not kept. */
	load(id?: string): Promise<StoredDataset | null>;
	/** Makes a kept dataset the one loaded when the page next opens. */
	setCurrent(id: string): Promise<void>;
	/** Every kept dataset, newest first, with which one is current. */
	list(): Promise<{ datasets: KeptDataset[]; current: string | null }>;
	/** Removes a dataset with its history (the current one when no id). */
	remove(id?: string): Promise<void>;
	/** The imports that made a dataset, oldest first. */
	history(id: string): Promise<ImportRecord[]>;
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

/** What a second thread needs to read the second part of a file: its bytes, the header to repeat, the ingest options. */
export interface PartJob {
	/** The whole file's name and size, as a sequential read begins it. */
	name: string;
	sizeBytes: number;
	/** The file's bytes from the cut (File.slice) to its end. */
	bytes: Blob;
	header: Uint8Array;
	/** The import's ingest options, less the lookups the reading thread loads itself. */
	options: Omit<IngestOptions, 'areas' | 'centroids' | 'mapping'>;
}

/** Reads the second part of a large CSV on another thread (a nested worker in the browser), while the service reads the first. */
export interface PartReader {
	/** Files smaller than this are read on one thread; PARALLEL_MIN_BYTES when omitted. */
	minBytes?: number;
	read(job: PartJob, context: { signal?: AbortSignal; onProgress?: (progress: IngestProgress) => void }): Promise<PartResult>;
}
