import { describe, expect, it } from 'vitest';
import { formatLatLng, parseCoordinates, type ParsedCoordinates } from './coordinates';

function value(text: string): ParsedCoordinates {
	const result = parseCoordinates(text);
	if (!result?.ok) throw new Error(`${text}: ${result ? result.message.code : 'not coordinates'}`);
	return result.value;
}

function failure(text: string): string | null {
	const result = parseCoordinates(text);
	return result === null ? null : result.ok ? 'ok' : result.message.code;
}

describe('parseCoordinates: latitude and longitude', () => {
	it.each([
		['51.38, 0.52', 0.52, 51.38],
		['51.38,0.52', 0.52, 51.38],
		['51.38 0.52', 0.52, 51.38],
		['51.38; 0.52', 0.52, 51.38],
		['51.38N 0.52E', 0.52, 51.38],
		['51.38 N, 0.52 E', 0.52, 51.38],
		['51.38° N, 0.52° E', 0.52, 51.38],
		['51.38°, 0.52°', 0.52, 51.38],
		['51.38° 0.52°', 0.52, 51.38],
		['n51.38 e0.52', 0.52, 51.38],
		['N 51.38 E 0.52', 0.52, 51.38],
		['0.52E 51.38N', 0.52, 51.38],
		['E 0.52, N 51.38', 0.52, 51.38],
		['51.1, -0.2', -0.2, 51.1],
		['51.1N 0.2W', -0.2, 51.1],
		['+51.1, +0.2', 0.2, 51.1],
		['51, 1', 1, 51],
		['-33.9, 151.2', 151.2, -33.9],
		['33.9S 151.2E', 151.2, -33.9]
	])('%j is lng %d, lat %d', (text, lng, lat) => {
		const parsed = value(text);
		expect(parsed.type).toBe('lat-lng');
		if (parsed.type === 'lat-lng') {
			expect(parsed.lngLat).toEqual([lng, lat]);
			expect(parsed.swapped).toBe(false);
		}
	});

	it('reads an unlabelled pair as longitude, latitude only when that order alone lands in Kent', () => {
		const swapped = value('0.52, 51.38');
		expect(swapped).toMatchObject({ type: 'lat-lng', lngLat: [0.52, 51.38], swapped: true });
		// Both orders are on the globe and neither is in Kent: the usual latitude-first order stands.
		expect(value('10, 20')).toMatchObject({ lngLat: [20, 10], swapped: false });
		// Only longitude-first is on the globe at all.
		expect(value('120, 51')).toMatchObject({ lngLat: [120, 51], swapped: true });
		// A labelled pair is never swapped.
		expect(value('0.52N, 51.38E')).toMatchObject({ lngLat: [51.38, 0.52], swapped: false });
	});

	it('writes the point back with hemispheres and five decimals', () => {
		expect(formatLatLng([0.52, 51.38])).toBe('51.38000° N, 0.52000° E');
		expect(formatLatLng([-0.2, -33.9])).toBe('33.90000° S, 0.20000° W');
		expect(value('51.38, 0.52').text).toBe('51.38000° N, 0.52000° E');
	});
});

describe('parseCoordinates: easting and northing', () => {
	it.each([
		['575800, 168300', 575_800, 168_300],
		['575800 168300', 575_800, 168_300],
		['E 575800 N 168300', 575_800, 168_300],
		['N 168300 E 575800', 575_800, 168_300],
		['575800E 168300N', 575_800, 168_300],
		['168300N, 575800E', 575_800, 168_300],
		['639821.835, 169565.858', 639_821.835, 169_565.858],
		['216600, 771200', 216_600, 771_200]
	])('%j is E %d N %d', (text, easting, northing) => {
		expect(value(text)).toMatchObject({ type: 'easting-northing', easting, northing });
	});

	it('writes whole metres back', () => {
		expect(value('639821.835, 169565.858').text).toBe('E 639822, N 169566');
	});
});

describe('parseCoordinates: rejections', () => {
	it.each([
		['51°23\'N 0°31\'E', 'coordinates-dms'],
		['51° 23\' 0° 31\'', 'coordinates-dms'],
		['51 23 30"', 'coordinates-dms'],
		['51.38N 0.52N', 'coordinates-labels'],
		['0.52E 51.38E', 'coordinates-labels'],
		['-51.38N 0.52E', 'coordinates-labels'],
		['N, 51.38 0.52', 'coordinates-labels'],
		['51.38 N E, 0.52', 'coordinates-labels'],
		['E 575800 E 168300', 'coordinates-labels'],
		['575800W 168300N', 'coordinates-labels'],
		['95, 200', 'coordinates-out-of-range'],
		['800000, 168300', 'coordinates-out-of-range'],
		['575800, 51.38', 'coordinates-out-of-range'],
		['-575800, 168300', 'coordinates-out-of-range'],
		['575800, 1400000', 'coordinates-out-of-range']
	])('%j -> %s', (text, code) => {
		expect(failure(text)).toBe(code);
	});

	it.each(['Margate', 'Thanet 001B', 'E01024692', 'TQ 758 683', '2024', '51.38', '1, 2, 3', 'news', '', '51.38, 0.52, x'])('leaves %j to name search', (text) => {
		expect(failure(text)).toBeNull();
	});
});
