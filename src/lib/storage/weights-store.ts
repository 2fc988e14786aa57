/** The user's own weight table in the browser's database (settings store), read back through the app's own check. */
import { parseWeightTable, type WeightTable } from '$lib/analysis/weights/weight-table';
import type { AtlasDb } from './atlas-db';

export interface WeightStore {
	/** The kept table, or null when none is kept or the kept one no longer passes the check. */
	load(): Promise<WeightTable | null>;
	/** Keeps a table, or forgets it with null. */
	save(table: WeightTable | null): Promise<void>;
}

export function indexedDbWeights(db: () => Promise<AtlasDb>): WeightStore {
	return {
		async load() {
			const kept = await (await db()).get('settings', 'own-weights');
			const table = kept === undefined ? null : parseWeightTable(kept);
			return table && !('error' in table) ? table : null;
		},
		async save(table) {
			const d = await db();
			await (table ? d.put('settings', structuredClone(table), 'own-weights') : d.delete('settings', 'own-weights'));
		}
	};
}
