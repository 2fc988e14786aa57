import { describe, expect, it } from 'vitest';
import { areaInside, clipToConvex, planarArea, polygonAreaM2 } from './convex-clip';

/** m² per square degree at the equator on the projection (refLat 0). */
const DEG2 = (6_371_008.8 * Math.PI / 180) ** 2;
const square = (x0: number, y0: number, size: number) => [
	[x0, y0],
	[x0 + size, y0],
	[x0 + size, y0 + size],
	[x0, y0 + size],
	[x0, y0]
];

describe('convex clip', () => {
	it('measures rings in m², anticlockwise positive, shrinking east-west by cos(latitude)', () => {
		expect(planarArea(square(0, 0, 1), 0)).toBeCloseTo(DEG2, 0);
		expect(planarArea([...square(0, 0, 1)].reverse(), 0)).toBeCloseTo(-DEG2, 0);
		expect(planarArea(square(0, 0, 1), 60)).toBeCloseTo(DEG2 / 2, 0);
	});

	it.each([
		['half overlap', square(0, 0, 2), square(1, 0, 2), 2],
		['clip inside subject', square(0, 0, 4), square(1, 1, 1), 1],
		['subject inside clip', square(1, 1, 1), square(0, 0, 4), 1],
		['disjoint', square(0, 0, 1), square(3, 3, 1), 0],
		['clockwise clip', square(0, 0, 2), [...square(1, 1, 2)].reverse(), 1]
	])('%s', (_, subject, clip, squareDegrees) => {
		expect(Math.abs(planarArea(clipToConvex(subject, clip), 0)) / DEG2).toBeCloseTo(squareDegrees, 9);
	});

	it('is exact for a concave ring cut into two pieces (a U shape across a square)', () => {
		// U: 3 wide, 3 tall, with a 1-wide notch from the top down to y = 1; area 7.
		const u = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]];
		expect(Math.abs(planarArea(u, 0)) / DEG2).toBeCloseTo(7, 9);
		// The band y in [2, 3] holds the two prongs only: 1 + 1.
		const band = square(-1, 2, 5).map(([x, y]) => [x, Math.min(y, 3)]);
		expect(areaInside([u], band, 0) / DEG2).toBeCloseTo(2, 9);
	});

	it('subtracts holes', () => {
		const rings = [square(0, 0, 4), square(1, 1, 1)];
		expect(polygonAreaM2(rings, 0) / DEG2).toBeCloseTo(15, 9);
		expect(areaInside(rings, square(0, 0, 2), 0) / DEG2).toBeCloseTo(3, 9);
	});
});
