/**
 * Age groups of an aggregate table. 'all' and 'under_25' are what the series shows; the four bands
 * 0-17, 18-24, 25+ and unknown partition every age, so their sum is all ages when no total is given.
 */
export const AGE_GROUPS = ['all', 'under_25', '0-17', '18-24', '25+', 'unknown'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

const SPELLINGS: Readonly<Record<AgeGroup, readonly string[]>> = {
	all: ['', 'all', 'allages', 'total', 'persons', 'allpersons'],
	under_25: ['under25', 'under25s', '<25', '0-24', '0to24', 'u25', 'u25s', 'below25', 'lessthan25', '24andunder', '24andyounger'],
	'0-17': ['0-17', '0to17', 'under18', 'under18s', '<18', 'u18', 'u18s', 'below18', 'lessthan18', '17andunder', '17andyounger', 'children'],
	'18-24': ['18-24', '18to24'],
	'25+': ['25+', '25plus', '25andover', '25orover', '25andolder', '25orolder', '25andabove', '>=25', '≥25', 'over24'],
	unknown: ['unknown', 'notknown', 'notstated', 'missing', 'unrecorded', 'notrecorded']
};

/** Spellings as squeeze leaves them. */
const LABELS: ReadonlyMap<string, AgeGroup> = new Map(AGE_GROUPS.flatMap((g) => SPELLINGS[g].map((s) => [s, g] as const)));

/** Lower case, any dash as "-", the words year(s), yrs and aged/age dropped, spaces and underscores gone. */
function squeeze(label: string): string {
	return label
		.toLowerCase()
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/\b(?:years?|yrs?|aged|age)\b/g, '')
		.replace(/[\s_]+/g, '');
}

/** The canonical age group of a label; blank is all ages; undefined when the label is not recognised. */
export function parseAgeGroup(label: string): AgeGroup | undefined {
	return LABELS.get(squeeze(label));
}
