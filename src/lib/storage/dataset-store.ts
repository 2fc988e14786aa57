/** Kept datasets in the browser's database: several by id, one current, each with its import history. */
import type { DatasetStore, ImportEntry, KeptDataset } from '$lib/service/ports';
import { keptDataset, type AtlasDb } from './atlas-db';

export function indexedDbDatasets(db: () => Promise<AtlasDb>): DatasetStore {
	const currentId = async (d: AtlasDb) => ((await d.get('settings', 'current-dataset')) as string | undefined) ?? null;

	return {
		async save({ summary, columns, schema }, history, savedAt) {
			const tx = (await db()).transaction(['datasets', 'contents', 'imports', 'settings'], 'readwrite');
			// One transaction: the list, the contents and the history are written together or not at all.
			await Promise.all([
				tx.objectStore('datasets').put(keptDataset(summary, schema, savedAt)),
				tx.objectStore('contents').put({ summary, columns }, summary.id),
				history ? tx.objectStore('imports').add(history) : null,
				tx.objectStore('settings').put(summary.id, 'current-dataset'),
				tx.done
			]);
		},

		async load(id) {
			const d = await db();
			const key = id ?? (await currentId(d));
			if (key === null) return null;
			const [kept, contents] = await Promise.all([d.get('datasets', key), d.get('contents', key)]);
			return kept && contents ? { schema: kept.schema, ...contents } : null;
		},

		async setCurrent(id) {
			const d = await db();
			if (!(await d.getKey('datasets', id))) throw new Error(`No dataset ${id} is kept in this browser.`);
			await d.put('settings', id, 'current-dataset');
		},

		async list() {
			const d = await db();
			const [datasets, current] = await Promise.all([d.getAllFromIndex('datasets', 'savedAt'), currentId(d)]);
			return { datasets: datasets.reverse() as KeptDataset[], current };
		},

		async remove(id) {
			const d = await db();
			const key = id ?? (await currentId(d));
			if (key === null) return;
			const tx = d.transaction(['datasets', 'contents', 'imports', 'settings'], 'readwrite');
			const imports = await tx.objectStore('imports').index('datasetId').getAllKeys(key);
			const current = await tx.objectStore('settings').get('current-dataset');
			await Promise.all([
				tx.objectStore('datasets').delete(key),
				tx.objectStore('contents').delete(key),
				...imports.map((k) => tx.objectStore('imports').delete(k)),
				current === key ? tx.objectStore('settings').delete('current-dataset') : null,
				tx.done
			]);
		},

		async history(id) {
			const entries = await (await db()).getAllFromIndex('imports', 'datasetId', id);
			return entries.map(({ datasetId, at, files }): ImportEntry => ({ datasetId, at, files }));
		}
	};
}
