/**
 * The one IndexedDB database the app keeps in this browser: its versioned schema and the migration from
 * each earlier version. Nothing in it leaves the machine (IndexedDB is local to this origin and profile).
 *
 *   version 1: `datasets`, one record under the key 'current' (the imported dataset with its columns)
 *   version 2: several named datasets (`datasets` holds what a list shows, `contents` the typed arrays),
 *              an import history, sites written one record at a time, remembered column mappings,
 *              saved views and small settings
 *   version 3: import records keyed by a string id, with each file's SHA-256 and the months the import covers
 *              (version 2's numbered entries are rewritten in that shape, their files marked not hashed)
 */
import type { WeightTable } from '$lib/analysis/weights/weight-table';
import type { SavedView } from '$lib/analysis/views/saved-view';
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ColumnMapping } from '$lib/analysis/ingest/column-mapping';
import type { ImportRecord, KeptDataset } from '$lib/service/ports';
import { recordOfLegacyEntry, type LegacyImportEntry } from './legacy-imports';
import type { IncidentColumns } from '$lib/analysis/ingest/columns';
import type { DatasetSummary } from '$lib/analysis/session/dataset-summary';
import type { Site } from '$lib/analysis/sites/model';
import type { KeptAreaTable } from '$lib/analysis/monitoring/area-table-info';

export const ATLAS_DB_NAME = 'hotspot-atlas';
export const ATLAS_DB_VERSION = 3;

/** A dataset's contents: the typed columns and the summary the page draws from. */
export interface DatasetContents {
	summary: DatasetSummary;
	columns: IncidentColumns;
}

export interface MappingRecord {
	/** The header signature the mapping was confirmed for. */
	signature: string;
	mapping: ColumnMapping;
	savedAt: number;
}

/** A saved view: the link's state with a title and a note. */
/** A saved view (analysis/views/saved-view.ts): the link's state, a title and a note; never incident data. */
export type ViewRecord = SavedView;

/** Small values kept under fixed keys. */
export interface Settings {
	/** Id of the dataset loaded when the page opens. */
	'current-dataset': string;
	/** Catchment radius of point sites. */
	sites: { radiusM: number };
	/** The weight table the user loaded (one at a time), kept so a link with wt=own still works tomorrow. */
	'own-weights': WeightTable;
	/** Set once the stores of earlier versions outside this database (sites, mappings) were brought in. */
	'legacy-imported': boolean;
	/** Area-level tables (hospital admissions) with their rows, as the service holds them. */
	'area-tables': KeptAreaTable[];
	/** The folder "Check for new months" reads (a File System Access handle; Chromium keeps it with the permission). */
	'watched-folder': FileSystemDirectoryHandle;
}
export type SettingKey = keyof Settings;

export interface AtlasDbSchema extends DBSchema {
	/** What a list of kept datasets shows, so listing never reads the columns (~60 MB at 1,000,000 rows). */
	datasets: { key: string; value: KeptDataset; indexes: { savedAt: number } };
	/** Keyed by dataset id. */
	contents: { key: string; value: DatasetContents };
	/** Keyed by the record's id ("<dataset id>#<n>"). */
	imports: { key: string; value: ImportRecord; indexes: { datasetId: string } };
	sites: { key: string; value: Site };
	mappings: { key: string; value: MappingRecord };
	views: { key: string; value: ViewRecord; indexes: { savedAt: number } };
	settings: { key: SettingKey; value: Settings[SettingKey] };
}

export type AtlasDb = IDBPDatabase<AtlasDbSchema>;
type UpgradeTx = IDBPTransaction<AtlasDbSchema, StoreNames<AtlasDbSchema>[], 'versionchange'>;

/** The version-1 record, as that version wrote it. */
interface V1Dataset {
	schema?: number;
	summary: DatasetSummary;
	columns: IncidentColumns;
}

// The schema types describe the latest version; earlier versions' stores are reached without them.
type Untyped = IDBPDatabase<unknown>;
type UntypedTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** migrations[v] turns version v - 1 into version v, inside the one upgrade transaction. */
const migrations: Record<number, (db: AtlasDb, tx: UpgradeTx) => Promise<void> | void> = {
	1: (db) => {
		(db as unknown as Untyped).createObjectStore('datasets');
	},
	2: async (db, tx) => {
		const old = (await (tx as unknown as UntypedTx).objectStore('datasets').get('current')) as V1Dataset | undefined;
		db.deleteObjectStore('datasets');
		db.createObjectStore('datasets', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
		db.createObjectStore('contents');
		db.createObjectStore('imports', { keyPath: 'id', autoIncrement: true }).createIndex('datasetId', 'datasetId');
		db.createObjectStore('sites', { keyPath: 'id' });
		db.createObjectStore('mappings', { keyPath: 'signature' });
		db.createObjectStore('views', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
		db.createObjectStore('settings');
		if (!old) return;
		const { summary, columns, schema } = old;
		await Promise.all([
			tx.objectStore('datasets').put(keptDataset(summary, schema, 0)),
			tx.objectStore('contents').put({ summary, columns }, summary.id),
			tx.objectStore('settings').put(summary.id, 'current-dataset')
		]);
	},
	3: async (db, tx) => {
		const old = (await (tx as unknown as UntypedTx).objectStore('imports').getAll()) as LegacyImportEntry[];
		db.deleteObjectStore('imports');
		db.createObjectStore('imports', { keyPath: 'id' }).createIndex('datasetId', 'datasetId');
		await Promise.all(old.map((entry) => tx.objectStore('imports').put(recordOfLegacyEntry(entry))));
	}
};

export interface OpenOptions {
	/** Opens an earlier version, for migration tests. */
	version?: number;
	/** Called when this connection closes because another tab asked to upgrade, or the browser ended it. */
	onclose?: () => void;
}

/** Opens the database, bringing it up from whatever version this browser holds; a failed step aborts the whole upgrade. */
export function openAtlasDb({ version = ATLAS_DB_VERSION, onclose }: OpenOptions = {}): Promise<AtlasDb> {
	return openDB<AtlasDbSchema>(ATLAS_DB_NAME, version, {
		upgrade(db, oldVersion, newVersion, tx) {
			// The open call reports a failed upgrade; the transaction's own promise need not.
			tx.done.catch(() => undefined);
			void (async () => {
				for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) await migrations[v](db, tx);
			})().catch(() => {
				try {
					tx.abort();
				} catch {
					// Already finished or aborted: the open call reports the failure.
				}
			});
		},
		blocking(_current, _blocked, event) {
			(event.target as IDBDatabase).close();
			onclose?.();
		},
		terminated: () => onclose?.()
	});
}

/**
 * One shared connection per context, reopened after another tab's upgrade closed it, so a long-lived page
 * never holds up a newer version in another tab.
 */
export function connection(): () => Promise<AtlasDb> {
	let current: Promise<AtlasDb> | null = null;
	return () => {
		current ??= openAtlasDb({ onclose: () => (current = null) }).catch((error) => {
			current = null;
			throw error;
		});
		return current;
	};
}

/** The list entry of a dataset. */
export function keptDataset(summary: DatasetSummary, schema: number | undefined, savedAt: number): KeptDataset {
	const { id, label, kind, rows, inArea, monthRange, sources } = summary;
	return { id, name: label, kind, schema, rows, inArea, monthRange, sources: [...sources], savedAt };
}
