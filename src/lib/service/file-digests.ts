/**
 * Each chosen file's SHA-256, for the import history and for leaving out files already imported. WebCrypto digests
 * one whole buffer (it has no streaming form), so a file is read into memory to be hashed; files are hashed one at a
 * time, so at most one is held beside the import. Files over 512 MiB are not hashed and say so: holding one whole
 * next to its own import could double the tab's memory, and a streaming SHA-256 in script on this thread would add
 * seconds a gigabyte to the import. Such a file cannot be recognised by skipSeen; imported again, its months are
 * replaced by the same rows (reported unchanged), never doubled.
 */
import type { FileDigest } from '$lib/analysis/ingest/import-record';
import type { ImportFile } from '$lib/analysis/ingest/import-request';

/** The largest file hashed (see above). */
export const MAX_HASHED_BYTES = 512 * 1024 ** 2;
export const NOT_HASHED_LARGE = 'not hashed: over 512 MiB';

export function hex(bytes: ArrayBuffer): string {
	return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Lower-case hex SHA-256 of a blob's bytes. */
export async function sha256Hex(blob: Blob): Promise<string> {
	return hex(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
}

/** The digest of each file in order; never rejects: a file that cannot be hashed says why. Stops hashing once aborted. */
export async function digestFiles(files: readonly ImportFile[], signal?: AbortSignal): Promise<FileDigest[]> {
	const out: FileDigest[] = [];
	for (const { file } of files) {
		if (signal?.aborted) out.push({ sha256: null, note: 'not hashed: import cancelled' });
		else if (file.size > MAX_HASHED_BYTES) out.push({ sha256: null, note: NOT_HASHED_LARGE });
		else {
			try {
				out.push({ sha256: await sha256Hex(file) });
			} catch (error) {
				out.push({ sha256: null, note: `not hashed: ${error instanceof Error ? error.message : String(error)}` });
			}
		}
	}
	return out;
}
