/**
 * Turns what the user picked or dropped into ImportFiles without reading a byte: a folder's files keep
 * their relative paths (police.uk's YYYY-MM/ layout), and files are ordered by name so months ingest in order.
 */
import type { ImportFile } from '$lib/analysis/ingest/import-request';

/** The parts of File this module uses, so tests can pass plain objects. */
export interface PickedFile {
	readonly name: string;
	readonly size: number;
	readonly webkitRelativePath?: string;
}

export function byName<T extends { name: string }>(a: T, b: T): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** From an <input type="file">: the relative path when the input picked a folder, else the file name. */
export function importFilesOf<F extends PickedFile>(files: Iterable<F>): { file: F; name: string }[] {
	return [...files].map((file) => ({ file, name: file.webkitRelativePath || file.name })).sort(byName);
}

/** Files the worker will refuse as too large; they are still sent so the report lists them. */
export function oversized<F extends PickedFile>(files: readonly { file: F; name: string }[], maxFileBytes: number): { file: F; name: string }[] {
	return files.filter((f) => f.file.size > maxFileBytes);
}

/** The subset of the File and Directory Entries API a drop gives us. */
export interface DroppedEntry {
	readonly isFile: boolean;
	readonly isDirectory: boolean;
	readonly fullPath: string;
}
interface DroppedFileEntry extends DroppedEntry {
	file(success: (file: File) => void, failure?: (error: unknown) => void): void;
}
interface DroppedDirectoryEntry extends DroppedEntry {
	createReader(): { readEntries(success: (entries: DroppedEntry[]) => void, failure?: (error: unknown) => void): void };
}

function fileOf(entry: DroppedFileEntry): Promise<File> {
	return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function childrenOf(entry: DroppedDirectoryEntry): Promise<DroppedEntry[]> {
	const reader = entry.createReader();
	const all: DroppedEntry[] = [];
	// readEntries answers in batches (100 in Chromium) and an empty batch at the end.
	for (;;) {
		const batch = await new Promise<DroppedEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
		if (batch.length === 0) return all;
		all.push(...batch);
	}
}

/** Walks dropped files and folders; names are paths relative to the drop, without the leading slash. */
export async function importFilesOfEntries(entries: readonly DroppedEntry[]): Promise<ImportFile[]> {
	const out: ImportFile[] = [];
	const walk = async (entry: DroppedEntry): Promise<void> => {
		if (entry.isFile) out.push({ file: await fileOf(entry as DroppedFileEntry), name: entry.fullPath.replace(/^\/+/, '') });
		else if (entry.isDirectory) for (const child of await childrenOf(entry as DroppedDirectoryEntry)) await walk(child);
	};
	for (const entry of entries) await walk(entry);
	return out.sort(byName);
}
