import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../geography/districts';
import { PLACE_SEARCH_PATH, type PlaceSearchFile } from './place-index-format';
import { PlaceIndexError, parsePlaceIndex, type PlaceIndex } from './place-index';
import { fixtureFile } from './test-fixture';

const raw = JSON.parse(readFileSync(new URL(`../../../../data/${PLACE_SEARCH_PATH}`, import.meta.url), 'utf8')) as PlaceSearchFile;
const index = parsePlaceIndex(raw);
const districtOf = (code: string) => DISTRICTS.findIndex((d) => d.code === code);
const ofKind = (i: PlaceIndex, kind: string) => i.entries.filter((e) => e.kind === kind);

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null) {
		Object.values(value).forEach(deepFreeze);
		Object.freeze(value);
	}
	return value;
}

describe('parsePlaceIndex on data/search/places.json', () => {
	it('holds the 13 districts, their 12 partnerships, 279 wards and 1,107 LSOAs, and every place', () => {
		expect(ofKind(index, 'district').map((e) => e.code).sort()).toEqual(DISTRICTS.map((d) => d.code).sort());
		expect(ofKind(index, 'csp')).toHaveLength(12);
		expect(index.wards).toHaveLength(279);
		expect(index.lsoas).toHaveLength(1107);
		expect(index.settlements).toHaveLength(raw.places.length);
		expect(new Set(index.entries.map((e) => e.id)).size).toBe(index.entries.length);
	});

	it('maps districts to DISTRICTS indices and joins Dartford and Gravesham in one partnership', () => {
		for (const d of ofKind(index, 'district')) expect(DISTRICTS[d.districts[0]].code).toBe(d.code);
		const shared = index.entries.find((e) => e.code === 'E22000352');
		expect(shared).toMatchObject({ kind: 'csp', name: 'Dartford and Gravesham', districts: [districtOf('E07000107'), districtOf('E07000109')] });
		// A partnership named as its district answers to its code only; Shepway keeps its own name.
		expect(index.entries.find((e) => e.code === 'E22000147')?.keys).toEqual([]);
		expect(index.entries.find((e) => e.code === 'E22000145')?.keys).toEqual(['shepway']);
		expect(index.entries.find((e) => e.code === 'E07000112')?.keys).toEqual(['folkestone and hythe', 'shepway']);
	});

	it("puts each LSOA's centroid inside its extent and names a ward of the same district", () => {
		for (const [i, lsoa] of index.lsoas.entries()) {
			const extent = index.lsoaExtents[i];
			expect(lsoa.centroid[0]).toBeGreaterThanOrEqual(extent[0][0]);
			expect(lsoa.centroid[0]).toBeLessThanOrEqual(extent[1][0]);
			expect(lsoa.centroid[1]).toBeGreaterThanOrEqual(extent[0][1]);
			expect(lsoa.centroid[1]).toBeLessThanOrEqual(extent[1][1]);
			expect(index.wards[lsoa.ward].districts).toEqual([lsoa.district]);
		}
	});

	// Which district each main town is in (local knowledge, not derived from the data).
	it.each([
		['Margate', 'E07000114'],
		['Ramsgate', 'E07000114'],
		['Chatham', 'E06000035'],
		['Gillingham', 'E06000035'],
		['Maidstone', 'E07000110'],
		['Sevenoaks', 'E07000111'],
		['Tonbridge', 'E07000115'],
		['Royal Tunbridge Wells', 'E07000116'],
		['Folkestone', 'E07000112'],
		['Hythe', 'E07000112'],
		['Dover', 'E07000108'],
		['Deal', 'E07000108'],
		['Canterbury', 'E07000106'],
		['Herne Bay', 'E07000106'],
		['Whitstable', 'E07000106'],
		['Sittingbourne', 'E07000113'],
		['Sheerness', 'E07000113'],
		['Faversham', 'E07000113'],
		['Ashford', 'E07000105'],
		['Dartford', 'E07000107'],
		['Gravesend', 'E07000109'],
		['Northfleet', 'E07000109'],
		['Swanley', 'E07000111']
	])('places %s in %s, and once only', (name, code) => {
		const towns = index.settlements.filter((s) => s.name === name && s.kind === 'town');
		expect(towns).toHaveLength(1);
		expect(DISTRICTS[towns[0].districts[0]].code).toBe(code);
	});

	it('does not change the file it reads', () => {
		expect(() => parsePlaceIndex(deepFreeze(fixtureFile()))).not.toThrow();
	});
});

describe('parsePlaceIndex refuses what it cannot read', () => {
	const broken = (edit: (file: Record<string, unknown>) => void) => {
		const file = structuredClone(fixtureFile()) as unknown as Record<string, unknown>;
		edit(file);
		return () => parsePlaceIndex(file);
	};

	it.each([
		['not an object', () => parsePlaceIndex('places'), /not a JSON object/],
		['another format', broken((f) => (f.format = 'geojson')), /is not hotspot-atlas\/place-search/],
		['another version', broken((f) => (f.version = 2)), /version 2/],
		['a district without a box', broken((f) => ((f.districts as Record<string, unknown>[])[0].bbox = [1, 2])), /districts: row 0/],
		['a ward pointing past the districts', broken((f) => ((f.wards as unknown[][])[1][2] = 9)), /wards: row 1 is malformed/],
		['an LSOA pointing past the wards', broken((f) => ((f.lsoas as unknown[][])[2][9] = 3)), /lsoas: row 2 is malformed/],
		['a place of an unknown size', broken((f) => ((f.places as unknown[][])[0][1] = 7)), /places: row 0 is malformed/],
		['a negative population', broken((f) => ((f.places as unknown[][])[0][5] = -1)), /places: row 0 is malformed/],
		['a district outside the study area', broken((f) => ((f.districts as Record<string, unknown>[])[0].code = 'E09000001')), /E09000001 is not one of the 13/]
	])('%s', (_what, run, message) => {
		expect(run).toThrow(PlaceIndexError);
		expect(run).toThrow(message);
	});
});
