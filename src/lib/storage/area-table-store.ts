/** The area-level tables (hospital admissions) in the browser's database (settings store), for the service in the worker. */
import type { KeptAreaTable } from '$lib/analysis/monitoring/area-table-info';
import type { AreaTableStore } from '$lib/service/area-tables';
import type { AtlasDb } from './atlas-db';

export function indexedDbAreaTables(db: () => Promise<AtlasDb>): AreaTableStore {
	return {
		async load() {
			return ((await (await db()).get('settings', 'area-tables')) as KeptAreaTable[] | undefined) ?? [];
		},
		async save(tables) {
			const d = await db();
			await (tables.length ? d.put('settings', structuredClone([...tables]), 'area-tables') : d.delete('settings', 'area-tables'));
		}
	};
}
