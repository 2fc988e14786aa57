/** Reads a programme type from a file: the key, the label, or a common way of writing it. */
import { PROGRAMME_LABELS, PROGRAMME_TYPES, type ProgrammeType } from './model';

const norm = (s: string) => s.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, ' ').trim();

const ALIASES: Readonly<Record<string, ProgrammeType>> = {
	sport: 'community-sport',
	'community sports': 'community-sport',
	'youth club': 'youth-outreach',
	'youth outreach': 'youth-outreach',
	outreach: 'youth-outreach',
	'detached youth work': 'youth-outreach',
	'a and e navigator': 'ae-navigator',
	'ae navigator': 'ae-navigator',
	'ed navigator': 'ae-navigator',
	'hospital navigator': 'ae-navigator',
	'alcohol care team': 'alcohol-care-team',
	act: 'alcohol-care-team',
	school: 'school-programme',
	'schools programme': 'school-programme',
	patrol: 'hotspot-patrol',
	'hot spot patrol': 'hotspot-patrol',
	taskforce: 'taskforce-area',
	'task force': 'taskforce-area',
	'task force area': 'taskforce-area',
	'transport hub': 'transport-hub',
	station: 'transport-hub'
};

const LOOKUP = new Map<string, ProgrammeType>([
	...PROGRAMME_TYPES.map((p) => [norm(p), p] as const),
	...PROGRAMME_TYPES.map((p) => [norm(PROGRAMME_LABELS[p]), p] as const),
	...Object.entries(ALIASES).map(([k, v]) => [norm(k), v] as const)
]);

/** The programme type a label names, or undefined when it names none (an empty label reads as "other"). */
export function readProgramme(value: unknown): ProgrammeType | undefined {
	const text = value === null || value === undefined ? '' : norm(String(value));
	if (text === '') return 'other';
	return LOOKUP.get(text);
}
