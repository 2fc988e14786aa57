/**
 * The one table of ingest codes and their messages. Tests assert codes; the UI and CLI show messages.
 */

/** Reject reasons numbered before 'outside' joined the row-issue list; their Uint8 codes are fixed by kept datasets. */
const FIRST_REJECT_CODES = [
	'empty_row',
	'malformed_row',
	'no_coordinates',
	'zero_coordinates',
	'coordinates_out_of_range',
	'unparseable_month',
	// Generic files (issue 6); appended so the police.uk codes keep their numbers.
	'no_date',
	'invalid_date',
	'invalid_time',
	'future_date',
	'not_a_point',
	'imprecise_location'
] as const;
/** Reasons added later: numbered after 'outside', so a kept dataset's issue codes keep their meaning. */
const LATER_REJECT_CODES = ['line_too_long', 'field_too_long'] as const;

/** Why a row was rejected. */
export const REJECT_CODES = [...FIRST_REJECT_CODES, ...LATER_REJECT_CODES] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

/** Why a file was skipped or refused instead of read. */
export const FILE_CODES = [
	'file_too_large',
	'outcomes_file',
	'stop_and_search_file',
	'not_street_csv',
	'missing_columns',
	'empty_file',
	'unreadable_zip',
	'boundaries_empty',
	'unsupported_file',
	'binary_file',
	'header_only',
	'no_usable_columns',
	'invalid_geojson',
	'zip_entry_unsupported',
	'zip_entry_duplicate',
	'zip_entry_unsafe_name',
	'zip_nested',
	'geojson_too_large'
] as const;
export type FileCode = (typeof FILE_CODES)[number];

/** Problems in a user-supplied offence mapping table. */
export const MAPPING_CODES = ['mapping_not_object', 'mapping_bad_entry', 'mapping_unknown_group', 'mapping_unknown_flag', 'mapping_duplicate_label'] as const;
export type MappingCode = (typeof MAPPING_CODES)[number];

/** Why a whole import is refused and the dataset on screen kept. */
export const IMPORT_CODES = ['nothing_imported', 'zip_too_many_entries', 'zip_too_large'] as const;
export type ImportCode = (typeof IMPORT_CODES)[number];

/** Why a change to a growing dataset's imports is refused; the dataset on screen is kept. */
export const HISTORY_CODES = ['not_growable', 'unknown_import', 'removal_empties'] as const;
export type HistoryCode = (typeof HISTORY_CODES)[number];

export type IngestCode = RejectCode | FileCode | MappingCode | ImportCode | HistoryCode;

