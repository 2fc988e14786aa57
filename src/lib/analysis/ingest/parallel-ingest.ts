/**
 * One CSV file read in two parts at once (split-point.ts), each by its own ingest on its own thread, and merged
 * (merge-results.ts) into what one ingest gives. Anything that would make the parts disagree with a sequential read
 * (a cut inside a quoted field, another format, an encoding guessed differently) makes joinParts answer null, and
 * the caller reads the file sequentially instead.
 */
import type { Ingest, IngestResult } from './ingest';
import { mergeIngestResults } from './merge-results';
import { addPointCounts, type CentroidIndex, type PointCounts } from './precision';
import type { PrecisionPolicy } from './report';
import { createChunkDecoder, type EncodingChoice } from './text-decoding';
import type { ChunkOptions } from './zip';

export interface FilePart {
	/** The whole file's name and size, as a sequential read begins it. */
	name: string;
	sizeBytes: number;
	/** 'second' parts start with the file's header line (header), then their bytes. */
	part: 'first' | 'second';
	header?: Uint8Array;
	chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
}

/** What a part's ingest gives, as it travels between threads. */
export interface PartResult {
	part: 'first' | 'second';
	result: IngestResult;
	/** The encoding the part was decoded with. */
	encoding: string;
	/** First part only: the line the next record would start on, when the part ended between records. */
	nextLine: number | null;
	/** The part's points and rows at each (Ingest.pointCounts), for the merge's precision check; null unless skipPoliceUkPrecision. */
	points: PointCounts | null;
}

/** Reads one part into a fresh ingest (made with the sequential read's options, plus skipPoliceUkPrecision) and finishes it. */
export async function ingestPart(ingest: Ingest, file: FilePart, options: ChunkOptions = {}): Promise<PartResult> {
	options.signal?.throwIfAborted();
	const kind = ingest.beginFile(file.name, file.sizeBytes, ingest.classify(file.name));
	const decoder = createChunkDecoder(ingest.encoding);
	let nextLine: number | null = null;
	let points: PointCounts | null = null;
	if (kind.read) {
		// The repeated header is not part of the file's bytes, so it adds nothing to progress.
		if (file.header) ingest.push(decoder.decode(file.header), 0);
		for await (const chunk of file.chunks) {
			options.signal?.throwIfAborted();
			ingest.push(decoder.decode(chunk), chunk.length);
			options.onChunk?.();
		}
		ingest.push(decoder.decode(new Uint8Array(0), true), 0);
		ingest.noteEncoding(decoder.encoding);
		if (file.part === 'first') nextLine = ingest.recordBoundary()?.line ?? null;
	}
	ingest.endFile();
	if (kind.read) points = ingest.pointCounts();
	return { part: file.part, result: ingest.finish(), encoding: decoder.encoding, nextLine, points };
}

export interface JoinPartsOptions {
	/** The encoding, centroids and precision policy both ingests were given. */
	encoding: EncodingChoice;
	centroids?: CentroidIndex;
	precisionPolicy?: PrecisionPolicy;
}

/**
 * The merged result, or null when the parts cannot stand for a sequential read: the first part did not end between
 * records of a police.uk file (a quoted field spans the cut, or the file is not police.uk), either part was read in
 * another format or refused, or the encodings differ (auto detection switching to Windows-1252 in one part only).
 */
export function joinParts(first: PartResult, second: PartResult, options: JoinPartsOptions): IngestResult | null {
	if (first.part !== 'first' || second.part !== 'second' || first.nextLine === null) return null;
	const sameEncoding = first.encoding === second.encoding && (first.encoding === 'utf-8' || (options.encoding === 'windows-1252' && first.encoding === 'windows-1252'));
	if (!sameEncoding) return null;
	const [a, b] = [first.result.report.files, second.result.report.files];
	const policeUk = (f: (typeof a)[number] | undefined) => f?.status === 'read' && f.format === 'police-uk';
	if (a.length !== 1 || b.length !== 1 || !policeUk(a[0]) || !policeUk(b[0])) return null;
	// The second part's header is its line 1, so its first record (line 2) is the first part's next line.
	const { centroids, precisionPolicy } = options;
	const points = first.points && second.points ? addPointCounts(first.points, second.points) : undefined;
	return mergeIngestResults(first.result, second.result, { join: { lineOffset: first.nextLine - 2, centroids, precisionPolicy, points } });
}
