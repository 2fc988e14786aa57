import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VectorTile } from '@mapbox/vector-tile';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import Pbf from 'pbf';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { DISTRICTS } from '../../src/lib/analysis/geography/districts';
import { BASEMAP_TILE_SET, SOURCE_LAYERS } from '../../src/lib/map/basemap-tile-set';
import { buildBasemapStyle } from '../../src/lib/map/basemap-style';
import { cutTiles, tileDigest, tileOf, tilePath, tileRange, tilesInBounds, TILE_LAYERS, type TileInfo, type TileLayerInput } from './basemap-tiles';
import { sha256 } from './output';
import { DataBuildError } from './source';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const decode = (bytes: Uint8Array) => new VectorTile(new Pbf(bytes));

/** A decoded point's distance from where it was, in metres (equirectangular: fine over a metre). */
function metresApart(a: Position, b: Position): number {
	const k = (Math.PI / 180) * 6_371_008.8;
	return Math.hypot((a[0] - b[0]) * k * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * k);
}

/** Half a tile unit on each axis, the most a coordinate can move when snapped to the z12 grid: about 0.75 m at 51 deg N. */
function snapToleranceMetres(z: number, lat: number): number {
	const unit = (2 * Math.PI * 6_378_137 * Math.cos((lat * Math.PI) / 180)) / (BASEMAP_TILE_SET.extent * 2 ** z);
	return Math.SQRT2 * (unit / 2);
}

describe('tile ranges', () => {
	it('cover the bounds the way MapLibre asks for tiles (floor of the west/north edge, up to the east/south edge)', () => {
		expect(tileRange([-0.8, 50.5, 2.3, 52], 5)).toEqual({ z: 5, minX: 15, maxX: 16, minY: 10, maxY: 10 });
		expect(tileRange([0, 0, 1, 1], 1)).toEqual({ z: 1, minX: 1, maxX: 1, minY: 0, maxY: 0 });
		// Checked by hand: x = (180 + lng) / 360 * 4096, y = (1 - asinh(tan(lat)) / pi) / 2 * 4096.
		expect(tileOf(0.5218, 51.2724, 12)).toEqual({ z: 12, x: 2053, y: 1366 });
	});

	it('put every point in bounds in a tile of the range, at every zoom', () => {
		const [w, s, e, n] = BASEMAP_TILE_SET.bounds;
		for (let z = BASEMAP_TILE_SET.minzoom; z <= BASEMAP_TILE_SET.maxzoom; z++) {
			const r = tileRange(BASEMAP_TILE_SET.bounds, z);
			for (const [lng, lat] of [[w, n], [e - 1e-9, s + 1e-9], [(w + e) / 2, (s + n) / 2]]) {
				const t = tileOf(lng, lat, z);
				expect(t.x >= r.minX && t.x <= r.maxX && t.y >= r.minY && t.y <= r.maxY, `${lng},${lat} at z${z}`).toBe(true);
			}
		}
	});

	it('name tiles by DATA_PATHS.basemapTiles', () => {
		expect(tilePath({ z: 9, x: 256, y: 170 })).toBe('basemap/tiles/9/256/170.pbf');
	});
});

