/** Intervention sites in the browser's database, one record per site, so two tabs never overwrite each other's list. */
import type { Site } from '$lib/analysis/sites/model';
import type { AtlasDb, Settings } from './atlas-db';

/** What the sites state needs from storage; tests pass an in-memory one. */
export interface SitesStore {
	loadSites(): Promise<Site[]>;
	/** Writes these sites (added or changed), leaving every other record alone. */
	putSites(sites: readonly Site[]): Promise<void>;
	deleteSites(ids: readonly string[]): Promise<void>;
	loadSiteSettings(): Promise<Settings['sites'] | null>;
	saveSiteSettings(settings: Settings['sites']): Promise<void>;
}

export function indexedDbSites(db: () => Promise<AtlasDb>): SitesStore {
	return {
		loadSites: async () => (await db()).getAll('sites'),
		async putSites(sites) {
			// $state proxies cannot be structured-cloned; a JSON copy is plain data.
			const plain = JSON.parse(JSON.stringify(sites)) as Site[];
			const tx = (await db()).transaction('sites', 'readwrite');
			await Promise.all([...plain.map((site) => tx.store.put(site)), tx.done]);
		},
		async deleteSites(ids) {
			const tx = (await db()).transaction('sites', 'readwrite');
			await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
		},
		loadSiteSettings: async () => ((await (await db()).get('settings', 'sites')) as Settings['sites'] | undefined) ?? null,
		saveSiteSettings: async (settings) => void (await (await db()).put('settings', { ...settings }, 'sites'))
	};
}
