import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../geography/districts';
import { metresBetween } from '../geometry/bng';
import { parseCoordinates } from './coordinates';
import { parseGridReference, type GridReference } from './grid-reference';
import { parsePlaceIndex } from './place-index';
import { coordinatesAnswer, districtAt, gridReferenceAnswer } from './point-search';
import { fixtureFile } from './test-fixture';

const index = parsePlaceIndex(fixtureFile());
const THANET = DISTRICTS.findIndex((d) => d.code === 'E07000114');
const DARTFORD = DISTRICTS.findIndex((d) => d.code === 'E07000107');

function ref(text: string): GridReference {
	const parsed = parseGridReference(text);
	if (!parsed.ok) throw new Error(text);
	return parsed.value;
}

describe('gridReferenceAnswer', () => {
	it('gives the square its size on the ground, with its centre inside', () => {
		for (const [text, size] of [
			['TR 35 68', 1000],
			['TR 355 685', 100],
			['TR 3 6', 10_000]
		] as const) {
			const { result } = gridReferenceAnswer(index, ref(text));
			const [[w, s], [e, n]] = result.extent ?? [
				[0, 0],
				[0, 0]
			];
			const [lng, lat] = result.point ?? [NaN, NaN];
			expect(lng > w && lng < e && lat > s && lat < n).toBe(true);
			// The square is turned a little against the meridians, so its box is a touch larger than the square.
			expect(metresBetween(w, lat, e, lat)).toBeGreaterThan(size * 0.99);
			expect(metresBetween(w, lat, e, lat)).toBeLessThan(size * 1.05);
			expect(metresBetween(lng, s, lng, n)).toBeGreaterThan(size * 0.99);
			expect(metresBetween(lng, s, lng, n)).toBeLessThan(size * 1.05);
		}
	});

	it('counts a square that overlaps the area as inside, though its centre may lie beyond', () => {
		// TR 3 6 spans about 1.30-1.45 E, 51.29-51.38 N: its centre (1.37 E, 51.34 N) is in no fixture LSOA's extent,
		// but its eastern part covers Thanet 001B (1.41-1.43 E, 51.33-51.34 N).
		const { result, messages } = gridReferenceAnswer(index, ref('TR 3 6'));
		expect(districtAt(index, result.point ?? [0, 0], [result.point as [number, number], result.point as [number, number]])).toBeNull();
		expect(result).toMatchObject({ outside: false, districts: [THANET] });
		expect(messages).toEqual([]);
	});
});

describe('coordinatesAnswer', () => {
	it('names the district of the nearest LSOA centroid among the LSOAs whose extent holds the point', () => {
		const parsed = parseCoordinates('51.3815, 1.3865');
		if (!parsed?.ok) throw new Error('parse');
		const { result } = coordinatesAnswer(index, parsed.value);
		expect(result).toMatchObject({ kind: 'coordinates', outside: false, districts: [THANET], label: '51.38150° N, 1.38650° E (near Margate, Thanet)', extent: null });
	});

	it('marks a point beyond every LSOA as outside, with no district', () => {
		const parsed = parseCoordinates('51.0, 0.0');
		if (!parsed?.ok) throw new Error('parse');
		const { result, messages } = coordinatesAnswer(index, parsed.value);
		expect(result).toMatchObject({ outside: true, districts: [], label: '51.00000° N, 0.00000° E (outside Kent & Medway)' });
		expect(messages.map((m) => m.code)).toEqual(['outside-area']);
	});

	it('districtAt prefers the nearest centroid when extents overlap', () => {
		const area: [[number, number], [number, number]] = [
			[0, 51],
			[2, 52]
		];
		expect(districtAt(index, [0.21, 51.435], area)).toBe(DARTFORD);
		expect(districtAt(index, [1.4, 51.34], area)).toBe(THANET);
		expect(districtAt(index, [5, 5], [[5, 5], [5, 5]])).toBeNull();
	});
});