describe('cutTiles', () => {
	const options = { ...BASEMAP_TILE_SET, minzoom: 9, maxzoom: 10, bounds: [0, 51, 1, 51.5] as const };
	const square: Feature = {
		type: 'Feature',
		properties: { code: 'E07000110', name: 'Maidstone', area: 'mid' },
		geometry: { type: 'Polygon', coordinates: [[[0.45, 51.22], [0.55, 51.22], [0.55, 51.28], [0.45, 51.28], [0.45, 51.22]]] }
	};
	const town: Feature<Point> = { type: 'Feature', properties: { name: 'Maidstone', tier: 1, population: 113137 }, geometry: { type: 'Point', coordinates: [0.52182, 51.27236] } };
	const layers: TileLayerInput[] = [
		{ id: SOURCE_LAYERS.districts, features: [square], fields: { code: 'String' } },
		{ id: SOURCE_LAYERS.places, features: [town], fields: { name: 'String', tier: 'Number' } }
	];
	const tiles = cutTiles(layers, options);

	it('writes every tile in bounds, in z, x, y order', () => {
		expect(tiles.map(({ z, x, y }) => ({ z, x, y }))).toEqual(tilesInBounds(options));
		expect(tiles.length).toBe(tilesInBounds(options).length);
	});

	it('keeps only the listed properties, and round-trips a point within half a tile unit', () => {
		const at = tileOf(0.52182, 51.27236, 10);
		const tile = tiles.find((t) => t.z === 10 && t.x === at.x && t.y === at.y);
		const decoded = decode(tile!.data);
		expect(Object.keys(decoded.layers).sort()).toEqual(['districts', 'place-labels']);
		expect(decoded.layers.districts.feature(0).properties).toEqual({ code: 'E07000110' });
		const place = decoded.layers['place-labels'].feature(0);
		expect(place.properties).toEqual({ name: 'Maidstone', tier: 1 });
		const back = (place.toGeoJSON(at.x, at.y, at.z).geometry as Point).coordinates;
		expect(metresApart(back, town.geometry.coordinates)).toBeLessThanOrEqual(snapToleranceMetres(10, 51.27));
	});

	it('leaves a tile with nothing in it empty (0 bytes, no layers)', () => {
		const empty = tiles.filter((t) => t.data.byteLength === 0);
		expect(empty.length).toBeGreaterThan(0);
		for (const t of empty) expect(Object.keys(decode(t.data).layers)).toEqual([]);
	});

	it('refuses a feature outside the bounds, which MapLibre would never ask for', () => {
		const far: Feature = { ...town, geometry: { type: 'Point', coordinates: [1.2, 51.25] } };
		expect(() => cutTiles([{ ...layers[1], features: [far] }], options)).toThrow(DataBuildError);
	});

	it('does not change its input', () => {
		expect(square.properties).toEqual({ code: 'E07000110', name: 'Maidstone', area: 'mid' });
		expect(town.geometry.coordinates).toEqual([0.52182, 51.27236]);
	});
});

describe('TILE_LAYERS', () => {
	const style = buildBasemapStyle({ dataUrl: 'http://127.0.0.1:4173/data/' });
	/** Every property a layer's expressions read with ["get", name]. */
	const gets = (value: unknown): string[] =>
		Array.isArray(value) ? (value[0] === 'get' && typeof value[1] === 'string' ? [value[1]] : value.flatMap(gets)) : value && typeof value === 'object' ? Object.values(value).flatMap(gets) : [];

	it('carry every property the style reads, and each layer from the zoom the style first draws it', () => {
		for (const layer of style.layers) {
			if (layer.type === 'background') continue;
			const spec = TILE_LAYERS.find((l) => l.id === layer['source-layer']);
			expect(spec, layer.id).toBeDefined();
			for (const name of gets([layer.filter, layer.layout, layer.paint])) expect(Object.keys(spec!.fields), `${layer.id} reads ${name}`).toContain(name);
			expect(spec!.minzoom ?? 0, layer.id).toBeLessThanOrEqual(Math.floor(layer.minzoom ?? 0));
		}
	});

	it('keep the district code that promoteId and the click handler use', () => {
		expect(TILE_LAYERS.find((l) => l.id === SOURCE_LAYERS.districts)?.fields).toHaveProperty('code');
		expect(TILE_LAYERS.find((l) => l.id === SOURCE_LAYERS.districtLabels)?.fields).toHaveProperty('code');
	});
});

