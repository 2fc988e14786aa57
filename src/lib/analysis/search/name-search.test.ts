import { describe, expect, it } from 'vitest';
import { MATCH, matchNames } from './name-search';
import { parsePlaceIndex } from './place-index';
import { fixtureFile } from './test-fixture';

const index = parsePlaceIndex(fixtureFile());
const names = (query: string, limit = 10) => matchNames(index, query, limit).map((m) => `${m.entry.kind}:${m.entry.name}`);

describe('matchNames', () => {
	it('puts an exact name first, then prefixes, then word starts, then substrings', () => {
		expect(matchNames(index, 'margate', 10).map((m) => [m.entry.name, m.quality])).toEqual([
			['Margate', MATCH.exact],
			['Margate Central', MATCH.prefix],
			['Margate Hill', MATCH.prefix],
			['East Margate', MATCH.wordPrefix]
		]);
		expect(names('gate')).toEqual(['town:Margate', 'town:Ramsgate', 'town:Westgate-on-Sea', 'village:East Margate', 'ward:Margate Central', 'ward:Ramsgate Eastcliff', 'locality:Margate Hill', 'locality:Ramsgate Road']);
	});

	it('ranks equal matches district > partnership > town > village > ward > locality, larger places first', () => {
		expect(names('dartf')).toEqual(['district:Dartford', 'csp:Dartford and Gravesham', 'village:Dartford Marshes', 'village:Dartford Green', 'ward:Dartford Heath']);
		expect(names('ramsgate')).toEqual(['town:Ramsgate', 'ward:Ramsgate Eastcliff', 'locality:Ramsgate Road']);
		// An exact name beats every prefix, whatever its kind.
		expect(names('dart')[0]).toBe('locality:Dart');
	});

	it('ignores case and punctuation, and reads & as and', () => {
		expect(names('WESTGATE ON SEA')).toEqual(['town:Westgate-on-Sea']);
		expect(names('westgate-on-sea')).toEqual(['town:Westgate-on-Sea']);
		expect(names('Folkestone and Hythe')).toEqual(['district:Folkestone & Hythe']);
		expect(names('folkestone & hythe')).toEqual(['district:Folkestone & Hythe']);
	});

	it('finds a district by its former name and a partnership by its own', () => {
		expect(names('Shepway')).toEqual(['district:Folkestone & Hythe', 'csp:Shepway']);
		expect(names('gravesham')).toEqual(['district:Gravesham', 'csp:Dartford and Gravesham']);
		// Thanet's partnership shares its name and answers to its code only.
		expect(names('thanet')).toEqual(['district:Thanet']);
		expect(names('E22000147')).toEqual(['csp:Thanet']);
	});

	it('matches codes exactly first, and by prefix', () => {
		expect(matchNames(index, 'E01000002', 10).map((m) => [m.entry.name, m.quality])).toEqual([['Thanet 001B', MATCH.code]]);
		expect(names('e05000003')).toEqual(['ward:Dartford Heath']);
		expect(names('E22000352')).toEqual(['csp:Dartford and Gravesham']);
		expect(names(' e07000114 ')).toEqual(['district:Thanet']);
		expect(names('E0100000')).toEqual(['lsoa:Dartford 001A', 'lsoa:Thanet 001A', 'lsoa:Thanet 001B']);
	});

	it('lists LSOAs by name only for a query with a digit', () => {
		expect(names('thanet')).toEqual(['district:Thanet']);
		expect(names('thanet 001')).toEqual(['lsoa:Thanet 001A', 'lsoa:Thanet 001B']);
		expect(names('Thanet 001B')).toEqual(['lsoa:Thanet 001B']);
	});

	it('needs 3 characters for a match inside a word, and respects the limit', () => {
		expect(names('at')).toEqual([]);
		expect(names('ate')).toContain('town:Margate');
		expect(names('gate', 2)).toEqual(['town:Margate', 'town:Ramsgate']);
		expect(names('   ')).toEqual([]);
		expect(names('zzz')).toEqual([]);
	});
});
