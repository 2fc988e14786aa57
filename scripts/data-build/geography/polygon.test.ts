import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { geometryContains, interiorPoint, polygonArea, ringContains } from './polygon';

const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] };
/** A U shape whose centroid (about 1, 0.8) lies in the notch, outside the polygon. */
const horseshoe: Polygon = {
	type: 'Polygon',
	coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]]
};
const donut: Polygon = {
	type: 'Polygon',
	coordinates: [
		[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]],
		[[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]
	]
};

describe('containment', () => {
	it.each([
		[[1, 1], true],
		[[3, 1], false],
		[[-0.5, 1], false]
	] as const)('square contains %j: %s', (point, expected) => {
		expect(ringContains(square.coordinates[0], point as unknown as number[])).toBe(expected);
	});

	it('excludes holes', () => {
		expect(geometryContains(donut, [2, 2])).toBe(false);
		expect(geometryContains(donut, [0.5, 2])).toBe(true);
	});

	it('handles multipolygons', () => {
		const two: MultiPolygon = { type: 'MultiPolygon', coordinates: [square.coordinates, [[[5, 5], [6, 5], [6, 6], [5, 5]]]] };
		expect(geometryContains(two, [5.8, 5.2])).toBe(true);
		expect(geometryContains(two, [4, 4])).toBe(false);
	});
});

describe('polygonArea', () => {
	it('subtracts holes', () => {
		expect(polygonArea(donut.coordinates)).toBe(12);
	});
});

describe('interiorPoint', () => {
	it.each([
		['square', square],
		['horseshoe', horseshoe],
		['donut', donut]
	] as const)('lies inside the %s', (_name, polygon) => {
		expect(geometryContains(polygon, interiorPoint(polygon))).toBe(true);
	});

	it('is near the middle of a square (golden)', () => {
		const [x, y] = interiorPoint(square, { scanlines: 2 });
		expect([x, y]).toEqual([1, 0.5]);
	});

	it('picks the largest part of a multipolygon', () => {
		const islands: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[10, 10], [10.1, 10], [10.1, 10.1], [10, 10]]], square.coordinates] };
		const p = interiorPoint(islands);
		expect(geometryContains(square, p)).toBe(true);
	});

	it('rejects an empty multipolygon', () => {
		expect(() => interiorPoint({ type: 'MultiPolygon', coordinates: [] })).toThrow(RangeError);
	});
});
