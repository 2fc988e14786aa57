import { describe, expect, it } from 'vitest';
import { DISTRICTS, districtByCode, isStudyDistrict } from './districts';

describe('district table', () => {
	it('holds the 13 study districts with unique codes', () => {
		expect(DISTRICTS).toHaveLength(13);
		expect(new Set(DISTRICTS.map((d) => d.code)).size).toBe(13);
	});

	it('keeps Folkestone & Hythe under its current code with its former name', () => {
		const fh = districtByCode('E07000112');
		expect(fh?.name).toBe('Folkestone and Hythe');
		expect(fh?.formerNames).toContain('Shepway');
	});

	it('splits the county as the needs assessment does', () => {
		const southWest = DISTRICTS.filter((d) => d.area === 'south-west').map((d) => d.name);
		expect(southWest.sort()).toEqual(['Maidstone', 'Sevenoaks', 'Tonbridge and Malling', 'Tunbridge Wells']);
	});

	it('gives Dartford and Gravesham one joint CSP, as ONS does', () => {
		expect(districtByCode('E07000107')?.cspCode).toBe(districtByCode('E07000109')?.cspCode);
		expect(new Set(DISTRICTS.map((d) => d.cspCode)).size).toBe(12);
	});

	it.each([
		['E07000112', true],
		['E07000099', false],
		['', false]
	])('isStudyDistrict(%s) is %s', (code, expected) => {
		expect(isStudyDistrict(code)).toBe(expected);
	});
});
