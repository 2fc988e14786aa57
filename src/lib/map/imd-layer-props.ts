/**
 * Pure builders for the IMD overlay: a MapLibre GeoJSON source of LSOA polygons and a fill layer coloured
 * by decile (or by incident count / rate per LSOA), with a filter that keeps only the deciles chosen.
 * Colours and filters are `match` expressions on the LSOA code, grouped by class, so the boundary files
 * stay as published and the tables drive the styling.
 */
import type { ExpressionSpecification, FillLayerSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { EDITIONS, type DomainKey, type Edition } from '$lib/analysis/deprivation/domains';
import { valueClassIndex, type ValueClass } from '$lib/analysis/deprivation/lsoa-classes';
import { DECILE_COLOURS, MAX_VALUE_CLASSES, valueClassColours } from '$lib/analysis/classify/palette';
import type { LsoaTable } from '$lib/analysis/deprivation/tables';
import { LAYER_IDS } from './basemap-style';

export const IMD_SOURCE_ID = 'imd-lsoas';
export const IMD_LAYER_ID = 'imd-fill';


/** Drawn where a code has no table row (never for the committed data). */
const NO_DATA_COLOUR = '#bdbdbd';


/** Which LSOA boundaries each edition draws on. */
export function imdBoundaryPath(edition: Edition): string {
	return EDITIONS[edition].geography === 'lsoa21' ? DATA_PATHS.lsoa21 : DATA_PATHS.lsoa11;
}

export function imdSource(dataUrl: string, edition: Edition): GeoJSONSourceSpecification {
	return { type: 'geojson', data: `${dataUrl}${imdBoundaryPath(edition)}`, promoteId: 'code' };
}

/** ['match', code, [codes of class 0], colour 0, ...]: one branch per non-empty class. */
function matchByClass(table: LsoaTable, classOf: (row: number) => number, colours: readonly string[]): ExpressionSpecification {
	const groups: string[][] = colours.map(() => []);
	table.codes.forEach((code, row) => {
		const k = classOf(row);
		if (k >= 0 && k < groups.length) groups[k].push(code);
	});
	const branches = groups.flatMap((codes, k) => (codes.length ? [codes, colours[k]] : []));
	if (branches.length === 0) return ['literal', NO_DATA_COLOUR] as unknown as ExpressionSpecification;
	return ['match', ['get', 'code'], ...branches, NO_DATA_COLOUR] as unknown as ExpressionSpecification;
}

/** Fill colour by the domain's decile. */
export function decileFillColour(table: LsoaTable, domain: DomainKey): ExpressionSpecification {
	const deciles = table.deciles[domain];
	return matchByClass(table, (row) => deciles[row] - 1, DECILE_COLOURS);
}

/** Fill colour by count or rate class; values are per table row, classes from valueClasses(). */
export function valueFillColour(table: LsoaTable, values: ArrayLike<number>, classes: readonly ValueClass[]): ExpressionSpecification {
	if (classes.length > MAX_VALUE_CLASSES) throw new RangeError(`valueFillColour: at most ${MAX_VALUE_CLASSES} classes, got ${classes.length}`);
	return matchByClass(table, (row) => valueClassIndex(values[row], classes), valueClassColours(classes));
}


/** null when every decile is shown; otherwise keeps only LSOAs whose domain decile is chosen. */
export function decileFilter(table: LsoaTable, domain: DomainKey, shown: readonly number[]): ExpressionSpecification | null {
	const wanted = new Set(shown);
	if ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].every((d) => wanted.has(d))) return null;
	const deciles = table.deciles[domain];
	const codes = table.codes.filter((_, row) => wanted.has(deciles[row]));
	// match needs at least one label: with nothing chosen, a code no LSOA has keeps the layer empty.
	return ['match', ['get', 'code'], codes.length ? codes : [''], true, false] as unknown as ExpressionSpecification;
}

/**
 * Where the fill goes: under rail and motorways on the offline basemap (so they stay visible) and always
 * below the district fill, above which the deck.gl hexes are interleaved (beforeId district-line).
 */
export function imdBeforeId(layerIds: readonly string[]): string | undefined {
	return ['rail', LAYER_IDS.districtFill].find((id) => layerIds.includes(id));
}

export function imdFillLayer(options: { colour: ExpressionSpecification; opacity: number; filter: ExpressionSpecification | null }): FillLayerSpecification {
	return {
		id: IMD_LAYER_ID,
		type: 'fill',
		source: IMD_SOURCE_ID,
		paint: { 'fill-color': options.colour, 'fill-opacity': clampOpacity(options.opacity), 'fill-outline-color': 'rgba(255, 255, 255, 0.35)' },
		...(options.filter ? { filter: options.filter } : {})
	};
}

export function clampOpacity(opacity: number): number {
	return Number.isFinite(opacity) ? Math.max(0, Math.min(1, opacity)) : 0.6;
}

