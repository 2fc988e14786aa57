/** The watched folder's handle in the browser's database (settings store): Chromium keeps it, and asks again for permission when needed. */
import type { AtlasDb } from './atlas-db';

export interface FolderStore {
	load(): Promise<FileSystemDirectoryHandle | null>;
	/** Keeps a folder, or forgets it with null. */
	save(handle: FileSystemDirectoryHandle | null): Promise<void>;
}

export function indexedDbFolder(db: () => Promise<AtlasDb>): FolderStore {
	return {
		async load() {
			return ((await (await db()).get('settings', 'watched-folder')) as FileSystemDirectoryHandle | undefined) ?? null;
		},
		async save(handle) {
			const d = await db();
			await (handle ? d.put('settings', handle, 'watched-folder') : d.delete('settings', 'watched-folder'));
		}
	};
}
