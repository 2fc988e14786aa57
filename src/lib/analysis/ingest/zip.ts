/**
 * police.uk download archives: streams a .zip through fflate (Node and browser alike) and feeds
 * each YYYY-MM/YYYY-MM-<force>-street.csv entry to an ingest; every other entry is listed as skipped.
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

/** Local file header or empty-archive signature: anything else is not a zip. */
function looksLikeZip(head: Uint8Array): boolean {
	return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

/** Reads an archive into the ingest; throws IngestError('unreadable_zip') for data fflate cannot read. */
export async function ingestZip(ingest: Ingest, name: string, sizeBytes: number, chunks: AsyncIterable<Uint8Array>, options: ChunkOptions = {}): Promise<void> {
	if (sizeBytes > ingest.maxFileBytes) {
		ingest.beginFile(name, sizeBytes, { read: false, code: 'file_too_large' });
		ingest.endFile();
		return;
	}
	let open = false;
	let failure: unknown = null;
	let decoder = createChunkDecoder(ingest.encoding);
	const unzip = new Unzip((file: UnzipFile) => {
		if (file.name.endsWith('/')) return;
		if (open) ingest.endFile();
		const kind = ingest.classify(file.name, { inArchive: true });
		const read = ingest.beginFile(`${name}:${file.name}`, file.originalSize ?? 0, kind).read;
		if (!read) {
			ingest.endFile();
			return;
		}
		open = true;
		decoder = createChunkDecoder(ingest.encoding);
		file.ondata = (err, data, final) => {
			if (err) {
				failure ??= err;
				return;
			}
			const text = decoder.decode(data, final);
			ingest.push(text, data.length);
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
			unzip.push(chunk);
			if (failure) throw failure;
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
