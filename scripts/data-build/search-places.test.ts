import { describe, expect, it } from 'vitest';
import { cleanIpnName, ipnCandidates, mergePlaces, SAME_PLACE_M, SIZE_BUILT_UP_AREA, SIZE_LOCALITY, type PlaceCandidate } from './search-places';

const ipn = (ipn_code: string, name: string, descnm: string, lat: number, lon: number) => ({ ipn_code, name, descnm, lat: String(lat), lon: String(lon) });
const candidate = (name: string, size: number, point: [number, number], source: PlaceCandidate['source'], population: number | null = null): PlaceCandidate => ({ name, size, point, population, source });

describe('cleanIpnName', () => {
	it.each([
		['Ashford (Ashford)', 'Ashford'],
		['Minster (Swale)', 'Minster'],
		['Eccles (Tonbridge and Malling)', 'Eccles'],
		['Falconhurst (Fawkenhurst)', 'Falconhurst (Fawkenhurst)'],
		['Park Barracks (Old)', 'Park Barracks (Old)'],
		['Barns, New', 'New Barns'],
		['Gore, The', 'The Gore'],
		['Longfield, New Ash Green and Hartley', 'Longfield, New Ash Green and Hartley'],
		['Margate', 'Margate']
	])('%j -> %j', (name, clean) => {
		expect(cleanIpnName(name)).toBe(clean);
	});
});

describe('ipnCandidates', () => {
	it('keeps localities and built-up areas, merging a built-up area split by district at the mean of its parts', () => {
		const { candidates } = ipnCandidates([
			ipn('IPN1', 'Kings Hill', 'BUA', 51.27, 0.4),
			ipn('IPN2', 'Kings Hill', 'BUA', 51.29, 0.42),
			ipn('IPN3', 'Acol', 'LOC', 51.35, 1.31),
			ipn('IPN4', 'Kent', 'CTY', 51.2, 0.8),
			ipn('IPN5', 'Ashford', 'NMD', 51.1, 0.9)
		]);
		expect(candidates.map(({ point, ...rest }) => ({ ...rest, point: point.map((v) => Number(v.toFixed(9))) }))).toEqual([
			{ name: 'Acol', size: SIZE_LOCALITY, point: [1.31, 51.35], population: null, source: 'locality' },
			{ name: 'Kings Hill', size: SIZE_BUILT_UP_AREA, point: [0.41, 51.28], population: null, source: 'built-up-area' }
		]);
	});

	it('drops the inverted twin of a plain name listed under the same code, and turns a lone inverted name round', () => {
		const { candidates, invertedDropped } = ipnCandidates([
			ipn('IPN1', 'Alkham, South', 'LOC', 51.1, 1.2),
			ipn('IPN1', 'South Alkham', 'LOC', 51.1, 1.2),
			ipn('IPN2', 'Barns, New', 'LOC', 51.28, 0.41)
		]);
		expect(candidates.map((c) => c.name)).toEqual(['South Alkham', 'New Barns']);
		expect(invertedDropped).toBe(1);
	});
});

describe('mergePlaces', () => {
	it('keeps one place per name within 6 km, at the best point, with the larger size class', () => {
		const { places, merged } = mergePlaces([
			candidate('Chatham', SIZE_BUILT_UP_AREA, [0.53, 51.34], 'built-up-area'),
			candidate('Chatham', SIZE_LOCALITY, [0.5277, 51.3828], 'locality'),
			candidate('Chatham', 1, [0.5279, 51.3789], 'label', 75509),
			candidate('Appledore', SIZE_BUILT_UP_AREA, [0.79, 51.03], 'built-up-area'),
			candidate('Appledore', SIZE_LOCALITY, [0.7869, 51.0312], 'locality')
		]);
		expect(merged).toBe(3);
		expect(places).toEqual([
			candidate('Chatham', 1, [0.5279, 51.3789], 'label', 75509),
			candidate('Appledore', SIZE_BUILT_UP_AREA, [0.7869, 51.0312], 'locality')
		]);
	});

	it('keeps places of the same name farther apart, and compares names as search does', () => {
		const { places } = mergePlaces([
			candidate('Stone', 3, [0.2647, 51.4503], 'label'),
			candidate('Stone', 4, [0.7667, 51], 'label'),
			candidate("St. Peter's", SIZE_LOCALITY, [1.417, 51.366], 'locality'),
			candidate('Saint Peters', 4, [1.4167, 51.3667], 'label')
		]);
		expect(places.map((p) => [p.name, p.size])).toEqual([
			['Stone', 3],
			['Saint Peters', 4],
			['Stone', 4]
		]);
		expect(SAME_PLACE_M).toBe(6000);
	});

	it('does not change its input', () => {
		const input = Object.freeze([Object.freeze(candidate('Acol', SIZE_LOCALITY, [1.31, 51.35], 'locality')), Object.freeze(candidate('Acol', SIZE_BUILT_UP_AREA, [1.31, 51.35], 'built-up-area'))]);
		expect(mergePlaces(input).places).toEqual([candidate('Acol', SIZE_BUILT_UP_AREA, [1.31, 51.35], 'locality')]);
	});
});
