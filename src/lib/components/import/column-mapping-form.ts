/**
 * The column-mapping dialog's logic, apart from its markup: which fields it edits, how an edit makes a
 * new mapping, and which role each previewed column plays. The dialog itself only renders these.
 */
import { COLUMN_MAPPING_VERSION, normaliseHeader, type ColumnMapping } from '$lib/analysis/ingest/column-mapping';
import type { ColumnDetection } from '$lib/analysis/ingest/detect-columns';

/** Fields named by a column, in the order the dialog lists them. */
export const MAPPING_FIELDS = [
	{ key: 'lat', label: 'Latitude', kind: 'lnglat', required: true },
	{ key: 'lng', label: 'Longitude', kind: 'lnglat', required: true },
	{ key: 'easting', label: 'Easting', kind: 'bng', required: true },
	{ key: 'northing', label: 'Northing', kind: 'bng', required: true },
	{ key: 'date', label: 'Date (or date and time; the "from" of a from/to pair)', kind: 'any', required: true },
	{ key: 'dateTo', label: 'Date "to" (recorded, not used)', kind: 'any', required: false },
	{ key: 'time', label: 'Time of day (separate column)', kind: 'any', required: false },
	{ key: 'offence', label: 'Offence or crime type', kind: 'any', required: false },
	{ key: 'offenceCode', label: 'Home Office offence code (for weights by code)', kind: 'any', required: false },
	{ key: 'age', label: 'Age or age band', kind: 'any', required: false },
	{ key: 'knife', label: 'Knife flag', kind: 'any', required: false },
	{ key: 'firearm', label: 'Firearm flag', kind: 'any', required: false },
	{ key: 'domestic', label: 'Domestic flag', kind: 'any', required: false }
] as const;

export type MappingFieldKey = (typeof MAPPING_FIELDS)[number]['key'];
export type CoordinateKind = 'lnglat' | 'bng';

/** The detected mapping, or an empty one for the user to fill when nothing usable was found. */
export function draftMapping(detection: ColumnDetection): ColumnMapping {
	if (detection.mapping) return detection.mapping;
	const coordinates = detection.format === 'geojson' ? ({ kind: 'geometry' } as const) : ({ kind: 'lnglat', lng: '', lat: '' } as const);
	return { version: COLUMN_MAPPING_VERSION, coordinates, date: '', decimal: 'point', delimiter: detection.delimiter };
}

/** The column a field names ('' when none). */
export function fieldValue(m: ColumnMapping, key: MappingFieldKey): string {
	const c = m.coordinates;
	switch (key) {
		case 'lat':
		case 'lng':
			return c.kind === 'lnglat' ? c[key] : '';
		case 'easting':
		case 'northing':
			return c.kind === 'bng' ? c[key] : '';
		case 'knife':
		case 'firearm':
		case 'domestic':
			return m.flags?.[key] ?? '';
		default:
			return m[key] ?? '';
	}
}

/** A new mapping with one field set to a column ('' clears an optional field). Never mutates its input. */
export function withField(m: ColumnMapping, key: MappingFieldKey, column: string): ColumnMapping {
	const c = m.coordinates;
	const optional = column === '' ? undefined : column;
	switch (key) {
		case 'lat':
		case 'lng':
			return { ...m, coordinates: { kind: 'lnglat', lng: c.kind === 'lnglat' ? c.lng : '', lat: c.kind === 'lnglat' ? c.lat : '', [key]: column } };
		case 'easting':
		case 'northing':
			return { ...m, coordinates: { kind: 'bng', easting: c.kind === 'bng' ? c.easting : '', northing: c.kind === 'bng' ? c.northing : '', [key]: column } };
		case 'knife':
		case 'firearm':
		case 'domestic':
			return { ...m, flags: { ...m.flags, [key]: optional } };
		case 'date':
			return { ...m, date: column };
		default:
			return { ...m, [key]: optional };
	}
}

/** Switches between latitude/longitude and easting/northing, keeping the other fields. */
export function withCoordinateKind(m: ColumnMapping, kind: CoordinateKind): ColumnMapping {
	if (m.coordinates.kind === kind || m.coordinates.kind === 'geometry') return m;
	return { ...m, coordinates: kind === 'lnglat' ? { kind, lng: '', lat: '' } : { kind, easting: '', northing: '' } };
}

/** Fields that apply to this mapping's coordinate kind. */
export function visibleFields(m: ColumnMapping) {
	return MAPPING_FIELDS.filter((f) => f.kind === 'any' || f.kind === m.coordinates.kind);
}

/** Required fields still without a column, by label: the import button waits for none. */
export function missingFields(m: ColumnMapping): string[] {
	return visibleFields(m)
		.filter((f) => f.required && fieldValue(m, f.key) === '')
		.map((f) => f.label.replace(/ \(.*$/, ''));
}

/** For each header, the field labels that read it (for the preview's column captions). */
export function columnRoles(m: ColumnMapping, headers: readonly string[]): string[] {
	return headers.map((h) =>
		visibleFields(m)
			.filter((f) => fieldValue(m, f.key) !== '' && normaliseHeader(fieldValue(m, f.key)) === normaliseHeader(h))
			.map((f) => f.label.replace(/ \(.*$/, ''))
			.join(', ')
	);
}

/** The mapping as the CLI reads it with --columns, pretty-printed. */
export function mappingJson(m: ColumnMapping): string {
	return JSON.stringify(m, null, '\t') + '\n';
}
