import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { BASEMAP_TILE_SET } from './basemap-tile-set';
import { BASEMAP_SOURCE_ID, buildBasemapStyle, districtFeature, LAYER_IDS, SOURCE_LAYERS, studyAreaOverlay } from './basemap-style';

const DATA = 'http://127.0.0.1:4173/atlas/data/';

describe('buildBasemapStyle', () => {
	const style = buildBasemapStyle({ dataUrl: DATA });

	it('loads every source, glyph and sprite from the app itself', () => {
		const urls = [
			style.glyphs,
			style.sprite,
			...Object.values(style.sources).flatMap((s) => ('tiles' in s ? (s.tiles ?? []) : ['data' in s ? s.data : '']))
		];
		for (const url of urls) expect(String(url).startsWith(DATA)).toBe(true);
	});

	it('draws from one source of pre-cut vector tiles, never GeoJSON MapLibre would have to tile at start-up', () => {
		expect(style.sources).toEqual({
			[BASEMAP_SOURCE_ID]: {
				type: 'vector',
				tiles: [`${DATA}basemap/tiles/{z}/{x}/{y}.pbf`],
				minzoom: BASEMAP_TILE_SET.minzoom,
				maxzoom: BASEMAP_TILE_SET.maxzoom,
				bounds: [...BASEMAP_TILE_SET.bounds],
				promoteId: { districts: 'code' }
			}
		});
		const layers = Object.values(SOURCE_LAYERS) as string[];
		for (const layer of style.layers) {
			if (layer.type === 'background') continue;
			expect(layers, layer.id).toContain(layer['source-layer']);
		}
	});

	it('passes MapLibre style validation', () => {
		expect(validateStyleMin(style as StyleSpecification)).toEqual([]);
	});

	it('uses an absolute sprite URL, which MapLibre requires', () => {
		expect(style.sprite).toBe(`${DATA}basemap/sprites/light`);
		expect(style.glyphs).toBe(`${DATA}basemap/glyphs/{fontstack}/{range}.pbf`);
	});

	it('refers only to sources it defines', () => {
		for (const layer of style.layers) {
			if ('source' in layer) expect(style.sources).toHaveProperty(String(layer.source));
		}
	});

	it('draws district lines above the fill used for clicks, and town labels on top so they are placed first', () => {
		const ids = style.layers.map((l) => l.id);
		expect(ids.indexOf(LAYER_IDS.districtLine)).toBeGreaterThan(ids.indexOf(LAYER_IDS.districtFill));
		expect(ids.at(-1)).toBe(LAYER_IDS.placeLabels);
		expect(ids.at(-2)).toBe(LAYER_IDS.districtLabels);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('uses only the fonts shipped in data/basemap/glyphs', () => {
		const fonts = new Set(
			style.layers.flatMap((l) => (l.type === 'symbol' ? ((l.layout?.['text-font'] as string[]) ?? []) : []))
		);
		expect([...fonts].sort()).toEqual(['Noto Sans Medium', 'Noto Sans Regular']);
	});

	it.each(['data/', '/data/', 'http://x/data', ''])('rejects a data URL that is not absolute with a slash: %s', (bad) => {
		expect(() => buildBasemapStyle({ dataUrl: bad })).toThrow(/absolute/);
	});

	it('does not change between calls', () => {
		expect(buildBasemapStyle({ dataUrl: DATA })).toEqual(style);
	});
});

describe('studyAreaOverlay', () => {
	const overlay = studyAreaOverlay(DATA);

	it('adds the same tiles under the same source id, with district and outline layers only', () => {
		expect(overlay.sources).toEqual({ [BASEMAP_SOURCE_ID]: buildBasemapStyle({ dataUrl: DATA }).sources[BASEMAP_SOURCE_ID] });
		expect(overlay.layers.map((l) => l.id)).toEqual([LAYER_IDS.districtFill, LAYER_IDS.districtLine, LAYER_IDS.outlineLine]);
		expect(overlay.layers.every((l) => l.type !== 'symbol')).toBe(true);
	});

	it('is a valid style on its own, as on top of an online basemap', () => {
		expect(validateStyleMin({ version: 8, sources: overlay.sources, layers: overlay.layers })).toEqual([]);
	});
});

describe('districtFeature', () => {
	it('names the source, source-layer and promoted id that setFeatureState needs on a vector source', () => {
		expect(districtFeature('E07000110')).toEqual({ source: BASEMAP_SOURCE_ID, sourceLayer: 'districts', id: 'E07000110' });
	});
});
