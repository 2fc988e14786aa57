/**
 * Paths of the artifacts `npm run data:build` writes, relative to data/ (served at `<base>/data/`).
 * One list shared by the build, its tests and the app, so a rename cannot drift between them.
 */
export const DATA_PATHS = {
	districts: 'boundaries/districts.geojson',
	districtLabels: 'boundaries/district-labels.geojson',
	outline: 'boundaries/outline.geojson',
	/** LSOA 2021 simplified for drawing only; points are assigned with lsoa21Assign. */
	lsoa21: 'boundaries/lsoa21.geojson',
	/** LSOA 2021 at the published precision, packed (analysis/spatial/boundary-pack.ts): what the import assigns points with. */
	lsoa21Assign: 'boundaries/lsoa21-assign.bin',
	lsoa11: 'boundaries/lsoa11.geojson',
	wards25: 'boundaries/wards25.geojson',
	lsoa11ToLsoa21: 'tables/lsoa11-lsoa21.csv',
	lsoa21Table: 'tables/lsoa21.csv',
	lsoa11Table: 'tables/lsoa11.csv',
	districtTable: 'tables/districts.csv',
	/** Harm and cost weights per offence group (analysis/weights/weight-table.ts), built from the reference tables. */
	weights: 'tables/weights.json',
	land: 'basemap/land.geojson',
	rail: 'basemap/rail.geojson',
	motorways: 'basemap/motorways.geojson',
	placeLabels: 'basemap/place-labels.geojson',
	hospitals: 'places/hospitals.geojson',
	schools: 'places/schools.geojson',
	stations: 'places/stations.geojson',
	demoPoints: 'demo/violence-points.csv',
	/** The default synthetic demo (seed DEMO_SEED) as a prebuilt column file, so start-up decodes instead of generating. */
	demoColumns: 'demo/demo-columns.bin',
	/** The offline basemap pre-cut into vector tiles (Mapbox Vector Tile, one .pbf per z/x/y) by data:build. */
	basemapTiles: 'basemap/tiles/{z}/{x}/{y}.pbf',
	/** The tile set's zoom range, bounds and layer names (TileJSON-like), written beside the tiles. */
	basemapTileInfo: 'basemap/tiles/tiles.json',
	/** Districts, CSPs, wards, LSOAs, towns and villages for the place search (analysis/search). */
	placeSearch: 'search/places.json',
	/** ONS population-weighted centroids of the LSOA 2021, read by the import's precision check. */
	lsoa21Centroids: 'lookups/lsoa21-pwc-centroids.geojson',
	/** police.uk Kent 2024-01..04 as imported (decodePoliceUkSample in analysis/samples). */
	policeUkSample: 'samples/police-uk-2024.bin',
	/** IMD 2025 decile per study-area H3 cell at 7, 8 and 9 (population-weighted LSOA majority). */
	hexImd25: 'lookups/hex-imd25.csv',
	/** SYNTHETIC knife-assault admissions per district and month (analysis/aggregates/synthetic.ts): not real admissions. */
	syntheticAdmissions: 'aggregates/synthetic-knife-admissions.csv',
	sources: 'SOURCES.md',
	attribution: 'attribution.json',
	manifest: 'manifest.json'
} as const;

export type DataPath = (typeof DATA_PATHS)[keyof typeof DATA_PATHS];

/** MapLibre glyph URL template relative to data/: fonts are "Noto Sans Regular|Medium|Italic". */
export const GLYPHS_TEMPLATE = 'basemap/glyphs/{fontstack}/{range}.pbf';

/** MapLibre sprite base relative to data/ (MapLibre appends .json/.png and @2x); make it absolute before use. */
export const SPRITE_BASE = 'basemap/sprites/light';
