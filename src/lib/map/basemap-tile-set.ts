/**
 * The offline basemap's vector tile set: data:build (scripts/data-build/basemap-tiles.ts) cuts it to these
 * numbers and the style (basemap-style.ts) declares the same ones, so MapLibre never asks for a tile that was
 * not written. Plain constants: no maplibre import, so the build can read them in Node.
 */

/** Source-layer names inside every tile, one per GeoJSON source the style used before it was tiled. */
export const SOURCE_LAYERS = {
	land: 'land',
	outline: 'outline',
	districts: 'districts',
	rail: 'rail',
	motorways: 'motorways',
	districtLabels: 'district-labels',
	places: 'place-labels',
	stations: 'stations'
} as const;

export type SourceLayer = (typeof SOURCE_LAYERS)[keyof typeof SOURCE_LAYERS];

export const BASEMAP_TILE_SET = {
	/** One below the map's minZoom (6), so a lower minZoom later still finds tiles. */
	minzoom: 5,
	/** Past 12 MapLibre overzooms: a z12 unit is about 1.5 m here, finer than the 1 m-rounded data needs at street zoom. */
	maxzoom: 12,
	/** West, south, east, north: the land mask's extent, which holds every other drawn layer. */
	bounds: [-0.8, 50.5, 2.3, 52] as readonly [number, number, number, number],
	/** Tile coordinate units per tile side (the Mapbox Vector Tile default). */
	extent: 4096,
	/** Units drawn past each edge, so line joins and halos at a tile seam are not cut off. */
	buffer: 64,
	/** Douglas-Peucker tolerance in tile units below maxzoom (3 of 4096 is 0.375 px on a 512 px tile, as MapLibre's own GeoJSON tiling). */
	tolerance: 3
} as const;
