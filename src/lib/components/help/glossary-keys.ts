/** The glossary's entries, by key: every "?" beside a term names one of these, and the help panel lists them all. */
export const GLOSSARY_KEYS = [
	'serious-violence',
	'hexagon-size',
	'lsoa',
	'imd',
	'deciles',
	'colour-methods',
	'rates',
	'age-rates',
	'catchment',
	'distance',
	'coverage-rule',
	'gaps',
	'before-after',
	'significance',
	'hot-spots',
	'emerging',
	'change',
	'weighting',
	'disclosure',
	'incomplete-months',
	'location-precision',
	'keyboard'
] as const;

export type GlossaryKey = (typeof GLOSSARY_KEYS)[number];
