/**
 * Finds the columns of an aggregate table by header name: case, spaces and punctuation ignored, a few
 * synonyms each. Two columns that could be one field refuse the file rather than have the import guess.
 */
import type { AggregateFileCode } from './codes';

export const COLUMN_ROLES = ['areaCode', 'areaName', 'areaType', 'period', 'measure', 'ageGroup', 'value'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Column index per role, -1 where the header lacks it. */
export type AggregateColumns = Record<ColumnRole, number>;

const SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
	areaCode: ['area_code', 'areacode', 'code', 'gss_code', 'geography_code', 'ons_code', 'la_code', 'lad_code', 'utla_code', 'ltla_code', 'csp_code', 'lsoa_code', 'org_code', 'organisation_code'],
	areaName: ['area_name', 'areaname', 'area', 'name', 'geography', 'geography_name', 'local_authority', 'la_name', 'lad_name', 'utla_name', 'ltla_name', 'district', 'district_name', 'csp', 'csp_name', 'lsoa_name', 'organisation', 'org_name'],
	areaType: ['area_type', 'areatype', 'geography_type', 'area_level', 'geography_level', 'level'],
	period: ['period', 'month', 'date', 'quarter', 'financial_year', 'fin_year', 'year', 'time_period', 'reporting_period', 'period_name'],
	measure: ['measure', 'measure_name', 'indicator', 'indicator_name', 'metric', 'variable'],
	ageGroup: ['age_group', 'agegroup', 'age', 'age_band', 'ageband', 'age_range', 'age_category'],
	value: ['value', 'count', 'admissions', 'number', 'total', 'n', 'numerator', 'obs_value', 'figure']
};

// ONS column names carry a vintage: LAD24CD, LSOA21NM, UTLA23CD, CSP24CD.
const ONS_CODE = /^(?:lad|lsoa|utla|ltla|csp|cty|ctyua)\d{2}cd$/;
const ONS_NAME = /^(?:lad|lsoa|utla|ltla|csp|cty|ctyua)\d{2}nm$/;

/** Lower case; every run of spaces or punctuation one underscore; none at either end. */
export function headerKey(header: string): string {
	return header.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

function roleOf(key: string): ColumnRole | undefined {
	if (ONS_CODE.test(key)) return 'areaCode';
	if (ONS_NAME.test(key)) return 'areaName';
	return COLUMN_ROLES.find((role) => SYNONYMS[role].includes(key));
}

export type HeaderResult = { columns: AggregateColumns } | { error: AggregateFileCode; detail: string };

export function detectAggregateColumns(headers: readonly string[]): HeaderResult {
	const columns = Object.fromEntries(COLUMN_ROLES.map((r) => [r, -1])) as AggregateColumns;
	const clashes: string[] = [];
	headers.forEach((header, i) => {
		const role = roleOf(headerKey(header));
		if (!role) return;
		if (columns[role] >= 0) clashes.push(`${headers[columns[role]]} and ${header}`);
		else columns[role] = i;
	});
	if (clashes.length > 0) return { error: 'duplicate_columns', detail: clashes.join('; ') };
	const missing = [
		columns.areaCode < 0 && columns.areaName < 0 ? 'area code or name' : '',
		columns.period < 0 ? 'period' : '',
		columns.measure < 0 ? 'measure' : '',
		columns.value < 0 ? 'value' : ''
	].filter(Boolean);
	if (missing.length > 0) return { error: 'missing_columns', detail: missing.join(', ') };
	return { columns };
}
