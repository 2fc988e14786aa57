import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import type { IncidentColumns } from '$lib/analysis/ingest/columns';
import type { DatasetSummary } from '$lib/analysis/session/dataset-summary';
import type { Site } from '$lib/analysis/sites/model';
import { freshIndexedDb } from '$lib/test-support/fresh-indexeddb';
import { ATLAS_DB_NAME, ATLAS_DB_VERSION, connection, openAtlasDb } from './atlas-db';
import { browserStores } from './browser-stores';
import { indexedDbDatasets } from './dataset-store';
import { LEGACY_MAPPING_PREFIX, LEGACY_SITES_DB } from './legacy-stores';

// A dataset as version 1 wrote it: the summary and columns under the key 'current'.
const summary = { id: 'local-abc', kind: 'local', label: 'kent.csv', rows: 2, inArea: 2, monthRange: [24288, 24288], sources: ['kent.csv'] } as unknown as DatasetSummary;
const columns = { length: 2, lng: new Float64Array([0.52, 0.53]), lat: new Float64Array([51.27, 51.28]), cell8: new Uint32Array([0, 1]) } as unknown as IncidentColumns;
const site: Site = { id: 'site-1', name: 'Club', programme: 'community-sport', geometry: { kind: 'point', lng: 0.52, lat: 51.38 } } as unknown as Site;

/** Writes a database exactly as version 1 of the app did (its own raw IndexedDB code, not this module's migration). */
async function writeVersion1(record: unknown | null) {
	const db = await openDB(ATLAS_DB_NAME, 1, { upgrade: (d) => void d.createObjectStore('datasets') });
	if (record) await db.put('datasets', record, 'current');
	db.close();
}

async function writeLegacySites(sites: Site[], radiusM: number) {
	const db = await openDB(LEGACY_SITES_DB, 1, {
		upgrade(d) {
			d.createObjectStore('sites', { keyPath: 'id' });
			d.createObjectStore('settings');
		}
	});
	for (const s of sites) await db.put('sites', s);
	await db.put('settings', { radiusM }, 'settings');
	db.close();
}

function memoryStorage(entries: Record<string, string>): Storage {
	const items = new Map(Object.entries(entries));
	return {
		get length() {
			return items.size;
		},
		key: (i: number) => [...items.keys()][i] ?? null,
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v),
		removeItem: (k: string) => void items.delete(k),
		clear: () => items.clear()
	};
}

const STORES = ['contents', 'datasets', 'imports', 'mappings', 'settings', 'sites', 'views'];

describe('the browser database', () => {
	beforeEach(freshIndexedDb);

	it('is created at the current version with every store from nothing', async () => {
		const db = await openAtlasDb();
		expect(db.version).toBe(ATLAS_DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(STORES);
		expect(await db.getAll('datasets')).toEqual([]);
		db.close();
	});

	it('migrates version 1 with a kept dataset: the same summary and columns come back, listed and current', async () => {
		await writeVersion1({ summary, columns });
		const store = indexedDbDatasets(connection());
		const loaded = await store.load();
		expect(loaded?.schema).toBeUndefined();
		expect(loaded?.summary).toEqual(summary);
		expect(Array.from(loaded!.columns.lng)).toEqual([0.52, 0.53]);
		expect(loaded!.columns.cell8).toBeInstanceOf(Uint32Array);
		expect(await store.list()).toEqual({
			datasets: [{ id: 'local-abc', name: 'kent.csv', kind: 'local', schema: undefined, rows: 2, inArea: 2, monthRange: [24288, 24288], sources: ['kent.csv'], savedAt: 0 }],
			current: 'local-abc'
		});
	});

	it('migrates version 1 with a schema-2 record, keeping its schema so it is not re-derived', async () => {
		await writeVersion1({ schema: 2, summary, columns });
		expect((await indexedDbDatasets(connection()).load())?.schema).toBe(2);
	});

	it('migrates an empty version 1 to an empty current version', async () => {
		await writeVersion1(null);
		const store = indexedDbDatasets(connection());
		expect(await store.load()).toBeNull();
		expect(await store.list()).toEqual({ datasets: [], current: null });
	});

	it('leaves version 1 untouched when the upgrade fails part-way', async () => {
		await writeVersion1({ summary: null, columns });
		await expect(openAtlasDb()).rejects.toThrow();
		const old = await openDB(ATLAS_DB_NAME);
		expect(old.version).toBe(1);
		expect(await old.get('datasets', 'current')).toMatchObject({ summary: null });
		old.close();
	});

	it('closes an older connection that would block the upgrade (another tab on version 1)', async () => {
		let closed = false;
		const older = await openAtlasDb({ version: 1, onclose: () => (closed = true) });
		const newer = await openAtlasDb();
		expect(closed).toBe(true);
		expect(newer.version).toBe(ATLAS_DB_VERSION);
		newer.close();
		older.close();
	});

	it('brings in the sites database and localStorage mappings of earlier versions once, then deletes them', async () => {
		await writeLegacySites([site], 650);
		const mapping = { version: 1, coordinates: { kind: 'lnglat', lng: 'x', lat: 'y' }, date: 'd', decimal: 'point', delimiter: ',' };
		const storage = memoryStorage({ [`${LEGACY_MAPPING_PREFIX}h3-abc`]: JSON.stringify(mapping), 'hotspot-atlas:basemap': 'keep me', [`${LEGACY_MAPPING_PREFIX}bad`]: '{' });
		const stores = browserStores(storage, () => 1234);
		expect(await stores.sites.loadSites()).toEqual([site]);
		expect(await stores.sites.loadSiteSettings()).toEqual({ radiusM: 650 });
		expect(await stores.mappings.loadAll()).toEqual(new Map([['h3-abc', mapping]]));
		expect(storage.getItem(`${LEGACY_MAPPING_PREFIX}h3-abc`)).toBeNull();
		expect(storage.getItem('hotspot-atlas:basemap')).toBe('keep me');
		const names = (await indexedDB.databases()).map((d) => d.name);
		expect(names).not.toContain(LEGACY_SITES_DB);

		// Edits after the import are never overwritten by a second start-up.
		await stores.sites.deleteSites([site.id]);
		await writeLegacySites([site], 650);
		expect(await browserStores(storage, () => 1).sites.loadSites()).toEqual([]);
	});

	it('writes sites one record at a time: two tabs adding sites keep both', async () => {
		const tabA = browserStores(null, Date.now).sites;
		const tabB = browserStores(null, Date.now).sites;
		await tabA.putSites([site]);
		await tabB.putSites([{ ...site, id: 'site-2', name: 'Youth club' }]);
		expect((await tabA.loadSites()).map((s) => s.id)).toEqual(['site-1', 'site-2']);
		await tabB.deleteSites(['site-2']);
		expect((await tabA.loadSites()).map((s) => s.id)).toEqual(['site-1']);
	});
});
