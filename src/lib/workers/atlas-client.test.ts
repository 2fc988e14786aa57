import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '$lib/analysis/filters/filter-state';
import { AtlasError } from '$lib/service/requests';
import { AtlasClient } from './atlas-client';
import type { CallMessage, WorkerRequest, WorkerResponse } from './protocol';

/** A stand-in worker that records requests and lets the test answer them in any order. */
class FakeWorker {
	sent: WorkerRequest[] = [];
	onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	postMessage(message: WorkerRequest) {
		this.sent.push(message);
	}
	answer(message: WorkerResponse) {
		this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
	}
	calls(): CallMessage[] {
		return this.sent.filter((m): m is CallMessage => m.type === 'call');
	}
	terminate() {}
}

const cubeAnswer = (id: number, total: number): WorkerResponse => ({ id, type: 'answer', kind: 'cube', answer: { total, resolution: 8 } as never });
const sitesAnswer = (id: number, tag: number): WorkerResponse => ({ id, type: 'answer', kind: 'sites', answer: { tag } as never });
const noDataset = { dataset: null, persisted: true, rederived: false };

const tick = () => new Promise((r) => setTimeout(r, 0));

function setup() {
	const fake = new FakeWorker();
	return { fake, client: new AtlasClient(() => fake as unknown as Worker) };
}

describe('AtlasClient', () => {
	it.each(['cube', 'sites'] as const)('keeps one %s request in flight, sends only the newest waiting one and drops superseded answers', async (kind) => {
		const { fake, client } = setup();
		const request = (months: number[] | null) =>
			kind === 'cube'
				? client.latest('cube', { filters: { ...NO_FILTERS, months }, resolution: 8, options: {} })
				: client.latest('sites', { filters: { ...NO_FILTERS, months }, resolution: 8, catchments: [] });
		const reply = kind === 'cube' ? cubeAnswer : sitesAnswer;
		const first = request(null);
		const second = request([1]);
		const third = request([2]);
		await tick();
		expect(fake.calls().map((m) => m.kind)).toEqual([kind]);
		expect(await second).toBeNull();

		fake.answer(reply(fake.calls()[0].id, 10));
		// The first answer is stale: a newer request was waiting.
		expect(await first).toBeNull();
		await tick();
		const calls = fake.calls();
		expect(calls).toHaveLength(2);
		expect(calls[1].request).toMatchObject({ filters: { months: [2] } });
		fake.answer(reply(calls[1].id, 7));
		expect(await third).toEqual(kind === 'cube' ? { total: 7, resolution: 8 } : { tag: 7 });
	});

	it('keeps cube and sites queues apart, so a sites request never supersedes a cube', async () => {
		const { fake, client } = setup();
		const cube = client.latest('cube', { filters: NO_FILTERS, resolution: 8, options: {} });
		const sites = client.latest('sites', { filters: NO_FILTERS, resolution: 8, catchments: [] });
		await tick();
		const [c, s] = fake.calls();
		fake.answer(sitesAnswer(s.id, 1));
		fake.answer(cubeAnswer(c.id, 3));
		expect(await cube).toEqual({ total: 3, resolution: 8 });
		expect(await sites).toEqual({ tag: 1 });
	});

	it('routes progress to the import that asked and resolves with the dataset; cancel names the call', async () => {
		const { fake, client } = setup();
		const seen: number[] = [];
		const job = client.call('importFiles', { files: [], settings: {} }, { onProgress: (p) => seen.push(p.rowsRead) });
		const id = fake.sent[0].id;
		expect(fake.sent[0]).toMatchObject({ type: 'call', kind: 'importFiles' });
		fake.answer({ id, type: 'progress', progress: { rowsRead: 5 } as never });
		fake.answer({ id, type: 'progress', progress: { rowsRead: 9 } as never });
		job.cancel();
		expect(fake.sent[1]).toMatchObject({ type: 'cancel', target: id });
		fake.answer({ id, type: 'answer', kind: 'importFiles', answer: 'cancelled' });
		expect(await job.answer).toBe('cancelled');
		expect(seen).toEqual([5, 9]);
	});

	it('passes on that a restored dataset was re-derived', async () => {
		const { fake, client } = setup();
		const restored = client.call('restore', {}).answer;
		fake.answer({ id: fake.sent[0].id, type: 'answer', kind: 'restore', answer: { ...noDataset, rederived: true } });
		expect(await restored).toEqual({ ...noDataset, rederived: true });
	});

	it('rejects with the typed error code the service sent', async () => {
		const { fake, client } = setup();
		const answer = client.call('cube', { filters: NO_FILTERS, resolution: 8, options: {} }).answer;
		fake.answer({ id: fake.sent[0].id, type: 'error', code: 'no_dataset', message: 'No dataset is loaded.' });
		await expect(answer).rejects.toEqual(expect.objectContaining({ code: 'no_dataset' }));
		await expect(answer).rejects.toBeInstanceOf(AtlasError);
	});

	it('refuses an answer of the wrong kind instead of passing it on', async () => {
		const { fake, client } = setup();
		const saved = client.call('saved', {}).answer;
		fake.answer({ id: fake.sent[0].id, type: 'answer', kind: 'issuesCsv', answer: 'x' });
		await expect(saved).rejects.toEqual(expect.objectContaining({ code: 'unexpected' }));
	});

	it('rejects every pending request when the worker crashes', async () => {
		const { fake, client } = setup();
		const a = client.call('saved', {}).answer;
		const b = client.latest('cube', { filters: NO_FILTERS, resolution: 8, options: {} });
		await tick();
		fake.onerror?.({ message: 'boom' } as ErrorEvent);
		await expect(a).rejects.toEqual(expect.objectContaining({ code: 'worker_crashed' }));
		await expect(b).rejects.toEqual(expect.objectContaining({ code: 'worker_crashed' }));
	});

	it('after a crash starts a fresh worker on the next call, initialised first with the same data, and tells the app once', async () => {
		const workers: FakeWorker[] = [];
		const client = new AtlasClient(() => {
			workers.push(new FakeWorker());
			return workers.at(-1) as unknown as Worker;
		});
		const crashes: string[] = [];
		client.oncrash = (m) => crashes.push(m);
		const ready = client.init('/data/');
		workers[0].answer({ id: workers[0].sent[0].id, type: 'ready' });
		await ready;
		const inFlight = client.call('keptDatasets', {}).answer;
		workers[0].onerror?.({ message: 'Uncaught RangeError: out of memory' } as ErrorEvent);
		await expect(inFlight).rejects.toEqual(expect.objectContaining({ code: 'worker_crashed' }));
		expect(crashes).toEqual(['Uncaught RangeError: out of memory']);
		// A late error from the dropped worker is not a second crash.
		workers[0].onerror?.({ message: 'again' } as ErrorEvent);
		expect(crashes).toHaveLength(1);

		const next = client.call('keptDatasets', {}).answer;
		expect(workers).toHaveLength(2);
		expect(workers[1].sent.map((m) => m.type)).toEqual(['init', 'call']);
		expect(workers[1].sent[0]).toMatchObject({ dataUrl: '/data/' });
		workers[1].answer({ id: workers[1].sent[1].id, type: 'answer', kind: 'keptDatasets', answer: { datasets: [], current: null } });
		expect(await next).toEqual({ datasets: [], current: null });
	});
});
