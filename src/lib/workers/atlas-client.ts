/**
 * The page's handle on the worker: stamps each request with an id, resolves it with the matching answer,
 * and for cube requests lets only the latest answer through (a superseded one resolves to null), so a
 * fast slider never paints stale counts.
 */
import type { FilterState } from '$lib/analysis/filters/filter-state';
import type { CubeResult } from '$lib/analysis/session/dataset-session';
import type { DatasetSummary, MappedResolution } from '$lib/analysis/session/dataset-summary';
import type { ColumnMapping } from '$lib/analysis/ingest/column-mapping';
import type { FileDetection } from '$lib/analysis/ingest/detect-file';
import type { BeforeAfterAnswer, SitesAnswer } from '$lib/analysis/session/sites-answer';
import type { Catchment } from '$lib/analysis/sites/catchment';
import type { EncodingChoice } from '$lib/analysis/ingest/text-decoding';
import type { ImportFile, ImportProgress, ImportSettings } from '$lib/analysis/ingest/import-request';
import type { CubeRequestOptions, WorkerRequest, WorkerResponse } from './protocol';

type Payload<T extends WorkerRequest['type']> = Omit<Extract<WorkerRequest, { type: T }>, 'id' | 'type'>;

export class WorkerError extends Error {
	constructor(
		readonly code: string,
		message: string
	) {
		super(message);
	}
}

export interface DatasetAnswer {
	dataset: DatasetSummary | null;
	persisted: boolean;
	/** True once, when a dataset saved by an earlier version was re-derived on loading. */
	rederived: boolean;
}

interface Pending {
	resolve: (response: WorkerResponse) => void;
	reject: (error: Error) => void;
	onProgress?: (progress: ImportProgress) => void;
}

export class AtlasClient {
	private workerInstance: Worker | null = null;
	private nextId = 1;
	private readonly pending = new Map<number, Pending>();
	private cubeInFlight = false;
	private queuedCube: {
		filters: FilterState;
		resolution: MappedResolution;
		options: CubeRequestOptions;
		resolve: (cube: CubeResult | null) => void;
		reject: (error: Error) => void;
	} | null = null;

	/** The worker is started on the first request, so it never competes with the first paint. */
	constructor(private readonly createWorker: () => Worker) {}

	private get worker(): Worker {
		if (this.workerInstance) return this.workerInstance;
		const worker = this.createWorker();
		worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
		worker.onerror = (event) => {
			for (const p of this.pending.values()) p.reject(new WorkerError('worker_crashed', event.message || 'The analysis worker stopped'));
			this.pending.clear();
		};
		this.workerInstance = worker;
		return worker;
	}

	private receive(message: WorkerResponse): void {
		const pending = this.pending.get(message.id);
		if (!pending) return;
		if (message.type === 'progress') return pending.onProgress?.(message.progress);
		this.pending.delete(message.id);
		if (message.type === 'error') pending.reject(new WorkerError(message.code, message.message));
		else pending.resolve(message);
	}

	private send<T extends WorkerRequest['type']>(type: T, payload: Payload<T>, onProgress?: (p: ImportProgress) => void) {
		const id = this.nextId++;
		const promise = new Promise<WorkerResponse>((resolve, reject) => {
			this.pending.set(id, { resolve, reject, onProgress });
		});
		this.worker.postMessage({ id, type, ...payload } as WorkerRequest);
		return { id, promise };
	}

	private async dataset(promise: Promise<WorkerResponse>): Promise<DatasetAnswer | 'cancelled'> {
		const answer = await promise;
		if (answer.type === 'cancelled') return 'cancelled';
		if (answer.type !== 'dataset') throw new WorkerError('unexpected', `Expected a dataset, got ${answer.type}`);
		return { dataset: answer.dataset, persisted: answer.persisted, rederived: answer.rederived === true };
	}

	async init(dataUrl: string): Promise<void> {
		await this.send('init', { dataUrl }).promise;
	}

	async loadDemo(seed: number): Promise<DatasetAnswer> {
		return (await this.dataset(this.send('load-demo', { seed }).promise)) as DatasetAnswer;
	}

