import type { StyleSpecification, LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { DATA_PATHS, GLYPHS_TEMPLATE, SPRITE_BASE } from '$lib/analysis/data-paths';
import { BASEMAP_TILE_SET, SOURCE_LAYERS, type SourceLayer } from './basemap-tile-set';

export { SOURCE_LAYERS } from './basemap-tile-set';

/** Layer ids that other code (tests, the hex overlay, the district picker) refers to. */
export const LAYER_IDS = {
	districtFill: 'district-fill',
	districtLine: 'district-line',
	districtLabels: 'district-labels',
	placeLabels: 'place-labels',
	outlineLine: 'outline-line',
	/** deck.gl hexes go beneath this layer so boundaries and labels stay readable above them. */
	firstAboveData: 'district-line'
} as const;

/** The one vector source every basemap layer reads; named so it cannot clash with a source of an online style. */
export const BASEMAP_SOURCE_ID = 'atlas-basemap';

/** Where a district's feature state lives (setFeatureState / getFeatureState), e.g. `selected` for the thick line. */
export function districtFeature(code: string): { source: string; sourceLayer: string; id: string } {
	return { source: BASEMAP_SOURCE_ID, sourceLayer: SOURCE_LAYERS.districts, id: code };
}

export interface BasemapStyleOptions {
	/** Absolute URL of the app's data folder, ending in "/" (MapLibre 6 rejects relative sprite URLs). */
	dataUrl: string;
}

const FONT_REGULAR = ['Noto Sans Regular'];
const FONT_MEDIUM = ['Noto Sans Medium'];
const HALO = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 };

/** Colours chosen to stay quiet under a sequential hex palette and legible in greyscale print. */
const COLOURS = {
	sea: '#d6e4ec',
	land: '#f4f3ef',
	studyArea: '#fbfaf7',
	rail: '#8c8c8c',
	motorwayCasing: '#a0694a',
	motorway: '#e8b38a',
	districtLine: '#4a4a4a',
	outlineLine: '#1f1f1f',
	placeText: '#333333',
	districtText: '#3d3d5c'
};

/** A layer's source and source-layer in the pre-cut tiles. */
function from(sourceLayer: SourceLayer) {
	return { source: BASEMAP_SOURCE_ID, 'source-layer': sourceLayer };
}

/**
 * The tiles data:build cuts (scripts/data-build/basemap-tiles.ts). Bounds and zooms match what was written, so
 * MapLibre asks for no tile that is missing; it overzooms past maxzoom.
 */
function basemapSource(dataUrl: string): VectorSourceSpecification {
	const { minzoom, maxzoom, bounds } = BASEMAP_TILE_SET;
	return {
		type: 'vector',
		tiles: [`${dataUrl}${DATA_PATHS.basemapTiles}`],
		minzoom,
		maxzoom,
		bounds: [...bounds],
		// Feature state and the click handler key districts by their ONS code.
		promoteId: { [SOURCE_LAYERS.districts]: 'code' }
	};
}

/** District fill (for clicks), district lines and the county outline: drawn on any basemap, online too. */
function studyAreaLayers(): LayerSpecification[] {
	return [
		// Invisible fill so a click anywhere inside a district can select it.
		{ id: LAYER_IDS.districtFill, type: 'fill', ...from(SOURCE_LAYERS.districts), paint: { 'fill-color': '#000000', 'fill-opacity': 0 } },
		{
			id: LAYER_IDS.districtLine,
			type: 'line',
			...from(SOURCE_LAYERS.districts),
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': COLOURS.districtLine,
				'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1.1],
				'line-opacity': 0.85
			}
		},
		{
			id: LAYER_IDS.outlineLine,
			type: 'line',
			...from(SOURCE_LAYERS.outline),
			layout: { 'line-join': 'round' },
			paint: { 'line-color': COLOURS.outlineLine, 'line-width': 1.8 }
		}
	];
}

/**
 * What to add on top of a user's online basemap so districts stay visible and clickable. No symbol layers:
 * the online style's glyph server may not carry the fonts this app ships.
 */
export function studyAreaOverlay(dataUrl: string): { sources: Record<string, VectorSourceSpecification>; layers: LayerSpecification[] } {
	assertDataUrl(dataUrl);
	return { sources: { [BASEMAP_SOURCE_ID]: basemapSource(dataUrl) }, layers: studyAreaLayers() };
}

