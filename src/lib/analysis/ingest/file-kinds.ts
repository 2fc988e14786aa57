/**
 * Which input files are read: police.uk street-level CSVs only, so outcomes and stop-and-search
 * files in the same download are listed as skipped and nothing is counted twice.
 */
import type { FileCode } from './codes';

export type FileKind = { read: true } | { read: false; code: FileCode };

/** The base name of a path with / or \ separators. */
export function baseName(path: string): string {
	return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

export function classifyFileName(path: string): FileKind {
	const name = baseName(path).toLowerCase();
	if (name.endsWith('-street.csv')) return { read: true };
	if (name.endsWith('-outcomes.csv')) return { read: false, code: 'outcomes_file' };
	if (name.endsWith('-stop-and-search.csv')) return { read: false, code: 'stop_and_search_file' };
	return { read: false, code: 'not_street_csv' };
}

/** police.uk archive layout: YYYY-MM/YYYY-MM-<force>-<kind>.csv, possibly under a top folder. */
const ARCHIVE_ENTRY = /(?:^|\/)(\d{4}-\d{2})\/\1-[a-z0-9-]+?-(street|outcomes|stop-and-search)\.csv$/i;

/** Classifies a zip entry path; entries outside the police.uk layout are skipped. */
export function classifyArchiveEntry(path: string): FileKind {
	const m = ARCHIVE_ENTRY.exec(path.replaceAll('\\', '/'));
	if (!m) return { read: false, code: 'not_street_csv' };
	return classifyFileName(path);
}

/** One gigabyte: a Kent year is about 40 MB; a national monthly archive is many times that. */
export const DEFAULT_MAX_FILE_BYTES = 1024 ** 3;

/** GeoJSON is parsed whole: 256 MiB of text (about 1.5 million points) parses in well under the memory a tab may use. */
export const MAX_GEOJSON_CHARS = 256 * 2 ** 20;

/** Extensions read as analysts' files under the auto and generic formats. */
const TEXT_FILE = /\.(csv|tsv|tab|txt|geojson|json)$/i;

/** Auto/generic formats: police.uk outcomes and stop-and-search still skipped; any CSV, TSV, text or GeoJSON read. */
export function classifyAnyFile(path: string): FileKind {
	const police = classifyFileName(path);
	if (police.read || police.code !== 'not_street_csv') return police;
	return TEXT_FILE.test(baseName(path)) ? { read: true } : { read: false, code: 'unsupported_file' };
}
