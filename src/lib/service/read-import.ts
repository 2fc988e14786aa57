/** Chosen files read into one ingest result, on two threads when one large CSV allows it, with throttled progress. */
import { createIngest, ingestSources, type IngestOptions, type IngestProgress, type IngestResult } from '$lib/analysis/ingest';
import type { ImportFile, ImportProgress } from '$lib/analysis/ingest/import-request';
import { byteSource } from './file-sources';
import { finishedProgress, importInParts } from './parallel-import';
import type { PartReader } from './ports';

/** Progress is reported at most this often, so messages never flood the page. */
const PROGRESS_INTERVAL_MS = 100;

export interface ReadContext {
	signal?: AbortSignal;
	onProgress?: (progress: ImportProgress) => void;
	/** Reads the second part of a large CSV on another thread; without it every file is read on this one. */
	partReader?: PartReader;
}

/** The files' ingest result, or 'cancelled' when the signal stopped it; other failures reject. */
export async function readImport(files: readonly ImportFile[], options: IngestOptions, { signal, onProgress, partReader }: ReadContext): Promise<IngestResult | 'cancelled'> {
	const ingest = createIngest(options);
	const totalBytes = files.reduce((sum, f) => sum + f.file.size, 0);
	let last = 0;
	const progress = (current: IngestProgress, force = false) => {
		const now = performance.now();
		if (!onProgress || (!force && now - last < PROGRESS_INTERVAL_MS)) return;
		last = now;
		onProgress({ ...current, totalBytes });
	};
	let inParts: IngestResult | null;
	try {
		// A large single CSV is read on two threads when a second is at hand; null: read here in one pass.
		inParts = await importInParts(files, options, partReader, { signal, onProgress: (p) => progress(p) });
		if (!inParts) await ingestSources(ingest, files.map(byteSource), { signal, onChunk: () => progress(ingest.progress()) });
	} catch (error) {
		if (signal?.aborted) return 'cancelled';
		throw error;
	}
	if (signal?.aborted) return 'cancelled';
	progress(inParts ? finishedProgress(inParts.report, totalBytes) : ingest.progress(), true);
	return inParts ?? ingest.finish();
}
