/** The page's stores in the one browser database, opened once, after anything earlier versions kept elsewhere is brought in. */
import { connection, type AtlasDb } from './atlas-db';
import { importLegacyStores } from './legacy-stores';
import { indexedDbMappings } from './mapping-store';
import { indexedDbSites } from './sites-store';
import { indexedDbWeights } from './weights-store';
import { indexedDbViews } from './views-store';
import { indexedDbFolder } from './folder-store';

export function browserStores(storage: Storage | null, now: () => number) {
	const open = connection();
	let legacy: Promise<void> | null = null;
	const db = async (): Promise<AtlasDb> => {
		const d = await open();
		// A failure to read the old copies must not keep the app from its current store; they stay for the next try.
		legacy ??= importLegacyStores(d, storage, now()).catch(() => {
			legacy = null;
		});
		await legacy;
		return d;
	};
	return { sites: indexedDbSites(db), mappings: indexedDbMappings(db), weights: indexedDbWeights(db), views: indexedDbViews(db), folder: indexedDbFolder(db) };
}
