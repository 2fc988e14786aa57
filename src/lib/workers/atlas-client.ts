/**
 * The page's handle on the analysis service in the worker: `call` stamps each request with an id and
 * resolves it with the matching answer, typed by its kind. Requests a newer one supersedes (cube, sites) go
 * through `latest`: one in flight per kind, only the newest waiting one sent next, and a superseded call
 * resolves to null, so a fast slider never paints stale counts and never builds a backlog.
 */
import type { ImportProgress } from '$lib/analysis/ingest/import-request';
import { AtlasError, type AnswerOf, type RequestKind, type RequestOf, type SupersedableKind } from '$lib/service/requests';
import type { CallMessage, WorkerRequest, WorkerResponse } from './protocol';

export type { DatasetAnswer } from '$lib/service/requests';

/** A message as the client writes it, before it is stamped with an id. */
type Unstamped<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Pending {
	resolve: (response: WorkerResponse) => void;
	reject: (error: Error) => void;
	onProgress?: (progress: ImportProgress) => void;
}

interface Queued<K extends SupersedableKind> {
	request: RequestOf<K>;
	resolve: (answer: AnswerOf<K> | null) => void;
	reject: (error: Error) => void;
}

/** A call in flight: its answer, and a way to stop it (an import stops between chunks; the dataset shown stays). */
export interface Call<K extends RequestKind> {
	answer: Promise<AnswerOf<K>>;
	cancel: () => void;
}

export class AtlasClient {
	private workerInstance: Worker | null = null;
	private nextId = 1;
	private readonly pending = new Map<number, Pending>();
	private readonly inFlight = new Set<SupersedableKind>();
	private readonly queued = new Map<SupersedableKind, Queued<SupersedableKind>>();

	/** Where the worker reads data/, once init has been called: a restarted worker is initialised with it first. */
	private dataUrl: string | null = null;
	/** Hears a worker crash, after the calls in flight have failed; the next call starts a fresh worker. */
	oncrash: (message: string) => void = () => {};

	/** The worker is started on the first request, so it never competes with the first paint. */
	constructor(private readonly createWorker: () => Worker) {}

	private get worker(): Worker {
		if (this.workerInstance) return this.workerInstance;
		const worker = this.createWorker();
		worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
		worker.onerror = (event) => {
			event.preventDefault?.();
			this.crashed(worker, event.message || 'The analysis worker stopped');
		};
		this.workerInstance = worker;
		// A replacement for a crashed worker learns where the data is before any other request reaches it.
		if (this.dataUrl !== null) worker.postMessage({ type: 'init', dataUrl: this.dataUrl, id: this.nextId++ } satisfies WorkerRequest);
		return worker;
	}

	/** An uncaught error or a killed worker: every call in flight fails, the worker is dropped, and the app is told. */
	private crashed(worker: Worker, message: string): void {
		if (this.workerInstance !== worker) return;
		worker.terminate();
		this.workerInstance = null;
		const pending = [...this.pending.values()];
		this.pending.clear();
		for (const p of pending) p.reject(new AtlasError('worker_crashed', message));
		this.oncrash(message);
	}

	private receive(message: WorkerResponse): void {
		const pending = this.pending.get(message.id);
		if (!pending) return;
		if (message.type === 'progress') return pending.onProgress?.(message.progress);
		this.pending.delete(message.id);
		if (message.type === 'error') pending.reject(new AtlasError(message.code, message.message));
		else pending.resolve(message);
	}

	private post(message: Unstamped<WorkerRequest>, onProgress?: (p: ImportProgress) => void): { id: number; response: Promise<WorkerResponse> } {
		const id = this.nextId++;
		const response = new Promise<WorkerResponse>((resolve, reject) => this.pending.set(id, { resolve, reject, onProgress }));
		this.worker.postMessage({ ...message, id } as WorkerRequest);
		return { id, response };
	}

	async init(dataUrl: string): Promise<void> {
		await this.post({ type: 'init', dataUrl }).response;
		this.dataUrl = dataUrl;
	}

	/** One request to the service; `onProgress` hears an import's progress. */
	call<K extends RequestKind>(kind: K, request: RequestOf<K>, options: { onProgress?: (p: ImportProgress) => void } = {}): Call<K> {
		const { id, response } = this.post({ type: 'call', kind, request } as Unstamped<CallMessage>, options.onProgress);
		const answer = response.then((message) => {
			if (message.type !== 'answer' || message.kind !== kind) throw new AtlasError('unexpected', `Expected an answer to ${kind}, got ${message.type}`);
			return message.answer as AnswerOf<K>;
		});
		return { answer, cancel: () => void this.post({ type: 'cancel', target: id }) };
	}

	/** A request of a kind a newer one supersedes: resolves to null when superseded, so stale answers are never applied. */
	latest<K extends SupersedableKind>(kind: K, request: RequestOf<K>): Promise<AnswerOf<K> | null> {
		return new Promise((resolve, reject) => {
			this.queued.get(kind)?.resolve(null);
			this.queued.set(kind, { request, resolve, reject } as Queued<SupersedableKind>);
			void this.pump(kind);
		});
	}

	private async pump(kind: SupersedableKind): Promise<void> {
		const job = this.queued.get(kind);
		if (this.inFlight.has(kind) || !job) return;
		this.queued.delete(kind);
		this.inFlight.add(kind);
		try {
			const answer = await this.call(kind, job.request).answer;
			job.resolve(this.queued.has(kind) ? null : answer);
		} catch (error) {
			job.reject(error as Error);
		} finally {
			this.inFlight.delete(kind);
			void this.pump(kind);
		}
	}

	terminate(): void {
		this.workerInstance?.terminate();
		this.workerInstance = null;
	}
}

/** Starts the worker (a module worker bundled by Vite). */
export function startAtlasWorker(): AtlasClient {
	return new AtlasClient(() => new Worker(new URL('./atlas.worker.ts', import.meta.url), { type: 'module', name: 'hotspot-atlas-analysis' }));
}
