/**
 * What the import dialog needs to know about one chosen file before reading it all: whether it is a
 * police.uk street file (read as is, no dialog), or another layout whose columns are detected on a
 * sample from its start. The same answer for the worker and the CLI.
 */
import { detectColumns, type ColumnDetection } from './detect-columns';
import type { ColumnMapping } from './column-mapping';
import { classifyAnyFile, classifyFileName } from './file-kinds';
import { resolvePoliceUkHeader } from './police-uk-header';
import { sampleRecords } from './sample-records';
import { isZipName } from './sources';
import { createChunkDecoder, type Encoding, type EncodingChoice } from './text-decoding';

/** Bytes read from the start of a file for detection: enough for hundreds of rows, small enough to be instant. */
export const DETECT_SAMPLE_BYTES = 256 * 1024;

export type FileDetection =
	/** Read without a mapping: police.uk street files and archives, or files the import skips by name. */
	| { name: string; kind: 'police-uk' | 'archive' | 'skipped' }
	| { name: string; kind: 'generic'; encoding: Encoding; detection: ColumnDetection };

export interface DetectFileOptions {
	encoding?: EncodingChoice;
	/** Import time, epoch ms, so the preview rejects future dates as the import will. */
	now?: number;
	/** A mapping to check instead of detecting one (after the user edits it). */
	mapping?: ColumnMapping;
	/** True when `bytes` is the whole file. */
	complete: boolean;
}

function isPoliceUkHeader(text: string): boolean {
	const { headers } = sampleRecords(text.slice(0, 4096), ',', { complete: false });
	return headers.length > 0 && !('missing' in resolvePoliceUkHeader(headers));
}

/** Classifies one file from its name and the first bytes of its content. */
export function detectFile(name: string, bytes: Uint8Array, options: DetectFileOptions): FileDetection {
	if (isZipName(name)) return { name, kind: 'archive' };
	if (!classifyAnyFile(name).read) return { name, kind: 'skipped' };
	const decoder = createChunkDecoder(options.encoding ?? 'auto');
	const text = decoder.decode(bytes, options.complete);
	if (classifyFileName(name).read && isPoliceUkHeader(text) && !options.mapping) return { name, kind: 'police-uk' };
	const detection = detectColumns(text, { name, now: options.now, complete: options.complete, mapping: options.mapping });
	return { name, kind: 'generic', encoding: decoder.encoding, detection };
}
