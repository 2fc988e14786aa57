/**
 * The one table of aggregate-import codes and their messages. Tests assert codes; the UI and CLI show messages.
 */

/** Why a whole aggregate file was refused before any row was judged. */
export const AGGREGATE_FILE_CODES = ['empty_file', 'missing_columns', 'duplicate_columns', 'no_rows'] as const;
export type AggregateFileCode = (typeof AGGREGATE_FILE_CODES)[number];

/** Why one row was rejected; the first four groups are per cell, the last three compare rows. */
export const AGGREGATE_ROW_CODES = [
	'malformed_row',
	'missing_area',
	'unknown_area',
	'area_mismatch',
	'unknown_area_type',
	'area_type_mismatch',
	'missing_period',
	'invalid_period',
	'financial_quarter',
	'missing_measure',
	'unknown_age_group',
	'missing_value',
	'suppressed_value',
	'not_a_number',
	'negative_value',
	'not_integer',
	'mixed_periods',
	'overlapping_period',
	'overlapping_area'
] as const;
export type AggregateRowCode = (typeof AGGREGATE_ROW_CODES)[number];

export type AggregateCode = AggregateFileCode | AggregateRowCode;

export const AGGREGATE_MESSAGES: Readonly<Record<AggregateCode, string>> = {
	empty_file: 'File has no header row',
	missing_columns: 'Header lacks a required column (area code or name, period, measure, value)',
	duplicate_columns: 'Two columns could be the same field: rename or remove one so the import does not have to guess',
	no_rows: 'File has a header but no rows',
	malformed_row: 'Malformed row (wrong number of fields or an unterminated quote)',
	missing_area: 'No area code or name',
	unknown_area: 'Area is not Kent & Medway, Kent, one of the 13 districts, their CSPs or an LSOA 2021 in them',
	area_mismatch: 'Area code and area name name different areas',
	unknown_area_type: 'Area type is not one the import knows (county, local authority, district, CSP, LSOA)',
	area_type_mismatch: 'Area type does not match the area named',
	missing_period: 'No period',
	invalid_period: 'Period is not a month (2024-01, 01/2024, Jan 2024), a calendar quarter (2024 Q1) or a financial year (2024/25)',
	financial_quarter: 'Financial-year quarters (2024/25 Q1) are not read: quarters are calendar quarters (Q1 = Jan-Mar); give the calendar quarter or the months',
	missing_measure: 'No measure',
	unknown_age_group: 'Age group is not all ages, under 25, 0-17, 18-24, 25+ or unknown',
	missing_value: 'No value: a period with no count is left out of the file, never written blank',
	suppressed_value: 'Value is suppressed or not available (*, c, x, <5, ..): remove the row (it then reads as a gap, not a zero) or ask for the unsuppressed figure',
	not_a_number: 'Value is not a number',
	negative_value: 'Value is negative, and a count cannot be',
	not_integer: 'Value is not a whole number: counts are whole',
	mixed_periods: 'Table mixes period kinds (months, quarters, financial years): rows of the less common kind are rejected; import one kind per table',
	overlapping_period: 'Period overlaps an earlier row for the same area, measure and age group: it would be counted twice',
	overlapping_area: 'Area contains, or lies in, the area of an earlier row for the same measure, age group and period: it would be counted twice (remove the total row, such as Kent and Medway, or the rows it sums)'
};

/** Longest offending value a report quotes, so a runaway cell is named by its start. */
export const MAX_VALUE_CHARS = 120;

export function briefValue(text: string): string {
	return text.length <= MAX_VALUE_CHARS ? text : `${text.slice(0, MAX_VALUE_CHARS)}…`;
}
