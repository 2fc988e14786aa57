import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '$lib/analysis/filters/filter-state';
import { AtlasClient, WorkerError } from './atlas-client';
import type { WorkerRequest, WorkerResponse } from './protocol';

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
	terminate() {}
}

const cubeAnswer = (id: number, total: number): WorkerResponse => ({
	id,
	type: 'cube',
	cube: { total, resolution: 8 } as never
});

const tick = () => new Promise((r) => setTimeout(r, 0));

function setup() {
	const fake = new FakeWorker();
	return { fake, client: new AtlasClient(() => fake as unknown as Worker) };
}

describe('AtlasClient', () => {
	it('keeps one cube request in flight and sends only the newest waiting one', async () => {
		const { fake, client } = setup();
		const first = client.cube(NO_FILTERS, 8);
		const second = client.cube({ ...NO_FILTERS, months: [1] }, 8);
		const third = client.cube({ ...NO_FILTERS, months: [2] }, 8);
		await tick();
		expect(fake.sent.map((m) => m.type)).toEqual(['cube']);
		expect(await second).toBeNull();

		fake.answer(cubeAnswer(fake.sent[0].id, 10));
		// The first answer is stale: a newer request was waiting.
		expect(await first).toBeNull();
		await tick();
		expect(fake.sent).toHaveLength(2);
		expect((fake.sent[1] as Extract<WorkerRequest, { type: 'cube' }>).filters.months).toEqual([2]);
		fake.answer(cubeAnswer(fake.sent[1].id, 7));
		expect((await third)?.total).toBe(7);
	});

	it('routes progress to the import that asked and resolves with the dataset', async () => {
		const { fake, client } = setup();
		const seen: number[] = [];
		const job = client.importFiles([], (p) => seen.push(p.rowsRead));
		const id = fake.sent[0].id;
		fake.answer({ id, type: 'progress', progress: { rowsRead: 5 } as never });
		fake.answer({ id, type: 'progress', progress: { rowsRead: 9 } as never });
		fake.answer({ id, type: 'dataset', dataset: null, persisted: true });
		expect(await job.result).toEqual({ dataset: null, persisted: true, rederived: false });
		expect(seen).toEqual([5, 9]);
	});

	it('passes on that a restored dataset was re-derived', async () => {
		const { fake, client } = setup();
		const restored = client.restore();
		fake.answer({ id: fake.sent[0].id, type: 'dataset', dataset: null, persisted: true, rederived: true });
		expect(await restored).toEqual({ dataset: null, persisted: true, rederived: true });
	});

	it('asks whether the import was kept, and hears the answer once the write is done', async () => {
		const { fake, client } = setup();
		const saved = client.saved();
		expect(fake.sent[0]).toMatchObject({ type: 'saved' });
		fake.answer({ id: fake.sent[0].id, type: 'saved', persisted: false });
		expect(await saved).toBe(false);
	});

	it('sends a cancel naming the import, and reports the cancellation', async () => {
		const { fake, client } = setup();
		const job = client.importFiles([], () => undefined);
		job.cancel();
		expect(fake.sent[1]).toMatchObject({ type: 'cancel', target: fake.sent[0].id });
		fake.answer({ id: fake.sent[0].id, type: 'cancelled' });
		expect(await job.result).toBe('cancelled');
	});

	it('turns worker errors into WorkerError with the code', async () => {
		const { fake, client } = setup();
		const restore = client.restore();
		fake.answer({ id: fake.sent[0].id, type: 'error', code: 'no_dataset', message: 'No dataset is loaded.' });
		await expect(restore).rejects.toEqual(new WorkerError('no_dataset', 'No dataset is loaded.'));
	});

	it('ignores answers to requests it does not know', () => {
		const { fake, client } = setup();
		void client.restore();
		expect(() => fake.answer(cubeAnswer(999, 1))).not.toThrow();
	});

	it('starts the worker only when first asked for something', () => {
		let started = 0;
		const client = new AtlasClient(() => {
			started++;
			return new FakeWorker() as unknown as Worker;
		});
		expect(started).toBe(0);
		void client.restore();
		void client.restore();
		expect(started).toBe(1);
	});
});
