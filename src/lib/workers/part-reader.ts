/**
 * The analysis worker's PartReader: a nested module worker (ingest-part.worker.ts) reads the second part of a large
 * CSV while the service reads the first, so an import uses both cores. A cancel terminates it; the next read starts
 * a fresh one.
 */
import type { IngestProgress } from '$lib/analysis/ingest';
import type { PartResult } from '$lib/analysis/ingest/parallel-ingest';
import type { PartJob, PartReader } from '$lib/service/ports';

export type PartRequest = { id: number; type: 'read'; dataUrl: string; job: PartJob };
export type PartResponse = { id: number; type: 'progress'; progress: IngestProgress } | { id: number; type: 'done'; part: PartResult } | { id: number; type: 'error'; message: string };

const createPartWorker = () => new Worker(new URL('./ingest-part.worker.ts', import.meta.url), { type: 'module', name: 'hotspot-atlas-ingest-part' });

/** A PartReader over nested workers, or undefined where a worker cannot start one (the service then reads on one thread). */
export function nestedPartReader(dataUrl: string, create: () => Worker = createPartWorker): PartReader | undefined {
	if (typeof Worker === 'undefined') return undefined;
	// The nested worker's own location differs from this one's: the data URL travels absolute.
	const absolute = new URL(dataUrl, self.location.href).href;
	let worker: Worker | null = null;
	let next = 0;
	return {
		read(job, { signal, onProgress }) {
			return new Promise<PartResult>((resolve, reject) => {
				signal?.throwIfAborted();
				const w = (worker ??= create());
				const id = next++;
				const settle = (fail?: Error) => {
					w.removeEventListener('message', onMessage);
					w.removeEventListener('error', onError);
					signal?.removeEventListener('abort', onAbort);
					if (fail) {
						// A failed or cancelled worker may still be reading: it is not reused.
						w.terminate();
						if (worker === w) worker = null;
						reject(fail);
					}
				};
				const onMessage = ({ data: m }: MessageEvent<PartResponse>) => {
					if (m.id !== id) return;
					if (m.type === 'progress') return onProgress?.(m.progress);
					if (m.type === 'error') return settle(new Error(m.message));
					settle();
					resolve(m.part);
				};
				const onError = (event: ErrorEvent) => settle(new Error(event.message || 'The second import thread failed.'));
				const onAbort = () => settle(signal?.reason instanceof Error ? signal.reason : new Error('cancelled'));
				w.addEventListener('message', onMessage);
				w.addEventListener('error', onError);
				signal?.addEventListener('abort', onAbort, { once: true });
				w.postMessage({ id, type: 'read', dataUrl: absolute, job } satisfies PartRequest);
			});
		}
	};
}
