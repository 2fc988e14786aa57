import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '$lib/analysis/ingest/column-mapping';
import type { ColumnDetection } from '$lib/analysis/ingest/detect-columns';
import { columnRoles, draftMapping, fieldValue, mappingJson, missingFields, withCoordinateKind, withField } from './column-mapping-form';
import { parseColumnMapping } from '$lib/analysis/ingest/column-mapping';

const bng: ColumnMapping = {
	version: 1,
	coordinates: { kind: 'bng', easting: 'Easting', northing: 'Northing' },
	date: 'Committed From',
	offence: 'HO Offence Description',
	decimal: 'point',
	delimiter: ';'
};

const detection = (over: Partial<ColumnDetection>): ColumnDetection => ({
	format: 'delimited',
	delimiter: ';',
	headers: [],
	signature: 'h0',
	mapping: null,
	confidence: 'none',
	problems: [],
	previewRows: [],
	wouldReject: [],
	sampleRows: 0,
	...over
});

describe('column mapping form', () => {
	it('starts from the detected mapping, or an empty one to fill', () => {
		expect(draftMapping(detection({ mapping: bng }))).toBe(bng);
		const empty = draftMapping(detection({}));
		expect(empty.coordinates).toEqual({ kind: 'lnglat', lng: '', lat: '' });
		expect(missingFields(empty)).toEqual(['Latitude', 'Longitude', 'Date']);
		expect(draftMapping(detection({ format: 'geojson' })).coordinates).toEqual({ kind: 'geometry' });
	});

	it('sets and clears fields without touching the input', () => {
		const before = structuredClone(bng);
		const edited = withField(withField(bng, 'knife', 'Knife Flag'), 'offence', '');
		expect(bng).toEqual(before);
		expect(fieldValue(edited, 'knife')).toBe('Knife Flag');
		expect(edited.offence).toBeUndefined();
		expect(withField(bng, 'northing', 'N').coordinates).toEqual({ kind: 'bng', easting: 'Easting', northing: 'N' });
	});

	it('switches coordinate kinds and asks for the new columns', () => {
		const ll = withCoordinateKind(bng, 'lnglat');
		expect(missingFields(ll)).toEqual(['Latitude', 'Longitude']);
		expect(missingFields(withField(withField(ll, 'lat', 'Lat'), 'lng', 'Lon'))).toEqual([]);
		expect(withCoordinateKind(bng, 'bng')).toBe(bng);
	});

	it('captions preview columns by role, matching headers loosely', () => {
		expect(columnRoles(bng, ['Crime Ref', 'EASTING', 'northing ', 'Committed From', 'HO Offence Description'])).toEqual(['', 'Easting', 'Northing', 'Date', 'Offence or crime type']);
	});

	it('writes JSON the CLI accepts back unchanged', () => {
		expect(parseColumnMapping(JSON.parse(mappingJson(withField(bng, 'age', 'Victim Age'))))).toEqual({ ...bng, age: 'Victim Age' });
	});
});
