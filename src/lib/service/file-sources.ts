/** Chosen files as the ingest's byte sources, read in chunks with a break now and then so a cancel gets in. */
import type { ByteSource } from '$lib/analysis/ingest';
import type { ImportFile } from '$lib/analysis/ingest/import-request';

/** How long a read may run before it lets queued messages (a cancel) in. */
const YIELD_INTERVAL_MS = 50;

/** A Blob's bytes as its stream hands them over, with a break every YIELD_INTERVAL_MS so a cancel gets in. */
export async function* chunksOf(file: Blob): AsyncIterable<Uint8Array> {
	const reader = file.stream().getReader();
	let lastYield = performance.now();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return;
		yield value;
		// Stream reads resolve as microtasks, so without a macrotask break a cancel message would wait for the end.
		if (performance.now() - lastYield > YIELD_INTERVAL_MS) {
			await new Promise((resolve) => setTimeout(resolve, 0));
			lastYield = performance.now();
		}
	}
}

export function byteSource({ file, name }: ImportFile): ByteSource {
	return { name, sizeBytes: file.size, chunks: () => chunksOf(file) };
}
