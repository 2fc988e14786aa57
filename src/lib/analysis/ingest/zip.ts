/**
 * police.uk download archives: streams a .zip through fflate (Node and browser alike) and feeds each
 * YYYY-MM/YYYY-MM-<force>-street.csv entry to an ingest; every other entry is listed as skipped. Hostile
 * archives are bounded by what is really decompressed, not what the archive declares: the total, the ratio
 * per entry, the number of entries, and text pushed in pieces of at most 1 MiB.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { IngestError } from './codes';
import type { Ingest } from './ingest';
import { createChunkDecoder } from './text-decoding';

export interface ChunkOptions {
	/** Checked between chunks; an aborted signal stops the import with its reason. */
	signal?: AbortSignal;
	/** Called after each chunk, e.g. to post progress. */
	onChunk?: () => void;
}

export interface ZipLimits {
	/** Most entries an archive may hold. */
	maxEntries: number;
	/** Most bytes one entry may decompress to per compressed byte (plus 1 MiB, so small files are never refused). */
	maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxRatio: 100 };

/** Decompressed text reaches the ingest in pieces no larger than this, whatever fflate hands over. */
export const MAX_PIECE_BYTES = 1 << 20;
/** The archive is fed to fflate in pieces this small: its reader recurses once per entry in a piece. */
const FEED_BYTES = 16 * 1024;
/** Compression methods fflate reads here: 0 stored, 8 deflate. */
const READABLE_METHODS = new Set([0, 8]);

/** Local file header or empty-archive signature: anything else is not a zip. */
function looksLikeZip(head: Uint8Array): boolean {
	return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

/** An entry name that would land outside a folder it was unpacked into. */
export function unsafeEntryName(name: string): boolean {
	return /^([/\\]|[A-Za-z]:)/.test(name) || name.split(/[/\\]/).includes('..');
}

/** Reads an archive into the ingest; throws IngestError for data fflate cannot read or an archive over the limits. */
export async function ingestZip(ingest: Ingest, name: string, sizeBytes: number, chunks: AsyncIterable<Uint8Array>, options: ChunkOptions = {}, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
	if (sizeBytes > ingest.maxFileBytes) {
		ingest.beginFile(name, sizeBytes, { read: false, code: 'file_too_large' });
		ingest.endFile();
		return;
	}
	let open = false;
	let failure: unknown = null;
	let entries = 0;
	let total = 0;
	/** Compressed bytes handed to fflate so far. */
	let fed = 0;
	const seen = new Set<string>();
	const skip = (entry: string, size: number, code: Parameters<Ingest['beginFile']>[2] & { read: false }) => {
		ingest.beginFile(`${name}:${entry}`, size, code);
		ingest.endFile();
	};
	const unzip = new Unzip((file: UnzipFile) => {
		if (failure) return;
		if (++entries > limits.maxEntries) {
			failure = new IngestError('zip_too_many_entries', `${name} (more than ${limits.maxEntries.toLocaleString('en-GB')})`);
			return;
		}
		if (file.name.endsWith('/')) return;
		if (open) {
			open = false;
			ingest.endFile();
		}
		const size = file.originalSize ?? 0;
		if (unsafeEntryName(file.name)) return skip(file.name, size, { read: false, code: 'zip_entry_unsafe_name' });
		if (seen.has(file.name)) return skip(file.name, size, { read: false, code: 'zip_entry_duplicate' });
		seen.add(file.name);
		if (/\.zip$/i.test(file.name)) return skip(file.name, size, { read: false, code: 'zip_nested' });
		const kind = ingest.classify(file.name, { inArchive: true });
		if (kind.read && !READABLE_METHODS.has(file.compression)) return skip(file.name, size, { read: false, code: 'zip_entry_unsupported' });
		const read = ingest.beginFile(`${name}:${file.name}`, size, kind).read;
		if (!read) {
			ingest.endFile();
			return;
		}
		open = true;
		const decoder = createChunkDecoder(ingest.encoding);
		// The declared size may lie: the ratio is checked against what really comes out.
		const allowed = file.size && file.size > 0 ? file.size * limits.maxRatio + MAX_PIECE_BYTES : Infinity;
		let out = 0;
		file.ondata = (err, data, final) => {
			if (failure) return;
			if (err) {
				failure = err;
				return;
			}
			out += data.length;
			total += data.length;
			// Entries whose size comes after their data are held to the archive's ratio so far instead.
			const ratioExceeded = out > allowed || total > fed * limits.maxRatio + MAX_PIECE_BYTES;
			if (ratioExceeded || total > ingest.maxFileBytes) {
				const why = ratioExceeded ? `more than ${limits.maxRatio} times its compressed size` : `more than ${Math.round(ingest.maxFileBytes / 2 ** 20)} MiB in all`;
				failure = new IngestError('zip_too_large', `${name}:${file.name} decompresses to ${why}`);
				file.terminate();
				return;
			}
			for (let i = 0; i < data.length; i += MAX_PIECE_BYTES) {
				const piece = data.subarray(i, i + MAX_PIECE_BYTES);
				ingest.push(decoder.decode(piece, final && i + MAX_PIECE_BYTES >= data.length), piece.length);
			}
			if (data.length === 0 && final) ingest.push(decoder.decode(data, true), 0);
			if (final) {
				ingest.noteEncoding(decoder.encoding);
				open = false;
				ingest.endFile();
			}
		};
		file.start();
	});
	unzip.register(UnzipInflate);
	let first = true;
	try {
		for await (const chunk of chunks) {
			options.signal?.throwIfAborted();
			if (first && chunk.length > 0) {
				if (!looksLikeZip(chunk)) throw new IngestError('unreadable_zip', name);
				first = false;
			}
			for (let i = 0; i < chunk.length; i += FEED_BYTES) {
				const piece = chunk.subarray(i, i + FEED_BYTES);
				fed += piece.length;
				unzip.push(piece);
				if (failure) throw failure;
			}
			options.onChunk?.();
		}
		if (first) throw new IngestError('unreadable_zip', name);
		unzip.push(new Uint8Array(0), true);
		if (failure) throw failure;
	} catch (e) {
		if (e instanceof IngestError || (options.signal?.aborted ?? false)) throw e;
		throw new IngestError('unreadable_zip', `${name}: ${e instanceof Error ? e.message : String(e)}`);
	}
	if (open) ingest.endFile();
}
