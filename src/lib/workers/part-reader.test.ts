import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PartResult } from '$lib/analysis/ingest/parallel-ingest';
import type { PartJob } from '$lib/service/ports';
import { nestedPartReader, type PartRequest, type PartResponse } from './part-reader';

/** A stand-in for the nested worker: answers each read with what `reply` says, and records terminations. */
class FakeWorker extends EventTarget {
	terminated = false;
	requests: PartRequest[] = [];
	constructor(private readonly reply: (request: PartRequest) => PartResponse[]) {
		super();
	}
	postMessage(request: PartRequest): void {
		this.requests.push(request);
		queueMicrotask(() => {
			for (const data of this.reply(request)) this.dispatchEvent(new MessageEvent('message', { data }));
		});
	}
	terminate(): void {
		this.terminated = true;
	}
}

const JOB = { name: 'a-street.csv', sizeBytes: 10, bytes: new Blob(['x']), header: new Uint8Array(0), options: {} } as PartJob;
const PART = { part: 'second' } as PartResult;

function reader(reply: (request: PartRequest) => PartResponse[]) {
	const workers: FakeWorker[] = [];
	const create = () => {
		const w = new FakeWorker(reply);
		workers.push(w);
		return w as unknown as Worker;
	};
	return { workers, read: nestedPartReader('data/', create)! };
}

describe('nestedPartReader', () => {
	afterEach(() => vi.unstubAllGlobals());
	const browserLike = () => {
		vi.stubGlobal('Worker', class {});
		vi.stubGlobal('self', { location: { href: 'https://example.test/app/_app/worker.js' } });
	};

	it('is absent where a worker cannot start one', () => {
		expect(nestedPartReader('data/')).toBeUndefined();
	});

	it('posts the job with an absolute data URL, passes progress on and keeps the worker for the next read', async () => {
		browserLike();
		const { workers, read } = reader(({ id }) => [{ id, type: 'progress', progress: { filesDone: 0, currentFile: 'a', rowsRead: 5, kept: 4, rejected: 1, bytesRead: 3 } }, { id, type: 'done', part: PART }]);
		const progress: number[] = [];
		expect(await read.read(JOB, { onProgress: (p) => progress.push(p.rowsRead) })).toBe(PART);
		await read.read(JOB, {});
		expect(progress).toEqual([5]);
		expect(workers.length).toBe(1);
		expect(workers[0].requests[0].dataUrl).toBe('https://example.test/app/_app/data/');
	});

	it('rejects and terminates the worker on an error, then starts a fresh one', async () => {
		browserLike();
		const { workers, read } = reader(({ id }) => [{ id, type: 'error', message: 'boundaries did not load' }]);
		await expect(read.read(JOB, {})).rejects.toThrow('boundaries did not load');
		expect(workers[0].terminated).toBe(true);
		await expect(read.read(JOB, {})).rejects.toThrow();
		expect(workers.length).toBe(2);
	});

	it('terminates the worker when the import is cancelled', async () => {
		browserLike();
		const { workers, read } = reader(() => []);
		const controller = new AbortController();
		const reading = read.read(JOB, { signal: controller.signal });
		controller.abort(new Error('cancelled by the user'));
		await expect(reading).rejects.toThrow('cancelled by the user');
		expect(workers[0].terminated).toBe(true);
	});
});
