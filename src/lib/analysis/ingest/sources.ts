/**
 * Drives an ingest from byte streams: plain CSVs are decoded with a streaming TextDecoder (a chunk
 * may end inside a multi-byte character) and zips go through ingestZip. Used by the worker and CLI.
 */
import type { Ingest } from './ingest';
import { createChunkDecoder } from './text-decoding';
import { ingestZip, type ChunkOptions } from './zip';

export interface ByteSource {
	/** File name or path; decides street / outcomes / stop-and-search / zip. */
	readonly name: string;
	readonly sizeBytes: number;
	/** Opened only when the file is read, so refused and skipped files cost nothing. */
	chunks(): AsyncIterable<Uint8Array>;
}

export function isZipName(name: string): boolean {
	return name.toLowerCase().endsWith('.zip');
}

/** Reads one source into the ingest (a zip may add many files to the report). */
export async function ingestSource(ingest: Ingest, source: ByteSource, options: ChunkOptions = {}): Promise<void> {
	options.signal?.throwIfAborted();
	if (isZipName(source.name)) return ingestZip(ingest, source.name, source.sizeBytes, source.chunks(), options);
	const kind = ingest.beginFile(source.name, source.sizeBytes, ingest.classify(source.name));
	if (kind.read) {
		const decoder = createChunkDecoder(ingest.encoding);
		for await (const chunk of source.chunks()) {
			options.signal?.throwIfAborted();
			ingest.push(decoder.decode(chunk), chunk.length);
			options.onChunk?.();
		}
		ingest.push(decoder.decode(new Uint8Array(0), true), 0);
		ingest.noteEncoding(decoder.encoding);
	}
	ingest.endFile();
}

/** Reads sources in order. */
export async function ingestSources(ingest: Ingest, sources: readonly ByteSource[], options: ChunkOptions = {}): Promise<void> {
	for (const s of sources) await ingestSource(ingest, s, options);
}

/** A ByteSource over bytes already in memory, cut into chunks (tests, small files). */
export function bytesSource(name: string, bytes: Uint8Array, chunkSize = 1 << 16): ByteSource {
	return {
		name,
		sizeBytes: bytes.length,
		async *chunks() {
			for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
		}
	};
}
