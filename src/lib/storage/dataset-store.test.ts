import { beforeEach, describe, expect, it } from 'vitest';
import type { IncidentColumns } from '$lib/analysis/ingest/columns';
import { NOT_HASHED_EARLIER, type ImportRecord } from '$lib/analysis/ingest/import-record';
import type { DatasetSummary } from '$lib/analysis/session/dataset-summary';
import { freshIndexedDb } from '$lib/test-support/fresh-indexeddb';
import { connection, openAtlasDb } from './atlas-db';
import { indexedDbDatasets } from './dataset-store';

const summary = { id: 'local-abc', kind: 'local', label: 'kent.csv', rows: 2, inArea: 2, monthRange: [24288, 24288], sources: ['kent.csv'] } as unknown as DatasetSummary;
const columns = { length: 2, lng: new Float64Array([0.52, 0.53]), lat: new Float64Array([51.27, 51.28]) } as unknown as IncidentColumns;

function record(n: number, at: number): ImportRecord {
	return {
		id: `local-abc#${n}`,
		datasetId: 'local-abc',
		at,
		label: `import ${n}`,
		files: [{ name: `${n}.csv`, bytes: 10, sha256: 'ab'.repeat(32), period: [24288, 24289], kept: 5, rejected: 1 }],
		months: [24288, 24289],
		kept: 5,
		inDataset: 3,
		replaced: [{ monthIndex: 24288, rows: 2, by: 'local-abc#9', missing: true }]
	};
}

describe('the kept import history', () => {
	beforeEach(freshIndexedDb);

	it('comes back as saved, oldest first; a history given replaces the kept one and null leaves it', async () => {
		const store = indexedDbDatasets(connection());
		const history = [record(1, 100), record(2, 200), record(10, 200)];
		await store.save({ schema: 2, summary, columns }, [history[2], history[0], history[1]], 1);
		expect(await store.history('local-abc')).toEqual(history);
		await store.save({ schema: 2, summary, columns }, null, 2);
		expect(await store.history('local-abc')).toEqual(history);
		await store.save({ schema: 2, summary, columns }, [history[0], history[2]], 3);
		expect(await store.history('local-abc')).toEqual([history[0], history[2]]);
		// A new browser context reads the same records.
		expect(await indexedDbDatasets(connection()).history('local-abc')).toEqual([history[0], history[2]]);
		await store.remove('local-abc');
		expect(await store.history('local-abc')).toEqual([]);
	});

	it('reads version 2’s numbered import entries after the upgrade, as records whose files were not hashed', async () => {
		const v2 = await openAtlasDb({ version: 2 });
		await (v2 as unknown as { add(store: string, value: unknown): Promise<unknown> }).add('imports', {
			datasetId: 'local-abc',
			at: 1234,
			files: [{ name: 'kent.csv', bytes: 99, kept: 2, rejected: 1 }]
		});
		v2.close();
		const history = await indexedDbDatasets(connection()).history('local-abc');
		expect(history).toEqual([
			{
				id: 'local-abc#v2-1',
				datasetId: 'local-abc',
				at: 1234,
				label: 'kent.csv',
				files: [{ name: 'kent.csv', bytes: 99, sha256: null, note: NOT_HASHED_EARLIER, period: null, kept: 2, rejected: 1 }],
				months: [],
				kept: 2,
				inDataset: 2,
				replaced: []
			}
		]);
	});
});
