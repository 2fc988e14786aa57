/** The legend a figure prints for each map layer: the same classes and colours as the screen's legend, counts under disclosure control. */
import { EMERGING_RGB, GI_CLASS_RGB } from '../classify/palette';
import type { CountClass } from '../classify/classes';
import { disclosedText, type DisclosureSetting } from '../disclosure/disclosure';
import { HEX_AREA_KM2 } from '../h3/cell-id';
import type { ChangeAnswer } from '../session/change-answer';
import type { EmergingAnswer } from '../session/emerging-answer';
import type { HotspotAnswer } from '../session/hotspots';
import { EMERGING_CLASSES } from '../stats/emerging';
import { GI_CLASS_LABELS, type GiClass } from '../stats/gi-star';
import { formatUkDate } from '../time/calendar-date';
import type { LegendSpec, Rgb } from './figure-content';

const hexes = (n: number) => `${n.toLocaleString('en-GB')} hex`;
const LOW_RGB: Rgb = [189, 189, 189];

export interface CountsLegendInput {
	classes: readonly CountClass[];
	colours: readonly Rgb[];
	classCells: readonly number[];
	classIncidents: readonly number[];
	low: { below: number; cells: number; incidents: number } | null | undefined;
	resolution: 7 | 8 | 9;
	methodLabel: string;
	/** Incidents the map holds. */
	shown: number;
}

export function countsLegend(input: CountsLegendInput, control: DisclosureSetting): LegendSpec {
	const mapped = input.classIncidents.reduce((a, b) => a + b, 0) + (input.low?.incidents ?? 0);
	const items = input.classes.map((c, i) => ({
		colour: input.colours[i],
		label: c.label,
		detail: `${hexes(input.classCells[i] ?? 0)} · ${mapped > 0 ? Math.round(((input.classIncidents[i] ?? 0) / mapped) * 100) : 0}% of incidents`
	}));
	if (input.low && input.low.cells > 0) items.push({ colour: LOW_RGB, label: `Fewer than ${input.low.below}`, detail: `${hexes(input.low.cells)} · counts not shown` });
	return {
		title: 'Incidents per hexagon',
		units: `H3 resolution ${input.resolution} (about ${HEX_AREA_KM2[input.resolution].toPrecision(2)} km² each), ${input.methodLabel} classes. Hexagons with no incidents are not drawn.`,
		items,
		notes: [`The map holds ${disclosedText(input.shown, control)} incidents.`]
	};
}

export function hotspotLegend(answer: HotspotAnswer, classCells: readonly number[], control: DisclosureSetting): LegendSpec {
	const order: GiClass[] = [3, 2, 1, 0, -1, -2, -3];
	const weighting = answer.weighting ? `, on the sum per hexagon of ${answer.weighting.table.label}` : '';
	return {
		title: answer.weighting ? `Hot and cold spots, weighted by ${answer.weighting.table.kind}` : 'Hot and cold spots (Getis-Ord Gi*)',
		units: `Gi* at H3 resolution ${answer.resolution}, ${answer.k} ${answer.k === 1 ? 'ring' : 'rings'} of neighbours${weighting}; false discoveries controlled (Benjamini-Hochberg q).`,
		items: order.map((c) => ({ colour: GI_CLASS_RGB[c + 3], label: GI_CLASS_LABELS[c], detail: hexes(classCells[c + 3] ?? 0) })),
		notes: [`${answer.hot.toLocaleString('en-GB')} hot and ${answer.cold.toLocaleString('en-GB')} cold hexagons at q < 0.05, from ${disclosedText(answer.incidents, control)} incidents.`, ...answer.warnings]
	};
}

export function changeLegend(answer: ChangeAnswer, classCells: readonly number[], control: DisclosureSetting): LegendSpec {
	const rows: [GiClass, string][] = [
		[3, 'Cluster of rises (q < 0.01)'],
		[2, 'Cluster of rises (q < 0.05)'],
		[1, 'Cluster of rises (q < 0.10)'],
		[-1, 'Cluster of falls (q < 0.10)'],
		[-2, 'Cluster of falls (q < 0.05)'],
		[-3, 'Cluster of falls (q < 0.01)']
	];
	const period = (p: { from: string; to: string }) => `${formatUkDate(p.from)} to ${formatUkDate(p.to)}`;
	return {
		title: 'Change between two periods',
		units: `A: ${period(answer.a)}; B: ${period(answer.b)}. Gi* on each hexagon's standardised difference (B - A)/sqrt(A + B).`,
		items: rows.map(([c, label]) => ({ colour: GI_CLASS_RGB[c + 3], label, detail: hexes(classCells[c + 3] ?? 0) })),
		notes: [`${disclosedText(answer.totalA, control)} incidents in A, ${disclosedText(answer.totalB, control)} in B.`]
	};
}

export function emergingLegend(answer: EmergingAnswer): LegendSpec {
	const label = (k: string) => k[0].toUpperCase() + k.slice(1);
	const items = EMERGING_CLASSES.flatMap((k, i) => [
		...(answer.hot[i] ? [{ colour: EMERGING_RGB[i], label: `${label(k)} hot spot`, detail: hexes(answer.hot[i]) }] : []),
		...(answer.cold[i] ? [{ colour: EMERGING_RGB[i + 8], label: `${label(k)} cold spot`, detail: hexes(answer.cold[i]) }] : [])
	]);
	return {
		title: 'Emerging hot spots',
		units: `${answer.steps} ${answer.step === 'quarter' ? 'quarters' : 'months'}, H3 resolution ${answer.resolution}, ${answer.k} ${answer.k === 1 ? 'ring' : 'rings'} and one step either side; significant at q < 0.05; trend by Mann-Kendall (ArcGIS Pro's classes).`,
		items,
		notes: answer.unavailable ? [answer.unavailable] : []
	};
}
