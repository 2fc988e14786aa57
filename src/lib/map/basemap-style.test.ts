import { describe, expect, it } from 'vitest';
import { buildBasemapStyle, LAYER_IDS } from './basemap-style';

const DATA = 'http://127.0.0.1:4173/atlas/data/';

describe('buildBasemapStyle', () => {
	const style = buildBasemapStyle({ dataUrl: DATA });

	it('loads every source, glyph and sprite from the app itself', () => {
		const urls = [
			style.glyphs,
			style.sprite,
			...Object.values(style.sources).map((s) => ('data' in s ? s.data : ''))
		];
		for (const url of urls) expect(String(url).startsWith(DATA)).toBe(true);
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