export const MESSAGES: Readonly<Record<IngestCode, string>> = {
	empty_row: 'Empty row',
	malformed_row: 'Malformed row (wrong number of fields or an unterminated quote)',
	line_too_long: 'Line longer than the limit (1 MiB by default): not read, so one broken line cannot swallow a file',
	field_too_long: 'Quoted cell longer than the limit (1 MiB by default), often a stray quote: the row is not read, and nor are the lines inside the cell',
	no_coordinates: 'No coordinates',
	zero_coordinates: 'Coordinates are 0, 0',
	coordinates_out_of_range: 'Coordinates invalid or outside the UK',
	unparseable_month: 'Month is not YYYY-MM',
	no_date: 'No date',
	invalid_date: 'Date is not a real date in a known form (UK day-first, ISO 8601, dd-mmm-yyyy, Excel serial, yyyy-mm)',
	invalid_time: 'Time of day is not HH:mm, HH:mm:ss, HHmm or an hour',
	future_date: 'Date is after the import',
	not_a_point: 'GeoJSON feature is not a Point',
	imprecise_location: 'Location imprecise (shared, centroid or rounded) and the import excludes such rows',
	file_too_large: 'File is larger than the size limit',
	outcomes_file: 'police.uk outcomes file: skipped so nothing is counted twice',
	stop_and_search_file: 'police.uk stop-and-search file: skipped',
	not_street_csv: 'Not a police.uk street-level CSV (name must end -street.csv)',
	missing_columns: 'Header lacks a required police.uk column',
	empty_file: 'File has no header row',
	unreadable_zip: 'Zip archive could not be read',
	boundaries_empty: 'Boundary file holds no polygon with an area code',
	unsupported_file: 'Not a CSV, TSV, text or GeoJSON file',
	binary_file: 'File is binary, not text',
	header_only: 'File has a header but no rows',
	no_usable_columns: 'No coordinate or date columns could be found',
	invalid_geojson: 'Not a GeoJSON FeatureCollection',
	zip_entry_unsupported: 'Zip entry uses a compression method the app cannot read (only stored and deflate): re-zip it with a standard tool',
	zip_entry_duplicate: 'Zip entry has the same name as an earlier one: not read, so nothing is counted twice',
	zip_entry_unsafe_name: 'Zip entry name points outside the archive (absolute or ".."): not read',
	zip_nested: 'Zip inside a zip: not read; unzip it and import its files',
	geojson_too_large: 'GeoJSON file over 256 MiB: a GeoJSON file is read whole, so larger ones are refused; export the points as CSV instead',
	mapping_not_object: 'Mapping table must be an object with an entries array',
	mapping_bad_entry: 'Mapping entry needs a label and a group',
	mapping_unknown_group: 'Mapping entry names an unknown offence group',
	mapping_unknown_flag: 'Mapping entry names an unknown flag',
	mapping_duplicate_label: 'Mapping table lists a label twice',
	nothing_imported: 'Nothing was imported (no file kept a row), so what was loaded before is unchanged',
	zip_too_many_entries: 'Zip holds more than 10,000 entries: refused, nothing imported',
	zip_too_large: 'Zip decompresses to more than the limit: refused, nothing imported',
	not_growable: 'Files can be added only to a dataset imported in this browser (the synthetic demo and the police.uk sample cannot grow): start a new dataset instead',
	unknown_import: 'No import with this id is in the history of the dataset loaded',
	removal_empties: 'Removing this import would leave the dataset with no rows: delete the dataset from this browser instead'
};


/** Longest detail a message quotes: a 2 MB header line is named by its start, not echoed whole. */
export const MAX_DETAIL_CHARS = 300;

/** A detail cut to MAX_DETAIL_CHARS, saying how much was left out. */
export function briefDetail(text: string): string {
	return text.length <= MAX_DETAIL_CHARS ? text : `${text.slice(0, MAX_DETAIL_CHARS)}… (${(text.length - MAX_DETAIL_CHARS).toLocaleString('en-GB')} more characters)`;
}

/** An expected failure carried as data: a code plus the offending value. */
export class IngestError extends Error {
	readonly code: IngestCode;
	readonly detail: string;
	constructor(code: IngestCode, detail = '') {
		super(detail ? `${MESSAGES[code]}: ${briefDetail(detail)}` : MESSAGES[code]);
		this.name = 'IngestError';
		this.code = code;
		this.detail = briefDetail(detail);
	}
}

/** Codes in the per-row issue list (Uint8, kept with datasets): the first reject reasons, the flag that earns a row its own line, then later reasons. */
export const ROW_ISSUE_CODES = [...FIRST_REJECT_CODES, 'outside', ...LATER_REJECT_CODES] as const;
export type RowIssueCode = (typeof ROW_ISSUE_CODES)[number];
export const ROW_ISSUE_OUTSIDE = ROW_ISSUE_CODES.indexOf('outside');

/** The Uint8 row-issue code of a reject reason; per-file reject tallies are indexed by it too. */
export const REJECT = Object.fromEntries(REJECT_CODES.map((k) => [k, ROW_ISSUE_CODES.indexOf(k)])) as { readonly [K in RejectCode]: number };

/** The row-issue code of a record the scanner could not read: its own reason when it was cut for length, else malformed_row. */
export function unreadableReason(problem: 'line_too_long' | 'field_too_long' | null): number {
	return problem ? REJECT[problem] : REJECT.malformed_row;
}