	async loadSample(): Promise<DatasetAnswer> {
		return (await this.dataset(this.send('load-sample', {}).promise)) as DatasetAnswer;
	}

	async restore(): Promise<DatasetAnswer> {
		return (await this.dataset(this.send('restore', {}).promise)) as DatasetAnswer;
	}

	async clear(): Promise<DatasetAnswer> {
		return (await this.dataset(this.send('clear', {}).promise)) as DatasetAnswer;
	}

	/** Starts an import; `cancel()` stops it between chunks and leaves the previous dataset loaded. */
	importFiles(files: ImportFile[], onProgress: (p: ImportProgress) => void, settings: ImportSettings = {}, maxFileBytes?: number) {
		const { id, promise } = this.send('import', { files, maxFileBytes, settings }, onProgress);
		return { result: this.dataset(promise), cancel: () => this.worker.postMessage({ id: this.nextId++, type: 'cancel', target: id }) };
	}

	/**
	 * Counts for a filter state. One cube request is in flight at a time and only the newest waiting one is
	 * sent next: a superseded request resolves to null, so dragging a slider never builds a backlog.
	 */
	cube(filters: FilterState, resolution: MappedResolution, options: CubeRequestOptions = {}): Promise<CubeResult | null> {
		return new Promise((resolve, reject) => {
			this.queuedCube?.resolve(null);
			this.queuedCube = { filters, resolution, options, resolve, reject };
			void this.pumpCube();
		});
	}

	private async pumpCube(): Promise<void> {
		if (this.cubeInFlight || !this.queuedCube) return;
		const job = this.queuedCube;
		this.queuedCube = null;
		this.cubeInFlight = true;
		try {
			const answer = await this.send('cube', { filters: job.filters, resolution: job.resolution, options: job.options }).promise;
			job.resolve(this.queuedCube === null && answer.type === 'cube' ? answer.cube : null);
		} catch (error) {
			job.reject(error as Error);
		} finally {
			this.cubeInFlight = false;
			void this.pumpCube();
		}
	}

	/** Classifies chosen files from their first bytes: police.uk, or a layout whose columns need confirming. */
	async detect(files: ImportFile[], options: { encoding?: EncodingChoice; mapping?: ColumnMapping } = {}): Promise<FileDetection[]> {
		const answer = await this.send('detect', { files, ...options }).promise;
		if (answer.type !== 'detections') throw new WorkerError('unexpected', `Expected detections, got ${answer.type}`);
		return answer.detections;
	}

	/** Site coverage and gaps under a filter state (a separate request, made only while sites are shown). */
	async sites(filters: FilterState, resolution: MappedResolution, catchments: Catchment[]): Promise<SitesAnswer> {
		const answer = await this.send('sites', { filters, resolution, catchments }).promise;
		if (answer.type !== 'sites') throw new WorkerError('unexpected', `Expected sites, got ${answer.type}`);
		return answer.answer;
	}

	/** `resolution` names the mapped hexagons the hexagon-decile filter reads; null when that filter is off. */
	async beforeAfter(filters: FilterState, resolution: MappedResolution | null, catchment: Catchment, start: string, months: number): Promise<BeforeAfterAnswer> {
		const answer = await this.send('before-after', { filters, resolution, catchment, start, months }).promise;
		if (answer.type !== 'before-after') throw new WorkerError('unexpected', `Expected before-after, got ${answer.type}`);
		return answer.answer;
	}

	/** Whether the latest import was written to IndexedDB, once the write has finished. */
	async saved(): Promise<boolean> {
		const answer = await this.send('saved', {}).promise;
		if (answer.type !== 'saved') throw new WorkerError('unexpected', `Expected saved, got ${answer.type}`);
		return answer.persisted;
	}

	async issuesCsv(): Promise<string> {
		const answer = await this.send('issues-csv', {}).promise;
		return answer.type === 'text' ? answer.text : '';
	}

	terminate(): void {
		this.workerInstance?.terminate();
	}
}

/** Starts the worker (a module worker bundled by Vite). */
export function startAtlasWorker(): AtlasClient {
	return new AtlasClient(() => new Worker(new URL('./atlas.worker.ts', import.meta.url), { type: 'module', name: 'hotspot-atlas-analysis' }));
}
