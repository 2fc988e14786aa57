/**
 * A large single CSV imported on two threads: the service reads the first part while a PartReader (a nested worker
 * in the browser) reads the second, and the parts are merged (analysis/ingest/parallel-ingest.ts). It answers null
 * whenever the import is not one such file or the parts cannot stand for a sequential read (a quoted field across
 * the cut, another format, another encoding, the second thread failing): the caller then reads the files in one pass.
 */
import { createIngest, isZipName, type IngestOptions, type IngestProgress, type IngestReport, type IngestResult } from '$lib/analysis/ingest';
import type { ImportFile } from '$lib/analysis/ingest/import-request';
import { ingestPart, joinParts } from '$lib/analysis/ingest/parallel-ingest';
import { splitFromWindows, splitWindows } from '$lib/analysis/ingest/split-point';
import { chunksOf } from './file-sources';
import type { PartReader } from './ports';

export interface PartsContext {
	signal?: AbortSignal;
	/** Both parts' progress added up, as chunks are read. */
	onProgress?: (progress: IngestProgress) => void;
}

function added(a: IngestProgress, b: IngestProgress): IngestProgress {
	return { filesDone: 0, currentFile: a.currentFile, rowsRead: a.rowsRead + b.rowsRead, kept: a.kept + b.kept, rejected: a.rejected + b.rejected, bytesRead: a.bytesRead + b.bytesRead };
}

/** The progress a sequential ingest reports once it has read every file. */
export function finishedProgress(report: IngestReport, bytesRead: number): IngestProgress {
	const { rowsRead, kept } = report.total;
	return { filesDone: report.files.length, currentFile: null, rowsRead, kept, rejected: rowsRead - kept, bytesRead };
}

async function bytesOf(file: Blob, [start, end]: [number, number]): Promise<Uint8Array> {
	return new Uint8Array(await file.slice(start, end).arrayBuffer());
}

/** The merged result of reading one large CSV in two parts at once, or null: read the files sequentially instead. */
export async function importInParts(files: readonly ImportFile[], options: IngestOptions, reader: PartReader | undefined, context: PartsContext = {}): Promise<IngestResult | null> {
	// A custom offence mapping is code, not data: it cannot be posted to the other thread.
	if (!reader || files.length !== 1 || options.mapping) return null;
	const [{ file, name }] = files;
	// The merge runs the precision check once over all the rows, so neither part runs its own.
	const ingest = createIngest({ ...options, skipPoliceUkPrecision: true });
	if (isZipName(name) || !ingest.classify(name).read || file.size > ingest.maxFileBytes) return null;
	const windows = splitWindows(file.size);
	const [head, middle] = await Promise.all([bytesOf(file, windows.head), bytesOf(file, windows.middle)]);
	const plan = splitFromWindows(file.size, head, windows.middle[0], middle, { minBytes: reader.minBytes });
	if (!plan) return null;
	const { signal, onProgress } = context;
	let secondProgress: IngestProgress | null = null;
	const progress = () => onProgress?.(secondProgress ? added(ingest.progress(), secondProgress) : ingest.progress());
	const { areas: _areas, centroids, mapping: _mapping, ...shared } = options;
	const job = { name, sizeBytes: file.size, bytes: file.slice(plan.at), header: head.slice(0, plan.headerEnd), options: { ...shared, skipPoliceUkPrecision: true } };
	const onSecond = (p: IngestProgress) => {
		secondProgress = p;
		progress();
	};
	// Caught at once, so a failure while the first part is still being read is never an unhandled rejection.
	const second = reader.read(job, { signal, onProgress: onSecond }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
	const first = await ingestPart(ingest, { name, sizeBytes: file.size, part: 'first', chunks: chunksOf(file.slice(0, plan.at)) }, { signal, onChunk: progress });
	const part = await second;
	signal?.throwIfAborted();
	if (part instanceof Error) return null;
	return joinParts(first, part, { encoding: ingest.encoding, centroids, precisionPolicy: options.precisionPolicy });
}
