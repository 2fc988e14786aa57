/**
 * The colour methods in plain words: the label the style control and legend show (technical name in
 * brackets) and what each does, for the glossary. Keyed by ClassMethod so a new method fails to compile here.
 */
import { CLASS_METHODS, DEFAULT_CLASS_METHOD, HEAD_TAIL_LIMIT, type ClassMethod } from '$lib/analysis/classify/classes';
import type { GlossaryText } from './glossary-entry';

const PLAIN: Readonly<Record<ClassMethod, { label: string; text: string }>> = {
	'head-tail': {
		label: 'Busiest stand out',
		text: `Splits at the average count, then at the average of the hexagons above it, and so on while the busier part holds no more than ${Math.round(HEAD_TAIL_LIMIT * 100)}% of the hexagons. The few busiest hexagons get the top colour.`
	},
	'natural-breaks': {
		label: 'Natural groups',
		text: 'Puts the breaks where the counts bunch naturally, so hexagons sharing a colour have counts as alike as possible.'
	},
	quantile: {
		label: 'Equal numbers of hexagons per colour',
		text: 'Gives each colour about the same number of hexagons. With many quiet hexagons this paints much of the county in the top colours, so the map can look hotter than it is.'
	},
	'equal-interval': {
		label: 'Equal steps of count',
		text: 'Splits the range from the lowest to the highest count into equal steps. One very busy hexagon can leave almost every other hexagon in the lowest colour.'
	}
};

/** "Equal numbers of hexagons per colour (quantile)": the plain words, then the technical name. */
export function colourMethodLabel(method: ClassMethod): string {
	const technical = CLASS_METHODS.find((m) => m.key === method)?.label ?? method;
	return `${PLAIN[method].label} (${technical.toLowerCase()})`;
}

export const COLOUR_METHODS_ENTRY: GlossaryText = {
	title: 'Colour methods',
	plain: [
		'The counts map colours each hexagon by how many incidents it holds, in a few colour steps. The method decides where one colour ends and the next begins. The same counts can look very different under two methods, so the legend names the method and gives each colour its count range and its share of incidents.',
		'Hexagons with no incidents are not coloured.'
	],
	lists: [
		{
			heading: 'Methods offered',
			items: CLASS_METHODS.map((m) => ({ term: `${colourMethodLabel(m.key)}${m.key === DEFAULT_CLASS_METHOD ? ', the default' : ''}`, text: PLAIN[m.key].text }))
		}
	],
	technical:
		'Choropleth classification: head/tail breaks (Jiang 2013), the default because counts per hexagon are heavy-tailed; natural breaks (Jenks, by the optimal Ckmeans.1d.dp algorithm); quantile; equal interval. Classes hold whole numbers of incidents.'
};
