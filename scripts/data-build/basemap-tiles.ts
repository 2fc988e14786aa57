/**
 * The drawn basemap pre-cut into Mapbox Vector Tiles (geojson-vt, then vt-pbf), so MapLibre reads small tiles at
 * start-up instead of tiling 800 KB of GeoJSON in its workers. The GeoJSON written earlier in the build stays the
 * readable copy; boundaries/districts.geojson stays what the app's district geography reads for analysis.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import GeoJSONVT from 'geojson-vt';
import type { Feature, FeatureCollection } from 'geojson';
import vtpbf from 'vt-pbf';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { BASEMAP_TILE_SET, SOURCE_LAYERS, type SourceLayer } from '../../src/lib/map/basemap-tile-set';
import { DataBuildError } from './source';
import { sha256, type OutputDir } from './output';

type FieldType = 'String' | 'Number';

/** What goes into one source-layer: the GeoJSON it is cut from and the only properties the style reads. */
export interface TileLayerSpec {
	readonly id: SourceLayer;
	readonly path: string;
	readonly fields: Readonly<Record<string, FieldType>>;
	/** Left out of lower tiles: the style never draws it there (basemap-style.test.ts checks the two agree). */
	readonly minzoom?: number;
}

/** In drawing order; districts keep `code` for the click handler and feature-state (promoteId). */
export const TILE_LAYERS: readonly TileLayerSpec[] = [
	{ id: SOURCE_LAYERS.land, path: DATA_PATHS.land, fields: {} },
	{ id: SOURCE_LAYERS.outline, path: DATA_PATHS.outline, fields: { code: 'String' } },
	{ id: SOURCE_LAYERS.rail, path: DATA_PATHS.rail, fields: {} },
	{ id: SOURCE_LAYERS.motorways, path: DATA_PATHS.motorways, fields: { road_classification_number: 'String' } },
	{ id: SOURCE_LAYERS.districts, path: DATA_PATHS.districts, fields: { code: 'String' } },
	{ id: SOURCE_LAYERS.stations, path: DATA_PATHS.stations, fields: { name: 'String' }, minzoom: 11 },
	{ id: SOURCE_LAYERS.districtLabels, path: DATA_PATHS.districtLabels, fields: { code: 'String', label: 'String' } },
	{ id: SOURCE_LAYERS.places, path: DATA_PATHS.placeLabels, fields: { name: 'String', tier: 'Number' } }
];

/** One layer to cut: its spec less the file it came from, with the features read from it. */
export type TileLayerInput = Omit<TileLayerSpec, 'path'> & { features: readonly Feature[] };

export type Bounds = readonly [west: number, south: number, east: number, north: number];

/** BASEMAP_TILE_SET's fields, widened so a test can cut a small set of its own. */
export interface TileSetOptions {
	minzoom: number;
	maxzoom: number;
	bounds: Bounds;
	extent: number;
	buffer: number;
	tolerance: number;
}

export interface TileRange {
	z: number;
	minX: number;
	maxX: number;
	minY: number;
	maxY: number;
}

