import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAreaType } from './area-type';
import { buildAreaLookup, COUNTY_KEY, KENT_CC_CODE, normaliseAreaName, resolveArea, type AreaLevel } from './areas';
import { D, DISTRICTS_CSV, LSOA_CSV } from './lookup.test-helpers';

// The committed tables, read as the app reads them, so the real names and codes are what is tested.
const DATA = new URL('../../../../data/tables/', import.meta.url);
const lookup = buildAreaLookup({ districts: readFileSync(new URL('districts.csv', DATA), 'utf8'), lsoa21: readFileSync(new URL('lsoa21.csv', DATA), 'utf8') });
const KENT_DISTRICTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const ALL = [0, ...KENT_DISTRICTS];

describe('resolveArea', () => {
	it.each<[string, AreaLevel, string, readonly number[]]>([
		['E06000035', 'district', 'E06000035', [D.medway]],
		['Medway', 'district', 'E06000035', [D.medway]],
		['Medway Council', 'district', 'E06000035', [D.medway]],
		['e07000105', 'district', 'E07000105', [D.ashford]],
		['E07000112', 'district', 'E07000112', [D.folkestone]],
		['Folkestone and Hythe', 'district', 'E07000112', [D.folkestone]],
		['Folkestone & Hythe', 'district', 'E07000112', [D.folkestone]],
		['FOLKESTONE & HYTHE DISTRICT COUNCIL', 'district', 'E07000112', [D.folkestone]],
		['Shepway', 'district', 'E07000112', [D.folkestone]],
		['Shepway CSP', 'district', 'E07000112', [D.folkestone]],
		['E22000145', 'district', 'E07000112', [D.folkestone]],
		['Thanet CSP', 'district', 'E07000114', [D.thanet]],
		['Thanet District Council', 'district', 'E07000114', [D.thanet]],
		['E22000147', 'district', 'E07000114', [D.thanet]],
		['Medway Community Safety Partnership', 'district', 'E06000035', [D.medway]],
		['Canterbury City Council', 'district', 'E07000106', [D.canterbury]],
		['Maidstone Borough Council', 'district', 'E07000110', [D.maidstone]],
		['Tonbridge & Malling', 'district', 'E07000115', [D.tonbridge]],
		['Dartford and Gravesham CSP', 'csp', 'E22000352', [D.dartford, D.gravesham]],
		['Dartford & Gravesham', 'csp', 'E22000352', [D.dartford, D.gravesham]],
		['E22000352', 'csp', 'E22000352', [D.dartford, D.gravesham]],
		['E10000016', 'local_authority', KENT_CC_CODE, KENT_DISTRICTS],
		['Kent', 'local_authority', KENT_CC_CODE, KENT_DISTRICTS],
		['Kent County Council', 'local_authority', KENT_CC_CODE, KENT_DISTRICTS],
		['Kent and Medway', 'county', COUNTY_KEY, ALL],
		['Kent & Medway', 'county', COUNTY_KEY, ALL],
		['NHS Kent and Medway ICB', 'county', COUNTY_KEY, ALL],
		['E01024633', 'lsoa', 'E01024633', [D.thanet]],
		[' Thanet 006A ', 'lsoa', 'E01024633', [D.thanet]],
		['E01016016', 'lsoa', 'E01016016', [D.medway]]
	])('reads %j', (text, level, code, districts) => {
		expect(resolveArea(lookup, text)).toMatchObject({ level, code, districts });
	});

	it.each(['E06000001', 'E01000001', 'E10000014', 'Brighton', 'Kent Police', '', 'Hythe'])('knows nothing of %j', (text) => {
		expect(resolveArea(lookup, text)).toBeUndefined();
	});

	it('counts the LSOAs of each district', () => {
		expect(lookup.lsoaCount.reduce((a, b) => a + b, 0)).toBe(1107);
		expect(lookup.lsoaCount[D.thanet]).toBe(86);
		expect(lookup.lsoaCount[D.medway]).toBe(169);
	});
});

describe('normaliseAreaName', () => {
	it.each([
		['Folkestone & Hythe', 'folkestone and hythe'],
		['  Thanet   CSP ', 'thanet'],
		['Kent County Council', 'kent'],
		['Tunbridge-Wells Borough Council', 'tunbridge wells']
	])('%j -> %j', (text, expected) => {
		expect(normaliseAreaName(text)).toBe(expected);
	});
});

describe('buildAreaLookup', () => {
	it.each([
		['a missing district', { districts: DISTRICTS_CSV.split('\n').slice(0, -2).join('\n'), lsoa21: LSOA_CSV }, /12 of the 13/],
		['a district outside the study area', { districts: `${DISTRICTS_CSV}E06000001,Hartlepool,Hartlepool,E22000001,Hartlepool\n`, lsoa21: LSOA_CSV }, /E06000001/],
		['an LSOA outside the study area', { districts: DISTRICTS_CSV, lsoa21: `${LSOA_CSV}E01000001,City of London 001A,E09000001\n` }, /E01000001/]
	])('refuses tables with %s', (_, texts, message) => {
		expect(() => buildAreaLookup(texts)).toThrow(message);
	});
});

describe('checkAreaType', () => {
	const area = (text: string) => resolveArea(lookup, text)!;
	it.each([
		['', 'Thanet', null],
		['District', 'Thanet', null],
		['LAD', 'Medway', null],
		['Local Authority', 'Kent', null],
		['County', 'Kent', null],
		['County', 'Kent and Medway', null],
		['CSP', 'Thanet CSP', null],
		['CSP', 'Dartford and Gravesham', null],
		['LSOA21', 'E01024633', null],
		['LSOA', 'Thanet', 'area_type_mismatch'],
		['District', 'Kent', 'area_type_mismatch'],
		['Ward', 'Thanet', 'unknown_area_type'],
		['constructor', 'Thanet', 'unknown_area_type']
	])('%j for %j', (type, text, expected) => {
		expect(checkAreaType(type, area(text))).toBe(expected);
	});
});