describe('the committed tile set', () => {
	const info = JSON.parse(readFileSync(join(DATA, DATA_PATHS.basemapTileInfo), 'utf8')) as TileInfo;
	const read = (tile: { z: number; x: number; y: number }) => decode(readFileSync(join(DATA, tilePath(tile))));
	const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

	it('is described by tiles.json with the numbers the style declares', () => {
		expect({ minzoom: info.minzoom, maxzoom: info.maxzoom, bounds: info.bounds, extent: info.extent, buffer: info.buffer, tolerance: info.tolerance }).toEqual({
			...BASEMAP_TILE_SET,
			bounds: [...BASEMAP_TILE_SET.bounds]
		});
		expect(info.vector_layers.map((l) => l.id).sort()).toEqual(Object.values(SOURCE_LAYERS).sort());
		expect(info.vector_layers.map((l) => l.id)).toEqual(TILE_LAYERS.map((l) => l.id));
	});

	it('has every tile in bounds at every zoom and nothing else, matching the count, bytes and digest in tiles.json', () => {
		const expected = tilesInBounds(BASEMAP_TILE_SET).map(tilePath);
		const dir = join(DATA, 'basemap', 'tiles');
		const onDisk = walk(dir).map((f) => `basemap/tiles/${relative(dir, f).split(sep).join('/')}`).filter((p) => p !== DATA_PATHS.basemapTileInfo);
		expect(onDisk.sort()).toEqual([...expected].sort());
		const entries = expected.map((path) => ({ path, bytes: readFileSync(join(DATA, path)) }));
		expect(info.files).toEqual({
			count: expected.length,
			bytes: entries.reduce((s, e) => s + e.bytes.byteLength, 0),
			sha256: tileDigest(entries.map((e) => ({ path: e.path, sha256: sha256(e.bytes) })))
		});
	});

	it('puts each district, with its code, in the tiles holding its label point, at the lowest, a middle and the highest zoom', () => {
		const labels = JSON.parse(readFileSync(join(DATA, DATA_PATHS.districtLabels), 'utf8')) as FeatureCollection<Point, { code: string }>;
		expect(labels.features.map((f) => f.properties.code).sort()).toEqual(DISTRICTS.map((d) => d.code).sort());
		for (const z of [BASEMAP_TILE_SET.minzoom, 9, BASEMAP_TILE_SET.maxzoom]) {
			for (const label of labels.features) {
				const [lng, lat] = label.geometry.coordinates;
				const tile = read(tileOf(lng, lat, z));
				const districts = tile.layers[SOURCE_LAYERS.districts];
				const codes = Array.from({ length: districts.length }, (_, i) => districts.feature(i).properties.code);
				expect(codes, `z${z} ${label.properties.code}`).toContain(label.properties.code);
			}
		}
	});

	it('gives back every district label point within half a z12 tile unit (under 1.1 m)', () => {
		const labels = JSON.parse(readFileSync(join(DATA, DATA_PATHS.districtLabels), 'utf8')) as FeatureCollection<Point, { code: string }>;
		const z = BASEMAP_TILE_SET.maxzoom;
		for (const label of labels.features) {
			const [lng, lat] = label.geometry.coordinates;
			const t = tileOf(lng, lat, z);
			const layer = read(t).layers[SOURCE_LAYERS.districtLabels];
			const found = Array.from({ length: layer.length }, (_, i) => layer.feature(i)).find((f) => f.properties.code === label.properties.code);
			const back = (found!.toGeoJSON(t.x, t.y, t.z).geometry as Point).coordinates;
			expect(metresApart(back, [lng, lat])).toBeLessThanOrEqual(snapToleranceMetres(z, lat));
			expect(snapToleranceMetres(z, lat)).toBeLessThan(1.1);
		}
	});

	it('writes Mapbox Vector Tile version 2 layers at the stated extent, and no stations below their minzoom', () => {
		for (const tile of tilesInBounds(BASEMAP_TILE_SET).filter((t) => t.z <= 9)) {
			const layers = Object.values(read(tile).layers);
			for (const layer of layers) expect({ version: layer.version, extent: layer.extent }).toEqual({ version: 2, extent: BASEMAP_TILE_SET.extent });
			expect(layers.map((l) => l.name)).not.toContain(SOURCE_LAYERS.stations);
		}
		expect(existsSync(join(DATA, tilePath(tileOf(0.52182, 51.27236, BASEMAP_TILE_SET.maxzoom))))).toBe(true);
	});
});