/** Web Mercator world fraction, written as MapLibre's mercatorXfromLng / mercatorYfromLat so both round alike. */
const worldX = (lng: number) => (180 + lng) / 360;
const worldY = (lat: number) => (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

/** The tiles MapLibre asks for at zoom z given the source's bounds (its TileBounds.contains), inclusive. */
export function tileRange(bounds: Bounds, z: number): TileRange {
	const n = 2 ** z;
	const [west, south, east, north] = bounds;
	return { z, minX: Math.floor(worldX(west) * n), maxX: Math.ceil(worldX(east) * n) - 1, minY: Math.floor(worldY(north) * n), maxY: Math.ceil(worldY(south) * n) - 1 };
}

/** Every tile in bounds from minzoom to maxzoom, ordered by z, then x, then y. */
export function tilesInBounds(options: Pick<TileSetOptions, 'bounds' | 'minzoom' | 'maxzoom'>): { z: number; x: number; y: number }[] {
	const tiles: { z: number; x: number; y: number }[] = [];
	for (let z = options.minzoom; z <= options.maxzoom; z++) {
		const r = tileRange(options.bounds, z);
		for (let x = r.minX; x <= r.maxX; x++) for (let y = r.minY; y <= r.maxY; y++) tiles.push({ z, x, y });
	}
	return tiles;
}

/** The tile holding a point at zoom z. */
export function tileOf(lng: number, lat: number, z: number): { z: number; x: number; y: number } {
	const n = 2 ** z;
	return { z, x: Math.floor(worldX(lng) * n), y: Math.floor(worldY(lat) * n) };
}

export function tilePath(tile: { z: number; x: number; y: number }): string {
	return DATA_PATHS.basemapTiles.replace('{z}', String(tile.z)).replace('{x}', String(tile.x)).replace('{y}', String(tile.y));
}

export interface CutTile {
	z: number;
	x: number;
	y: number;
	/** Encoded tile; empty (0 bytes, no layers) where nothing is drawn, which MapLibre reads as an empty tile. */
	data: Uint8Array;
	/** Features per source-layer in this tile (layers with none are left out of the tile). */
	features: Partial<Record<SourceLayer, number>>;
}

function keepFields(features: readonly Feature[], fields: Readonly<Record<string, FieldType>>): Feature[] {
	return features.map((f) => ({
		type: 'Feature',
		properties: Object.fromEntries(Object.keys(fields).filter((k) => f.properties?.[k] != null).map((k) => [k, f.properties?.[k]])),
		geometry: f.geometry
	}));
}

function outside(features: readonly Feature[], bounds: Bounds): number {
	let count = 0;
	const visit = (c: unknown): boolean =>
		typeof (c as number[])[0] === 'number'
			? (c as number[])[0] < bounds[0] || (c as number[])[1] < bounds[1] || (c as number[])[0] > bounds[2] || (c as number[])[1] > bounds[3]
			: (c as unknown[]).some(visit);
	for (const f of features) if (f.geometry && 'coordinates' in f.geometry && visit(f.geometry.coordinates)) count++;
	return count;
}

/**
 * Cuts the layers into every tile in bounds. Pure: reads only its arguments. Throws when a feature lies outside
 * the bounds, since MapLibre would never ask for the tiles that draw it.
 */
export function cutTiles(layers: readonly TileLayerInput[], options: TileSetOptions = BASEMAP_TILE_SET): CutTile[] {
	const indexes = layers.map((layer) => {
		const beyond = outside(layer.features, options.bounds);
		if (beyond > 0) throw new DataBuildError(`basemap tiles: ${beyond} ${layer.id} feature(s) reach outside the tile bounds ${options.bounds.join(', ')}`);
		const collection: FeatureCollection = { type: 'FeatureCollection', features: keepFields(layer.features, layer.fields) };
		const index = new GeoJSONVT(collection, { maxZoom: options.maxzoom, indexMaxZoom: options.minzoom, tolerance: options.tolerance, extent: options.extent, buffer: options.buffer });
		return { id: layer.id, minzoom: layer.minzoom ?? options.minzoom, index };
	});
	return tilesInBounds(options).map(({ z, x, y }) => {
		const parts: Record<string, { features: unknown[] }> = {};
		const features: Partial<Record<SourceLayer, number>> = {};
		for (const { id, minzoom, index } of indexes) {
			if (z < minzoom) continue;
			const tile = index.getTile(z, x, y);
			if (!tile || tile.features.length === 0) continue;
			parts[id] = tile;
			features[id] = tile.features.length;
		}
		const data = Object.keys(parts).length === 0 ? new Uint8Array(0) : vtpbf.fromGeojsonVt(parts, { version: 2, extent: options.extent });
		return { z, x, y, data, features };
	});
}

/** TileJSON 3.0.0 fields plus how the tiles were cut and a digest of them, since the manifest lists tiles.json, not each tile. */
export interface TileInfo {
	tilejson: '3.0.0';
	name: string;
	scheme: 'xyz';
	/** Relative to tiles.json; the app's style does not read this file, it builds the absolute URL itself. */
	tiles: string[];
	minzoom: number;
	maxzoom: number;
	bounds: number[];
	vector_layers: { id: SourceLayer; fields: Record<string, FieldType>; minzoom: number; maxzoom: number }[];
	extent: number;
	buffer: number;
	tolerance: number;
	/** sha256 is of the lines "<path> <sha256 of the tile>\n" in z, x, y order. */
	files: { count: number; bytes: number; sha256: string };
}

export function tileDigest(entries: readonly { path: string; sha256: string }[]): string {
	return sha256(entries.map((e) => `${e.path} ${e.sha256}\n`).join(''));
}

export interface TileFacts {
	count: number;
	bytes: number;
	empty: number;
	/** Bytes are not split by layer in a tile, so features per layer summed over all tiles stand in for size. */
	featuresPerLayer: Partial<Record<SourceLayer, number>>;
}

/** Writes every tile and tiles.json; reads the drawn layers back from the GeoJSON the build has already written. */
export function buildBasemapTiles(out: OutputDir, options: TileSetOptions = BASEMAP_TILE_SET): TileFacts {
	const layers = TILE_LAYERS.map((spec) => ({
		...spec,
		features: (JSON.parse(readFileSync(join(out.root, ...spec.path.split('/')), 'utf8')) as FeatureCollection).features
	}));
	const tiles = cutTiles(layers, options);
	// A stale tile from an earlier zoom range or bounds would be served but never described.
	rmSync(join(out.root, ...DATA_PATHS.basemapTileInfo.split('/').slice(0, -1)), { recursive: true, force: true });
	const written = tiles.map((tile) => ({ path: tilePath(tile), ...out.writeUnlisted(tilePath(tile), tile.data) }));
	const base = `${DATA_PATHS.basemapTileInfo.split('/').slice(0, -1).join('/')}/`;
	const info: TileInfo = {
		tilejson: '3.0.0',
		name: 'Hotspot Atlas offline basemap',
		scheme: 'xyz',
		tiles: [DATA_PATHS.basemapTiles.slice(base.length)],
		minzoom: options.minzoom,
		maxzoom: options.maxzoom,
		bounds: [...options.bounds],
		vector_layers: TILE_LAYERS.map((l) => ({ id: l.id, fields: { ...l.fields }, minzoom: l.minzoom ?? options.minzoom, maxzoom: options.maxzoom })),
		extent: options.extent,
		buffer: options.buffer,
		tolerance: options.tolerance,
		files: { count: written.length, bytes: written.reduce((s, w) => s + w.bytes, 0), sha256: tileDigest(written) }
	};
	out.writeJson(DATA_PATHS.basemapTileInfo, info);
	const featuresPerLayer: Partial<Record<SourceLayer, number>> = {};
	for (const tile of tiles) for (const [id, n] of Object.entries(tile.features) as [SourceLayer, number][]) featuresPerLayer[id] = (featuresPerLayer[id] ?? 0) + n;
	return { count: info.files.count, bytes: info.files.bytes, empty: tiles.filter((t) => t.data.byteLength === 0).length, featuresPerLayer };
}
