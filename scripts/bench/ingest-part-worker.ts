/**
 * A worker_threads worker for the ingest bench: reads one part of a CSV held in a SharedArrayBuffer (no copy of the
 * file per thread) with its own ingest and posts the part's result back, its typed arrays transferred.
 */
import { parentPort } from 'node:worker_threads';
import { createIngest, transferables } from '../../src/lib/analysis/ingest/index';
import { ingestPart, type PartResult } from '../../src/lib/analysis/ingest/parallel-ingest';
import { readAssignmentAreas } from '../assignment-areas';
import { threadCpuSeconds } from './thread-cpu';

export interface PartJob {
	id: number;
	name: string;
	/** The whole file. */
	file: SharedArrayBuffer;
	part: 'first' | 'second';
	start: number;
	end: number;
	/** Bytes [0, headerEnd) are the header line, repeated in front of a second part. */
	headerEnd: number;
}

/** cpuSeconds: this thread's CPU time for the part (thread-cpu.ts). */
export type PartReply = { id: number; part: PartResult; cpuSeconds: number } | { id: number; error: string };

/** Decoded and pushed in pieces of this size, as the app reads a File. */
const CHUNK_BYTES = 1 << 20;

const port = parentPort!;
// Built once per thread, as the main thread's is, and not counted in the timings.
const areas = readAssignmentAreas();

function* pieces(bytes: Uint8Array): Iterable<Uint8Array> {
	for (let i = 0; i < bytes.length; i += CHUNK_BYTES) yield bytes.subarray(i, i + CHUNK_BYTES);
}

function buffersOf({ result, points }: PartResult): ArrayBuffer[] {
	const { issues } = result.report;
	const counted = points ? [points.lng.buffer, points.lat.buffer, points.rows.buffer] : [];
	return [...transferables(result.columns), issues.source.buffer, issues.line.buffer, issues.code.buffer, ...counted] as ArrayBuffer[];
}

port.on('message', (job: PartJob) => {
	const bytes = new Uint8Array(job.file);
	const header = job.part === 'second' ? bytes.subarray(0, job.headerEnd) : undefined;
	const cpu = threadCpuSeconds();
	ingestPart(createIngest({ areas, skipPoliceUkPrecision: true }), { name: job.name, sizeBytes: bytes.length, part: job.part, header, chunks: pieces(bytes.subarray(job.start, job.end)) }).then(
		(part) => port.postMessage({ id: job.id, part, cpuSeconds: threadCpuSeconds() - cpu } satisfies PartReply, buffersOf(part)),
		(error: unknown) => port.postMessage({ id: job.id, error: String(error) } satisfies PartReply)
	);
});
port.postMessage('ready');
