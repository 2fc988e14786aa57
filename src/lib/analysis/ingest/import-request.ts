/**
 * What the page hands over to import files, and the progress it hears back: shared by the UI, the state
 * and the worker protocol, so it lives in the core that every layer may import.
 */
import type { ColumnMapping } from './column-mapping';
import type { IngestProgress } from './ingest';
import type { PrecisionPolicy } from './report';
import type { EncodingChoice } from './text-decoding';

/** A file to import: the File itself and the name to classify it by (a folder upload's relative path). */
export interface ImportFile {
	file: File;
	name: string;
}

/** How non-police.uk files are read: what the column-mapping dialog confirmed. */
export interface ImportSettings {
	columns?: ColumnMapping;
	encoding?: EncodingChoice;
	precisionPolicy?: PrecisionPolicy;
}

/** 'new': the files make a dataset of their own; 'add': they grow the local import loaded, replacing the months they cover. */
export type ImportMode = 'new' | 'add';

export interface ImportProgress extends IngestProgress {
	/** Bytes of all files chosen, for the progress bar. */
	totalBytes: number;
}
