/** Kept datasets in the browser's database: several by id, one current, each with its import history. */
import type { DatasetStore, ImportRecord, KeptDataset } from '$lib/service/ports';
import { keptDataset, type AtlasDb } from './atlas-db';

export function indexedDbDatasets(db: () => Promise<AtlasDb>): DatasetStore {
	const currentId = async (d: AtlasDb) => ((await d.get('settings', 'current-dataset')) as string | undefined) ?? null;

	return {
		async save({ summary, columns, schema }, history, savedAt) {
			const tx = (await db()).transaction(['datasets', 'contents', 'imports', 'settings'], 'readwrite');
			const imports = tx.objectStore('imports');
			// A history given replaces the kept one: records of removed imports go, the rest are written as they now stand.
			const replaceHistory = async (records: ImportRecord[]) => {
				const keys = await imports.index('datasetId').getAllKeys(summary.id);
				await Promise.all([...keys.filter((k) => !records.some((r) => r.id === k)).map((k) => imports.delete(k)), ...records.map((r) => imports.put(r))]);
			};
			// One transaction: the list, the contents and the history are written together or not at all.
			await Promise.all([
				tx.objectStore('datasets').put(keptDataset(summary, schema, savedAt)),
				tx.objectStore('contents').put({ summary, columns }, summary.id),
				history ? replaceHistory(history) : null,
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
			const records = await (await db()).getAllFromIndex('imports', 'datasetId', id);
			return records.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id, 'en', { numeric: true }));
		}
	};
}
