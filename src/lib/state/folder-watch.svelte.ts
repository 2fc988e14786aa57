/**
 * "Watch a folder": a directory handle from the File System Access API (Chromium, on localhost or HTTPS), kept in
 * the browser store with the user's permission. "Check for new months" lists the folder's files and hands them to
 * an import that adds to the dataset and skips, by SHA-256, every file its history already holds.
 */
import type { ImportFile } from '$lib/analysis/ingest/import-request';
import type { FolderStore } from '$lib/storage/folder-store';

/** Files an import can read, at any depth (police.uk downloads put each month in a folder of its own). */
const IMPORTABLE = /\.(csv|tsv|txt|zip|geojson|json)$/i;
/** Deep enough for police.uk's month folders inside a download folder. */
const MAX_DEPTH = 3;

type Picker = (options: { id?: string; mode?: 'read' | 'readwrite' }) => Promise<FileSystemDirectoryHandle>;
type Permissioned = FileSystemDirectoryHandle & {
	queryPermission?: (d: { mode: 'read' }) => Promise<PermissionState>;
	requestPermission?: (d: { mode: 'read' }) => Promise<PermissionState>;
	entries?: () => AsyncIterable<[string, FileSystemHandle]>;
};

/** Every importable file under a folder, named by its path inside it, in path order. */
export async function folderFiles(dir: FileSystemDirectoryHandle, prefix = '', depth = 0): Promise<ImportFile[]> {
	const out: ImportFile[] = [];
	for await (const [name, handle] of (dir as Permissioned).entries!()) {
		const path = prefix ? `${prefix}/${name}` : name;
		if (handle.kind === 'directory' && depth < MAX_DEPTH) out.push(...(await folderFiles(handle as FileSystemDirectoryHandle, path, depth + 1)));
		else if (handle.kind === 'file' && IMPORTABLE.test(name)) out.push({ file: await (handle as FileSystemFileHandle).getFile(), name: path });
	}
	return out.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

export class FolderWatch {
	/** False where the browser has no File System Access API (Firefox, Safari, or a page not on localhost or HTTPS). */
	readonly supported: boolean;
	name = $state<string | null>(null);
	error = $state('');
	checking = $state(false);
	/** How many files the last check found, for the line under the buttons. */
	lastFound = $state<number | null>(null);
	private handle: FileSystemDirectoryHandle | null = null;

	constructor(
		private readonly store: FolderStore,
		/** Imports the folder's files, adding to the dataset and skipping those already imported. */
		private readonly onfiles: (files: ImportFile[]) => Promise<void>,
		scope: object = globalThis
	) {
		this.supported = typeof (scope as { showDirectoryPicker?: Picker }).showDirectoryPicker === 'function';
		this.picker = (scope as { showDirectoryPicker?: Picker }).showDirectoryPicker?.bind(scope) ?? null;
	}

	private readonly picker: Picker | null;

	async load(): Promise<void> {
		this.handle = await this.store.load().catch(() => null);
		this.name = this.handle?.name ?? null;
	}

	/** Asks for a folder; a cancelled picker changes nothing. */
	async choose(): Promise<void> {
		if (!this.picker) return;
		this.error = '';
		try {
			const handle = await this.picker({ id: 'hotspot-atlas-watch', mode: 'read' });
			this.handle = handle;
			this.name = handle.name;
			this.lastFound = null;
			await this.store.save(handle).catch(() => (this.error = 'The folder is watched until the page closes: this browser would not keep it.'));
		} catch (error) {
			if ((error as Error).name !== 'AbortError') this.error = `The folder could not be opened: ${(error as Error).message}`;
		}
	}

	/** Reads the folder (asking for permission again if the browser dropped it) and imports what is new. */
	async check(): Promise<void> {
		const handle = this.handle as Permissioned | null;
		if (!handle) return;
		this.error = '';
		this.checking = true;
		try {
			const granted = (await handle.queryPermission?.({ mode: 'read' })) ?? 'granted';
			if (granted !== 'granted' && (await handle.requestPermission?.({ mode: 'read' })) !== 'granted') {
				this.error = `Permission to read "${handle.name}" was not given.`;
				return;
			}
			const files = await folderFiles(handle);
			this.lastFound = files.length;
			if (files.length === 0) this.error = `"${handle.name}" holds no CSV, zip or GeoJSON files.`;
			else await this.onfiles(files);
		} catch (error) {
			this.error = `"${handle.name}" could not be read: ${(error as Error).message}`;
		} finally {
			this.checking = false;
		}
	}

	async forget(): Promise<void> {
		this.handle = null;
		this.name = null;
		this.lastFound = null;
		await this.store.save(null).catch(() => undefined);
	}
}