function assertDataUrl(dataUrl: string): void {
	if (!/^https?:\/\/.+\/$/.test(dataUrl)) {
		throw new Error(`dataUrl must be an absolute http(s) URL ending in "/", got "${dataUrl}"`);
	}
}

/**
 * The offline basemap: its tiles, glyphs and sprite come from the app's own `data/` folder, so the map
 * draws with no network; the tiles are pre-cut, so MapLibre does not tile GeoJSON at start-up. Pure: the same options give the same style, which the tests pin.
 */
export function buildBasemapStyle({ dataUrl }: BasemapStyleOptions): StyleSpecification {
	assertDataUrl(dataUrl);
	const layers: LayerSpecification[] = [
		{ id: 'sea', type: 'background', paint: { 'background-color': COLOURS.sea } },
		{ id: 'land', type: 'fill', ...from(SOURCE_LAYERS.land), paint: { 'fill-color': COLOURS.land } },
		{ id: 'study-area-fill', type: 'fill', ...from(SOURCE_LAYERS.outline), paint: { 'fill-color': COLOURS.studyArea } },
		{
			id: 'rail',
			type: 'line',
			...from(SOURCE_LAYERS.rail),
			paint: {
				'line-color': COLOURS.rail,
				'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.5, 12, 1.6],
				'line-dasharray': [3, 2]
			}
		},
		{
			id: 'motorways-casing',
			type: 'line',
			...from(SOURCE_LAYERS.motorways),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': COLOURS.motorwayCasing, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.4, 12, 4.5] }
		},
		{
			id: 'motorways',
			type: 'line',
			...from(SOURCE_LAYERS.motorways),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': COLOURS.motorway, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.7, 12, 2.8] }
		},
		...studyAreaLayers(),
		{
			id: 'motorway-refs',
			type: 'symbol',
			...from(SOURCE_LAYERS.motorways),
			minzoom: 10,
			layout: {
				'symbol-placement': 'line',
				'text-field': ['get', 'road_classification_number'],
				'text-font': FONT_MEDIUM,
				'text-size': 10,
				'symbol-spacing': 500
			},
			paint: { 'text-color': '#6b3410', ...HALO }
		},
		{
			id: 'stations',
			type: 'symbol',
			...from(SOURCE_LAYERS.stations),
			minzoom: 11,
			layout: {
				'icon-image': 'train_station',
				'text-field': ['get', 'name'],
				'text-font': FONT_REGULAR,
				'text-size': 10,
				'text-offset': [0, 1.1],
				'text-anchor': 'top',
				'text-optional': true
			},
			paint: { 'text-color': '#555555', ...HALO }
		},
		{
			id: LAYER_IDS.districtLabels,
			type: 'symbol',
			...from(SOURCE_LAYERS.districtLabels),
			layout: {
				'text-field': ['upcase', ['get', 'label']],
				'text-font': FONT_MEDIUM,
				'text-size': ['interpolate', ['linear'], ['zoom'], 8, 10, 11, 13],
				'text-letter-spacing': 0.08,
				'text-max-width': 8,
				// Towns are placed first (their layer is above); a district name shifts around them to stay visible.
				'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
				'text-radial-offset': 1.1,
				'text-justify': 'auto'
			},
			paint: { 'text-color': COLOURS.districtText, 'text-opacity': 0.8, ...HALO }
		},
		{
			id: LAYER_IDS.placeLabels,
			type: 'symbol',
			...from(SOURCE_LAYERS.places),
			// Bigger towns first; smaller places appear as the user zooms in.
			filter: ['<=', ['get', 'tier'], ['step', ['zoom'], 2, 9.5, 3, 11, 4]],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': FONT_REGULAR,
				'symbol-sort-key': ['get', 'tier'],
				'text-size': ['match', ['get', 'tier'], 1, 13, 2, 11.5, 3, 11, 10],
				'text-padding': 2
			},
			paint: { 'text-color': COLOURS.placeText, ...HALO }
		},
	];

	return {
		version: 8,
		name: 'Hotspot Atlas offline basemap',
		glyphs: `${dataUrl}${GLYPHS_TEMPLATE}`,
		sprite: `${dataUrl}${SPRITE_BASE}`,
		sources: { [BASEMAP_SOURCE_ID]: basemapSource(dataUrl) },
		layers
	};
}
