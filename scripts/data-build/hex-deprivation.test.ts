import { readFileSync } from 'node:fs';
import { filesPresent } from '../../src/lib/test-support/required-files';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { cellToBoundary } from 'h3-js';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { parseHexDeciles } from '../../src/lib/analysis/deprivation/hex-imd';
import { cellOfLngLat, resolutionOf } from '../../src/lib/analysis/h3/cells';
import { parseCsv } from './csv';
import { describe, expect, it } from 'vitest';
import { hexDeciles, pickWinner, type HexArea } from './hex-deprivation';

const rect = (w: number, s: number, e: number, n: number): Polygon => ({
	type: 'Polygon',
	coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]]
});

describe('pickWinner', () => {
	it.each([
		['most residents', [{ residents: 10, decile: 5, code: 'A' }, { residents: 11, decile: 9, code: 'B' }], 'B'],
		['a tie goes to the more deprived decile', [{ residents: 10, decile: 5, code: 'A' }, { residents: 10, decile: 2, code: 'B' }], 'B'],
		['a tie on both goes to the lower code', [{ residents: 10, decile: 2, code: 'B' }, { residents: 10, decile: 2, code: 'A' }], 'A']
	])('%s', (_, candidates, code) => {
		expect(pickWinner(candidates).code).toBe(code);
	});
});

describe('hexDeciles', () => {
	// Two LSOAs side by side around 0.5E 51.3N, split at 0.5E: west 0.1 degrees wide, east 0.1 wide.
	const west: HexArea = { code: 'W', geometry: rect(0.4, 51.25, 0.5, 51.35), population: 1000, decile: 8 };
	const east: HexArea = { code: 'E', geometry: rect(0.5, 51.25, 0.6, 51.35), population: 1000, decile: 3 };

	it('gives a cell inside one LSOA that LSOA\'s decile, and lists only cells that overlap', () => {
		const deciles = new Map(hexDeciles([west, east], 8).map((w) => [w.cell, w.decile]));
		expect(deciles.get(cellOfLngLat(0.45, 51.3, 8))).toBe(8);
		expect(deciles.get(cellOfLngLat(0.55, 51.3, 8))).toBe(3);
		expect(deciles.has(cellOfLngLat(0.7, 51.3, 8))).toBe(false);
	});

	it('weights a cell astride the border by residents: a denser LSOA wins a smaller share of the area', () => {
		const cell = cellOfLngLat(0.5, 51.3, 7);
		const lngs = cellToBoundary(cell, true).map((p) => p[0]);
		expect(Math.min(...lngs)).toBeLessThan(0.5);
		expect(Math.max(...lngs)).toBeGreaterThan(0.5);
		const sparse = { ...east, population: 1 };
		const dense = { ...east, population: 1_000_000 };
		const decile = (areas: HexArea[]) => hexDeciles(areas, 7).find((w) => w.cell === cell)?.decile;
		expect(decile([west, sparse])).toBe(8);
		expect(decile([west, dense])).toBe(3);
	});
});

const DATA = new URL('../../data/', import.meta.url);
describe.skipIf(!filesPresent([new URL(DATA_PATHS.hexImd25, DATA)], 'the built hex-imd25.csv checks'))('data/lookups/hex-imd25.csv', () => {
	const deciles = parseHexDeciles(readFileSync(new URL(DATA_PATHS.hexImd25, DATA), 'utf8'));
	const table = new Map(parseCsv(readFileSync(new URL(DATA_PATHS.lsoa21Table, DATA), 'utf8')).map((r) => [r.code, Number(r.imd25_decile)]));
	const centroids = JSON.parse(readFileSync(new URL(DATA_PATHS.lsoa21Centroids, DATA), 'utf8')) as FeatureCollection<Point, { code: string }>;

	it('covers the study area at 7, 8 and 9 (about 3,900 km²: hexagons of 5.2, 0.74 and 0.105 km²)', () => {
		const count = (r: number) => [...deciles.keys()].filter((c) => resolutionOf(c) === r).length;
		expect(count(7)).toBeGreaterThan(750);
		expect(count(8)).toBeGreaterThan(5300);
		expect(count(9)).toBeGreaterThan(37_000);
		expect(count(7) + count(8) + count(9)).toBe(deciles.size);
	});

	it('mostly gives the res-9 cell at an LSOA\'s population-weighted centroid that LSOA\'s decile', () => {
		const cells = centroids.features.map((f) => ({ decile: deciles.get(cellOfLngLat(f.geometry.coordinates[0], f.geometry.coordinates[1], 9)), own: table.get(f.properties.code) }));
		expect(cells.every((c) => c.decile !== undefined)).toBe(true);
		expect(cells.filter((c) => c.decile === c.own).length / cells.length).toBeGreaterThan(0.85);
	});
});
