/// <reference lib="webworker" />
/**
 * The nested worker of a two-thread import (part-reader.ts): reads the second part of a large CSV with its own
 * boundary index and ingest, posts progress, and posts the part's result back with its typed arrays transferred.
 */
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { createIngest, transferables } from '$lib/analysis/ingest';
import { ingestPart, type PartResult } from '$lib/analysis/ingest/parallel-ingest';
import type { AreaIndex } from '$lib/analysis/spatial/area-index';
import { areaIndexFromPack } from '$lib/analysis/spatial/boundary-pack';
import { chunksOf } from '$lib/service/file-sources';
import { fetchLoader } from '$lib/service/ports';
import type { PartRequest, PartResponse } from './part-reader';

declare const self: DedicatedWorkerGlobalScope;

/** Progress is posted at most this often, as the analysis worker's is. */
const PROGRESS_INTERVAL_MS = 100;

/** Loaded once per worker; a failed load is forgotten so the next read tries again. */
let areas: Promise<AreaIndex> | null = null;

function post(message: PartResponse, transfer: Transferable[] = []): void {
	self.postMessage(message, transfer);
}

function buffersOf({ result, points }: PartResult): ArrayBuffer[] {
	const { issues } = result.report;
	const counted = points ? [points.lng.buffer, points.lat.buffer, points.rows.buffer] : [];
	return [...transferables(result.columns), issues.source.buffer, issues.line.buffer, issues.code.buffer, ...counted] as ArrayBuffer[];
}

async function read({ id, dataUrl, job }: PartRequest): Promise<void> {
	areas ??= fetchLoader(dataUrl)
		.bytes(DATA_PATHS.lsoa21Assign)
		.then(areaIndexFromPack)
		.catch((error: unknown) => {
			areas = null;
			throw error;
		});
	const ingest = createIngest({ areas: await areas, ...job.options });
	let last = 0;
	const progress = () => {
		const now = performance.now();
		if (now - last < PROGRESS_INTERVAL_MS) return;
		last = now;
		post({ id, type: 'progress', progress: ingest.progress() });
	};
	const part = await ingestPart(ingest, { name: job.name, sizeBytes: job.sizeBytes, part: 'second', header: job.header, chunks: chunksOf(job.bytes) }, { onChunk: progress });
	post({ id, type: 'done', part }, buffersOf(part));
}

self.onmessage = (event: MessageEvent<PartRequest>) => {
	const request = event.data;
	read(request).catch((error: unknown) => post({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) }));
};
