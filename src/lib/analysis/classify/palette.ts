/**
 * Every palette and class colour the app draws with, read by the map layers and by the legends alike, so a
 * legend always matches its layer. All are colour-blind safe (ColorBrewer, viridis, Okabe-Ito, Paul Tol).
 */
import type { ValueClass } from '../deprivation/lsoa-classes';
import { PROGRAMME_LABELS, PROGRAMME_TYPES, type ProgrammeType } from '../sites/model';

/** RGB triple, 0-255, the form deck.gl takes. */
export type Rgb = readonly [number, number, number];

/**
 * ColorBrewer YlOrRd (sequential, marked colour-blind safe and print friendly by ColorBrewer), from
 * 3 to 7 classes. Light = few incidents, dark red = many.
 */
const YL_OR_RD: Record<number, readonly string[]> = {
	1: ['#e31a1c'],
	2: ['#feb24c', '#e31a1c'],
	3: ['#ffeda0', '#feb24c', '#f03b20'],
	4: ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
	5: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
	6: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'],
	7: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#b10026']
};

export const MAX_CLASSES = 7;

function hexToRgb(hex: string): Rgb {
	const n = parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The sequential palette for `k` classes (1-7), as CSS hex strings. */
export function sequentialHex(k: number): readonly string[] {
	const colours = YL_OR_RD[k];
	if (!colours) throw new RangeError(`The sequential palette has 1 to ${MAX_CLASSES} classes, not ${k}`);
	return colours;
}

export function sequentialRgb(k: number): Rgb[] {
	return sequentialHex(k).map(hexToRgb);
}

/** viridis sampled at 10 steps (colour-blind safe, monotonic in lightness): decile 1, most deprived, darkest. */
export const DECILE_COLOURS: readonly string[] = ['#440154', '#482878', '#3e4989', '#31688e', '#26828e', '#1f9e89', '#35b779', '#6ece58', '#b5de2b', '#fde725'];

/** ColorBrewer BuPu (sequential, colour-blind safe), lightest for LSOAs with no incidents; avoids the hexes' YlOrRd. */
export const VALUE_COLOURS: readonly string[] = ['#f7fcfd', '#bfd3e6', '#9ebcda', '#8c96c6', '#8856a7', '#810f7c'];
export const MAX_VALUE_CLASSES = VALUE_COLOURS.length;

/** The colour of each class, for the legend to match the map: "0" lightest, positive classes the darkest end. */
export function valueClassColours(classes: readonly ValueClass[]): string[] {
	const hasZero = classes[0]?.max === 0;
	const positive = classes.length - (hasZero ? 1 : 0);
	const ramp = VALUE_COLOURS.slice(VALUE_COLOURS.length - positive);
	return hasZero ? [VALUE_COLOURS[0], ...ramp] : ramp;
}

/** Okabe-Ito colours (colour-blind safe) plus grey for "other"; text colour chosen for contrast. */
export const PROGRAMME_STYLE: Readonly<Record<ProgrammeType, { colour: string; text: string; letter: string }>> = {
	'community-sport': { colour: '#009E73', text: '#ffffff', letter: 'S' },
	'youth-outreach': { colour: '#E69F00', text: '#000000', letter: 'Y' },
	'ae-navigator': { colour: '#D55E00', text: '#ffffff', letter: 'N' },
	'alcohol-care-team': { colour: '#CC79A7', text: '#000000', letter: 'A' },
	'school-programme': { colour: '#F0E442', text: '#000000', letter: 'E' },
	'hotspot-patrol': { colour: '#0072B2', text: '#ffffff', letter: 'P' },
	'taskforce-area': { colour: '#000000', text: '#ffffff', letter: 'T' },
	'transport-hub': { colour: '#56B4E9', text: '#000000', letter: 'H' },
	other: { colour: '#999999', text: '#000000', letter: 'O' }
};

/** Covered and uncovered hotspot outlines: blue solid and vermillion dashed (differ in hue and dash). */
export const COVERAGE_STYLE = { covered: '#0072B2', uncovered: '#D55E00' } as const;

/** Every programme type with its style, in legend order. */
export function programmeLegend(): { programme: ProgrammeType; label: string; colour: string; text: string; letter: string }[] {
	return PROGRAMME_TYPES.map((programme) => ({ programme, label: PROGRAMME_LABELS[programme], ...PROGRAMME_STYLE[programme] }));
}

/** Reference places: circles told apart by fill and outline as well as colour (Paul Tol's muted scheme). */
export const PLACE_STYLE = {
	ed: { fill: '#882255', stroke: '#ffffff', label: 'Hospital with an emergency department (Type 1 A&E)' },
	hospital: { fill: '#ffffff', stroke: '#882255', label: 'Other hospital (no emergency department)' },
	schools: { fill: '#44AA99', stroke: '#ffffff', label: 'Secondary school (2021/22 list)' },
	stations: { fill: '#ffffff', stroke: '#332288', label: 'Railway station' }
} as const;

/**
 * Gi* classes, cold 99% to hot 99%: ColorBrewer RdBu (7 classes, diverging, marked colour-blind safe),
 * blue for cold, red for hot, near-white for not significant. Indexed by GiClass + 3.
 */
export const GI_CLASS_HEX: readonly string[] = ['#2166ac', '#67a9cf', '#d1e5f0', '#f7f7f7', '#fddbc7', '#ef8a62', '#b2182b'];
export const GI_CLASS_RGB: readonly Rgb[] = GI_CLASS_HEX.map(hexToRgb);

/**
 * Emerging hot spot classes, grouped so the colours stay few and colour-blind safe (Okabe-Ito): growing (new,
 * consecutive, intensifying), persistent, waning (diminishing, historical) and intermittent (sporadic,
 * oscillating); warm for hot, cool for cold. The tooltip and legend name the exact class. Indexed like
 * EmergingAnswer.classes: 0-7 hot, 8-15 cold, in EMERGING_CLASSES order.
 */
const EMERGING_HOT = { growing: '#d55e00', persistent: '#8c2d04', waning: '#e69f00', intermittent: '#cc79a7' };
const EMERGING_COLD = { growing: '#0072b2', persistent: '#08306b', waning: '#56b4e9', intermittent: '#009e73' };
const EMERGING_GROUP = ['growing', 'growing', 'growing', 'persistent', 'waning', 'intermittent', 'intermittent', 'waning'] as const;
export const EMERGING_HEX: readonly string[] = [...EMERGING_GROUP.map((g) => EMERGING_HOT[g]), ...EMERGING_GROUP.map((g) => EMERGING_COLD[g])];
export const EMERGING_RGB: readonly Rgb[] = EMERGING_HEX.map(hexToRgb);
