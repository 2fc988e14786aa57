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
import type { LsoaTable } from '$lib/analysis/deprivation/tables';
import { LAYER_IDS } from './basemap-style';

export const IMD_SOURCE_ID = 'imd-lsoas';
export const IMD_LAYER_ID = 'imd-fill';

/** viridis sampled at 10 steps (colour-blind safe, monotonic in lightness): decile 1, most deprived, darkest. */
export const DECILE_COLOURS: readonly string[] = ['#440154', '#482878', '#3e4989', '#31688e', '#26828e', '#1f9e89', '#35b779', '#6ece58', '#b5de2b', '#fde725'];

/** ColorBrewer BuPu (sequential, colour-blind safe), lightest for LSOAs with no incidents; avoids the hexes' YlOrRd. */
export const VALUE_COLOURS: readonly string[] = ['#f7fcfd', '#bfd3e6', '#9ebcda', '#8c96c6', '#8856a7', '#810f7c'];
export const MAX_VALUE_CLASSES = VALUE_COLOURS.length;

/** Drawn where a code has no table row (never for the committed data). */
const NO_DATA_COLOUR = '#bdbdbd';

export type ImdColourBy = 'decile' | 'count' | 'rate';

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

/** The colour of each class, for the legend to match the map: "0" lightest, positive classes the darkest end. */
export function valueClassColours(classes: readonly ValueClass[]): string[] {
	const hasZero = classes[0]?.max === 0;
	const positive = classes.length - (hasZero ? 1 : 0);
	const ramp = VALUE_COLOURS.slice(VALUE_COLOURS.length - positive);
	return hasZero ? [VALUE_COLOURS[0], ...ramp] : ramp;
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

export interface ImdHover {
	code: string;
	name: string;
	/** The domain's decile, 1 = most deprived 10% in England. */
	decile: number;
	/** National rank of the overall IMD (1 = most deprived), and how many LSOAs it ranks. */
	rank: number;
	of: number;
}

/** What the tooltip shows for the LSOA under the pointer; null for a code the table lacks. */
export function imdHover(table: LsoaTable, code: string, domain: DomainKey): ImdHover | null {
	const row = table.rowOf.get(code);
	if (row === undefined) return null;
	return { code, name: table.names[row], decile: table.deciles[domain][row], rank: table.rank[row], of: EDITIONS[table.edition].englandLsoas };
}
