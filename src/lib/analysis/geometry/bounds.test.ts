import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { boundsByProperty, geometryBounds } from './bounds';

describe('geometryBounds', () => {
	it.each<[string, Geometry, ReturnType<typeof geometryBounds>]>([
		['point', { type: 'Point', coordinates: [0.5, 51.2] }, [[0.5, 51.2], [0.5, 51.2]]],
		[
			'polygon with a hole',
			{
				type: 'Polygon',
				coordinates: [
					[[0, 51], [1, 51], [1, 52], [0, 52], [0, 51]],
					[[0.2, 51.2], [0.4, 51.2], [0.4, 51.4], [0.2, 51.2]]
				]
			},
			[[0, 51], [1, 52]]
		],
		[
			'multipolygon across the meridian',
			{
				type: 'MultiPolygon',
				coordinates: [
					[[[-0.1, 51], [0.1, 51], [0.1, 51.1], [-0.1, 51]]],
					[[[1.3, 51.3], [1.4, 51.3], [1.4, 51.4], [1.3, 51.3]]]
				]
			},
			[[-0.1, 51], [1.4, 51.4]]
		]
	])('%s', (_name, geometry, expected) => {
		expect(geometryBounds(geometry)).toEqual(expected);
	});

	it('does not mutate its input', () => {
		const geometry: Geometry = { type: 'LineString', coordinates: [[1, 2], [0, 3]] };
		const copy = structuredClone(geometry);
		geometryBounds(geometry);
		expect(geometry).toEqual(copy);
	});

	it('refuses an empty geometry', () => {
		expect(() => geometryBounds({ type: 'MultiPolygon', coordinates: [] })).toThrow(/empty MultiPolygon/);
	});
});

describe('boundsByProperty', () => {
	it('keys each feature by the named property', () => {
		const result = boundsByProperty(
			[
				{ properties: { code: 'A' }, geometry: { type: 'Point', coordinates: [1, 2] } },
				{ properties: { code: 'B' }, geometry: { type: 'LineString', coordinates: [[0, 0], [3, 4]] } }
			],
			'code'
		);
		expect([...result.keys()]).toEqual(['A', 'B']);
		expect(result.get('B')).toEqual([[0, 0], [3, 4]]);
	});
});
