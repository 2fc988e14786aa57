import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { roundCoord, roundGeometry, roundGeometryOrNull, roundLine, roundRing } from './coords';

describe('roundCoord', () => {
	it.each([
		[0.123456, 0.12346],
		[-0.123455, -0.12346],
		[51.000004, 51],
		[-0.000004, 0],
		[1.2, 1.2]
	])('rounds %f to %f', (input, expected) => {
		expect(roundCoord(input)).toBe(expected);
	});

	it('never returns negative zero', () => {
		expect(Object.is(roundCoord(-0.000001), 0)).toBe(true);
	});

	it('rejects non-finite values', () => {
		expect(() => roundCoord(Number.NaN)).toThrow(RangeError);
	});
});

describe('roundLine and roundRing', () => {
	it('drops vertices that rounding makes repeat', () => {
		expect(roundLine([[0, 0], [0.000001, 0.000001], [1, 1]])).toEqual([[0, 0], [1, 1]]);
	});

	it('keeps rings closed and drops rings that collapse', () => {
		expect(roundRing([[0, 0], [1, 0], [1, 1], [0, 0]])).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
		expect(roundRing([[0, 0], [0.000001, 0], [0, 0.000001], [0, 0]])).toBeNull();
	});
});

describe('roundGeometry', () => {
	const polygon: Geometry = {
		type: 'Polygon',
		coordinates: [
			[[0.1234567, 51.1234567], [0.2234567, 51.1234567], [0.2234567, 51.2234567], [0.1234567, 51.1234567]],
			[[0.15, 51.15], [0.150001, 51.15], [0.15, 51.150001], [0.15, 51.15]]
		]
	};

	it('rounds every position and drops collapsed holes (golden)', () => {
		expect(roundGeometry(polygon)).toEqual({
			type: 'Polygon',
			coordinates: [[[0.12346, 51.12346], [0.22346, 51.12346], [0.22346, 51.22346], [0.12346, 51.12346]]]
		});
	});

	it('does not mutate its input', () => {
		const before = JSON.stringify(polygon);
		roundGeometry(polygon);
		expect(JSON.stringify(polygon)).toBe(before);
	});

	it('returns null from roundGeometryOrNull for a line shorter than the rounding step', () => {
		expect(roundGeometryOrNull({ type: 'LineString', coordinates: [[0.1, 51], [0.100001, 51]] })).toBeNull();
		expect(() => roundGeometry({ type: 'LineString', coordinates: [[0.1, 51], [0.100001, 51]] })).toThrow(RangeError);
	});
});
