import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../geography/districts';
import { PLACE_SEARCH_PATH } from './place-index-format';
import { parsePlaceIndex } from './place-index';
import { DEFAULT_LIMIT, searchPlaces } from './search';

const index = parsePlaceIndex(JSON.parse(readFileSync(new URL(`../../../../data/${PLACE_SEARCH_PATH}`, import.meta.url), 'utf8')));
const districtOf = (code: string) => DISTRICTS.findIndex((d) => d.code === code);
const MEDWAY = districtOf('E06000035');
const labels = (query: string) => searchPlaces(index, query).results.map((r) => r.label);
const codes = (query: string) => searchPlaces(index, query).messages.map((m) => m.code);

describe('searchPlaces: names and codes', () => {
	it('finds towns with their kind and district, first', () => {
		expect(labels('Margate')[0]).toBe('Margate (town, Thanet)');
		expect(labels('margate')[0]).toBe('Margate (town, Thanet)');
		expect(labels('chatham')[0]).toBe('Chatham (town, Medway)');
		expect(labels('st marys bay')[0]).toBe("St Mary's Bay (village, Folkestone & Hythe)");
	});

	it('puts the district before a town of the same name, and a town before its wards', () => {
		expect(labels('Ashford').slice(0, 2)).toEqual(['Ashford (district)', 'Ashford (town, Ashford)']);
		expect(labels('Sevenoaks').slice(0, 3)).toEqual(['Sevenoaks (district)', 'Sevenoaks (town, Sevenoaks)', 'Sevenoaks Weald (village, Sevenoaks)']);
		expect(labels('tunbridge wells').slice(0, 2)).toEqual(['Tunbridge Wells (district)', 'Royal Tunbridge Wells (town, Tunbridge Wells)']);
	});

	it('answers to a district code, a ward code, an LSOA code and a partnership code', () => {
		expect(labels('E07000112')).toEqual(['Folkestone & Hythe (district)']);
		expect(labels('E01024692')).toEqual(['Thanet 009D (LSOA E01024692)']);
		expect(labels('e01024692')).toEqual(['Thanet 009D (LSOA E01024692)']);
		const ward = index.wards[0];
		expect(labels(ward.code as string)[0]).toBe(`${ward.name} (ward, ${DISTRICTS[ward.districts[0]].label})`);
		const csp = searchPlaces(index, 'E22000352').results;
		expect(csp.map((r) => [r.label, r.districts])).toEqual([['Dartford and Gravesham (community safety partnership)', [districtOf('E07000107'), districtOf('E07000109')]]]);
	});

	it('finds Folkestone & Hythe by its old name Shepway, and its partnership', () => {
		expect(labels('shepway').slice(0, 2)).toEqual(['Folkestone & Hythe (district)', 'Shepway (community safety partnership, Folkestone & Hythe)']);
	});

	it('gives every named result a district to filter by and something to zoom to', () => {
		for (const query of ['a', 'e', 'bay', 'st', 'ward', 'thanet 0', 'E05', 'E01']) {
			const { results } = searchPlaces(index, query);
			expect(results.length).toBeGreaterThan(0);
			expect(results.length).toBeLessThanOrEqual(DEFAULT_LIMIT);
			for (const r of results) {
				expect(r.districts.length).toBeGreaterThan(0);
				expect(r.extent !== null || r.point !== null).toBe(true);
				expect(r.outside).toBe(false);
			}
		}
	});

	it('says when nothing matches, and says nothing for an empty box', () => {
		expect(searchPlaces(index, 'xyzzy')).toMatchObject({ results: [], messages: [{ code: 'no-match' }] });
		expect(searchPlaces(index, '   ')).toEqual({ query: '', results: [], messages: [] });
		expect(searchPlaces(index, 'a', { limit: 3 }).results).toHaveLength(3);
	});
});

describe('searchPlaces: grid references and coordinates', () => {
	it('answers a grid reference with its square, district and nearest town', () => {
		const { results, messages } = searchPlaces(index, 'TQ 758 683');
		expect(messages).toEqual([]);
		expect(results).toHaveLength(1);
		expect(results[0]).toMatchObject({ kind: 'grid-reference', name: 'TQ 758 683', label: 'TQ 758 683 (100 m square, near Chatham, Medway)', districts: [MEDWAY], outside: false });
	});

	it('gives the same place for the grid reference, its easting and northing, and its latitude and longitude', () => {
		const grid = searchPlaces(index, 'TQ 75800 68300').results[0];
		const en = searchPlaces(index, 'E 575800 N 168300').results[0];
		expect(en.point).toEqual(searchPlaces(index, '575800, 168300').results[0].point);
		expect(Math.abs((grid.point?.[0] ?? 0) - (en.point?.[0] ?? 1))).toBeLessThan(1e-4);
		const [lng, lat] = en.point ?? [0, 0];
		const ll = searchPlaces(index, `${lat}, ${lng}`).results[0];
		expect(ll.districts).toEqual(en.districts);
		expect(ll.label).toContain('near Chatham, Medway');
	});

	it('reads "0.52, 51.38" as longitude, latitude and says so', () => {
		const answer = searchPlaces(index, '0.52, 51.38');
		expect(answer.results[0]).toMatchObject({ kind: 'coordinates', point: [0.52, 51.38], districts: [MEDWAY] });
		expect(answer.messages.map((m) => m.code)).toEqual(['read-as-lng-lat']);
	});

	it.each([
		['TQ 300 800'],
		['51.5074, -0.1278'],
		['530000, 180000'],
		['NN 166 712'],
		['51.38N 2.0E'],
		['TV 5 9']
	])('says %j is outside Kent & Medway, with a result to go to anyway', (query) => {
		const answer = searchPlaces(index, query);
		expect(answer.results).toHaveLength(1);
		expect(answer.results[0]).toMatchObject({ outside: true, districts: [] });
		expect(answer.results[0].label).toContain('outside Kent & Medway');
		expect(answer.messages.map((m) => m.code)).toContain('outside-area');
	});

	it('explains nonsense instead of searching names for it', () => {
		expect(codes('XX 123 456')).toEqual(['grid-square-unknown']);
		expect(codes('TQ 758 6830')).toEqual(['grid-digits-uneven']);
		expect(codes('TQ 75868')).toEqual(['grid-digits-odd']);
		expect(codes('95, 200')).toEqual(['coordinates-out-of-range']);
		expect(codes('51°23\'N 0°31\'E')).toEqual(['coordinates-dms']);
		expect(codes('51.38N 0.52N')).toEqual(['coordinates-labels']);
		for (const q of ['XX 123 456', '95, 200']) expect(searchPlaces(index, q).results).toEqual([]);
	});

	it('tells a Kent postcode it is not searched, instead of calling it a bad grid square', () => {
		expect(codes('ME14')).toEqual(['postcode-not-searched']);
		expect(codes('ct9')).toEqual(['postcode-not-searched']);
		expect(codes('TN23')).toEqual(['postcode-not-searched']);
		// Not a Kent postcode area: the grid reference's own complaint stands.
		expect(codes('XX12')).toEqual(['grid-square-unknown']);
	});
});
