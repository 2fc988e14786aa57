import { readFileSync } from 'node:fs';
import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { DOMAINS, decileColumn } from '$lib/analysis/deprivation/domains';
import { valueClasses } from '$lib/analysis/deprivation/lsoa-classes';
import { parseLsoaTable } from '$lib/analysis/deprivation/tables';
import { buildBasemapStyle, LAYER_IDS } from './basemap-style';
import { DECILE_COLOURS, VALUE_COLOURS, valueClassColours } from '$lib/analysis/classify/palette';
import { imdHover } from '$lib/analysis/deprivation/imd-hover';
import { IMD_LAYER_ID, IMD_SOURCE_ID, decileFillColour, decileFilter, imdBeforeId, imdFillLayer, imdSource, valueFillColour } from './imd-layer-props';

const DATA_URL = 'http://127.0.0.1:4173/data/';
const header = `code,name,district,population,pop_mid2022,imd25_rank,${DOMAINS.map((d) => decileColumn('imd2025', d.key)).join(',')}`;
const row = (code: string, rank: number, imd: number, crime: number) =>
	`${code},${code} name,E07000105,1500,1500,${rank},${DOMAINS.map((d) => (d.key === 'crime' ? crime : imd)).join(',')}`;
const table = parseLsoaTable([header, row('A', 10, 1, 4), row('B', 20, 1, 2), row('C', 30000, 10, 1)].join('\n'), 'imd2025');

/** A style with the overlay added where the component adds it, checked by MapLibre's own validator. */
function validate(layer: ReturnType<typeof imdFillLayer>) {
	const style = buildBasemapStyle({ dataUrl: DATA_URL });
	const withImd: StyleSpecification = { ...style, sources: { ...style.sources, [IMD_SOURCE_ID]: imdSource(DATA_URL, 'imd2025') }, layers: [...style.layers, layer] };
	return validateStyleMin(withImd);
}

describe('decile colours', () => {
	it('has ten colours, decile 1 darkest', () => {
		const luminance = (hex: string) => {
			const n = parseInt(hex.slice(1), 16);
			return 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
		};
		expect(DECILE_COLOURS).toHaveLength(10);
		for (let i = 1; i < 10; i++) expect(luminance(DECILE_COLOURS[i])).toBeGreaterThan(luminance(DECILE_COLOURS[i - 1]));
	});

	it('groups codes by the chosen domain decile', () => {
		expect(decileFillColour(table, 'imd')).toEqual(['match', ['get', 'code'], ['A', 'B'], DECILE_COLOURS[0], ['C'], DECILE_COLOURS[9], '#bdbdbd']);
		expect(decileFillColour(table, 'crime')).toEqual(['match', ['get', 'code'], ['C'], DECILE_COLOURS[0], ['B'], DECILE_COLOURS[1], ['A'], DECILE_COLOURS[3], '#bdbdbd']);
	});
});

describe('decileFilter', () => {
	it.each([
		{ shown: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], expected: null },
		{ shown: [1, 2], expected: ['match', ['get', 'code'], ['A', 'B'], true, false] },
		{ shown: [5], expected: ['match', ['get', 'code'], [''], true, false] }
	])('deciles $shown', ({ shown, expected }) => {
		expect(decileFilter(table, 'imd', shown)).toEqual(expected);
	});
});

describe('value colours', () => {
	it('gives "0" the lightest colour and positive classes the dark end', () => {
		const classes = valueClasses([0, 3, 9], 5, 'count');
		expect(classes.map((c) => c.label)).toEqual(['0', '3', '9']);
		expect(valueClassColours(classes)).toEqual([VALUE_COLOURS[0], VALUE_COLOURS[4], VALUE_COLOURS[5]]);
		expect(valueFillColour(table, [0, 3, 9], classes)).toEqual(['match', ['get', 'code'], ['A'], VALUE_COLOURS[0], ['B'], VALUE_COLOURS[4], ['C'], VALUE_COLOURS[5], '#bdbdbd']);
	});
});

describe('layer placement and validity', () => {
	it('sits under rail on the offline basemap, else under the district fill, never above the hexes', () => {
		const ids = buildBasemapStyle({ dataUrl: DATA_URL }).layers.map((l) => l.id);
		expect(imdBeforeId(ids)).toBe('rail');
		expect(ids.indexOf('rail')).toBeLessThan(ids.indexOf(LAYER_IDS.firstAboveData));
		expect(imdBeforeId(['background', 'roads', LAYER_IDS.districtFill, LAYER_IDS.districtLine])).toBe(LAYER_IDS.districtFill);
		expect(imdBeforeId(['background'])).toBeUndefined();
	});

	it('builds a layer MapLibre accepts, with and without a filter, on the real 2021 table', () => {
		const real = parseLsoaTable(readFileSync(`data/${DATA_PATHS.lsoa21Table}`, 'utf8'), 'imd2025');
		const colour = decileFillColour(real, 'imd');
		expect(validate(imdFillLayer({ colour, opacity: 0.6, filter: null }))).toEqual([]);
		expect(validate(imdFillLayer({ colour, opacity: 2, filter: decileFilter(real, 'imd', [1, 2]) }))).toEqual([]);
		expect(imdFillLayer({ colour, opacity: 2, filter: null }).paint?.['fill-opacity']).toBe(1);
		expect(imdFillLayer({ colour, opacity: 0.5, filter: null }).id).toBe(IMD_LAYER_ID);
	});

	it('points each edition at its own boundaries', () => {
		expect(imdSource(DATA_URL, 'imd2025').data).toBe(`${DATA_URL}${DATA_PATHS.lsoa21}`);
		expect(imdSource(DATA_URL, 'imd2019').data).toBe(`${DATA_URL}${DATA_PATHS.lsoa11}`);
	});
});

describe('imdHover', () => {
	it('gives name, code, domain decile and national rank', () => {
		expect(imdHover(table, 'B', 'crime')).toEqual({ code: 'B', name: 'B name', decile: 2, rank: 20, of: 33_755 });
		expect(imdHover(table, 'Z', 'imd')).toBeNull();
	});
});
