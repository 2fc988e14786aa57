/**
 * Brings in what versions before the one database kept elsewhere: sites in their own database
 * ('hotspot-atlas-sites', version 1) and column mappings in localStorage. Runs once per browser, then
 * deletes the old copies so they can never come back over newer edits.
 */
import { deleteDB, openDB } from 'idb';
import type { Site } from '$lib/analysis/sites/model';
import type { AtlasDb } from './atlas-db';

export const LEGACY_SITES_DB = 'hotspot-atlas-sites';
export const LEGACY_MAPPING_PREFIX = 'hotspot-atlas:columns:';

type LegacyStorage = Pick<Storage, 'length' | 'key' | 'getItem' | 'removeItem'>;

interface LegacyContents {
	sites: Site[];
	radiusM: number | null;
	mappings: { signature: string; mapping: unknown }[];
}

async function readLegacySites(): Promise<Pick<LegacyContents, 'sites' | 'radiusM'>> {
	// Opening without a version never upgrades an existing database; a missing one is created empty and deleted below.
	const old = await openDB(LEGACY_SITES_DB);
	try {
		const names = old.objectStoreNames;
		const sites = names.contains('sites') ? ((await old.getAll('sites')) as Site[]) : [];
		const settings = names.contains('settings') ? ((await old.get('settings', 'settings')) as { radiusM?: number } | undefined) : undefined;
		return { sites, radiusM: typeof settings?.radiusM === 'number' ? settings.radiusM : null };
	} finally {
		old.close();
	}
}

function readLegacyMappings(storage: LegacyStorage | null): LegacyContents['mappings'] {
	const found: LegacyContents['mappings'] = [];
	for (let i = 0; storage && i < storage.length; i++) {
		const key = storage.key(i);
		if (!key?.startsWith(LEGACY_MAPPING_PREFIX)) continue;
		try {
			found.push({ signature: key.slice(LEGACY_MAPPING_PREFIX.length), mapping: JSON.parse(storage.getItem(key) ?? 'null') });
		} catch {
			// Not JSON: nothing a reader could use.
		}
	}
	return found;
}

/** Copies the old stores in (never over a record the new database already has), then removes them. */
export async function importLegacyStores(db: AtlasDb, storage: LegacyStorage | null, now: number): Promise<void> {
	if (await db.get('settings', 'legacy-imported')) return;
	const { sites, radiusM } = await readLegacySites();
	const mappings = readLegacyMappings(storage);
	const tx = db.transaction(['sites', 'mappings', 'settings'], 'readwrite');
	const sitesStore = tx.objectStore('sites');
	const mappingStore = tx.objectStore('mappings');
	const settings = tx.objectStore('settings');
	for (const site of sites) if (!(await sitesStore.getKey(site.id))) await sitesStore.put(site);
	for (const { signature, mapping } of mappings) {
		if (!(await mappingStore.getKey(signature))) await mappingStore.put({ signature, mapping: mapping as never, savedAt: now });
	}
	if (radiusM !== null && !(await settings.get('sites'))) await settings.put({ radiusM }, 'sites');
	await settings.put(true, 'legacy-imported');
	await tx.done;
	await deleteDB(LEGACY_SITES_DB);
	for (const { signature } of mappings) storage?.removeItem(LEGACY_MAPPING_PREFIX + signature);
}
