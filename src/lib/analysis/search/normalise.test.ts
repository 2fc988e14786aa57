import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise';

describe('normaliseName', () => {
	it.each([
		['Margate', 'margate'],
		['  MARGATE  ', 'margate'],
		["St. Mary's Bay", 'st marys bay'],
		['Saint Peters', 'st peters'],
		['St Peter’s', 'st peters'],
		['Folkestone & Hythe', 'folkestone and hythe'],
		['Folkestone and Hythe', 'folkestone and hythe'],
		['Capel-le-Ferne', 'capel le ferne'],
		['Court Lees Farm/Manor', 'court lees farm manor'],
		['Thanet 001B', 'thanet 001b'],
		['Ashford (Ashford)', 'ashford ashford'],
		['Crème Brûlée', 'creme brulee'],
		['', ''],
		['&', 'and'],
		['---', '']
	])('%j -> %j', (input, expected) => {
		expect(normaliseName(input)).toBe(expected);
	});

	it('is idempotent', () => {
		for (const name of ["St. Mary's Bay", 'Folkestone & Hythe', 'Capel-le-Ferne', 'Saint Peters']) {
			expect(normaliseName(normaliseName(name))).toBe(normaliseName(name));
		}
	});
});
