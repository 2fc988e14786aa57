/// <reference lib="webworker" />
/**
 * The worker entry: adapts messages to the analysis service and nothing more. The service owns the dataset,
 * the caches and the order of storage writes; this file holds only the running calls, so a cancel can reach one.
 */
import { cubeBuffers } from '$lib/analysis/session/dataset-session';
import { AtlasService } from '$lib/service/atlas-service';
import { fetchLoader } from '$lib/service/ports';
import { AtlasError, type AnswerOf, type RequestKind, type RequestOf } from '$lib/service/requests';
import { connection } from '$lib/storage/atlas-db';
import { indexedDbDatasets } from '$lib/storage/dataset-store';
import { indexedDbAreaTables } from '$lib/storage/area-table-store';
import type { AnswerMessage, WorkerRequest, WorkerResponse } from './protocol';
import { nestedPartReader } from './part-reader';

declare const self: DedicatedWorkerGlobalScope;

let service: AtlasService | null = null;
/** Calls still running, by id: an import checks its signal between chunks, so cancel stops the work itself. */
const running = new Map<number, AbortController>();

function post(message: WorkerResponse, transfer: Transferable[] = []): void {
	self.postMessage(message, transfer);
}

/** Big typed arrays travel as transferables instead of being copied. */
function transfers(message: AnswerMessage): Transferable[] {
	if (message.kind === 'cube') return cubeBuffers(message.answer);
	if (message.kind === 'sites') return [message.answer.cellMask.buffer as ArrayBuffer];
	return [];
}

async function answer<K extends RequestKind>(id: number, kind: K, request: RequestOf<K>): Promise<void> {
	if (!service) throw new AtlasError('unexpected', 'The analysis worker was asked before it was initialised.');
	const controller = new AbortController();
	running.set(id, controller);
	try {
		const result: AnswerOf<K> = await service.call(kind, request, { signal: controller.signal, onProgress: (progress) => post({ id, type: 'progress', progress }) });
		const message = { id, type: 'answer', kind, answer: result } as AnswerMessage;
		post(message, transfers(message));
	} finally {
		running.delete(id);
	}
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const message = event.data;
	if (message.type === 'init') {
		const partReader = nestedPartReader(message.dataUrl);
		service = new AtlasService({ data: fetchLoader(message.dataUrl), store: indexedDbDatasets(connection()), areaTables: indexedDbAreaTables(connection()), now: () => Date.now(), partReader });
		return post({ id: message.id, type: 'ready' });
	}
	if (message.type === 'cancel') return void running.get(message.target)?.abort();
	answer(message.id, message.kind, message.request).catch((error: unknown) => {
		const e = error instanceof AtlasError ? error : new AtlasError('failed', error instanceof Error ? error.message : String(error));
		post({ id: message.id, type: 'error', code: e.code, message: e.message });
	});
};
