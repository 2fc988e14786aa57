/**
 * A small starter set describing place-based work named in Kent & Medway's published serious violence
 * plans. Illustrative: locations are the hospitals' points in data/places/hospitals.geojson and two town
 * centres drawn by hand; operators are not stated and start dates are placeholders, said so in each note.
 */
import type { Site } from './model';

const SOURCE =
	'Named as place-based work in Kent & Medway\'s published serious violence plans (Violence Reduction Unit / Serious Violence Prevention Partnership); check the wording against the current plan.';
const ILLUSTRATIVE = 'Illustrative starter site, not an operational record.';
/** The start of the 2024/25 financial year: a placeholder that lets before/after run on the demo's 2023-2025 data. */
const PLACEHOLDER_START = '2024-04-01';
const START_NOTE = 'Start date 01/04/2024 is a placeholder, not from the plan.';

const note = (what: string, extra = '') => [what, SOURCE, ILLUSTRATIVE, START_NOTE, extra].filter(Boolean).join(' ');

const common = { operator: '', start: PLACEHOLDER_START, end: null, hours: '', radiusM: null } as const;

export const STARTER_SITES: readonly Site[] = [
	{
		...common,
		id: 'starter-ae-navigator-medway-maritime',
		name: 'A&E navigator: Medway Maritime Hospital',
		programme: 'ae-navigator',
		audience: '10-24',
		notes: note('Youth workers in the emergency department reaching young people attending after violence.', 'Point = RPA02 in the NHS hospitals file.'),
		geometry: { type: 'Point', coordinates: [0.54208, 51.37986] }
	},
	{
		...common,
		id: 'starter-ae-navigator-william-harvey',
		name: 'A&E navigator: William Harvey Hospital, Ashford',
		programme: 'ae-navigator',
		audience: '10-24',
		notes: note('Youth workers in the emergency department reaching young people attending after violence.', 'Point = RVV01 in the NHS hospitals file.'),
		geometry: { type: 'Point', coordinates: [0.91622, 51.14149] }
	},
	{
		...common,
		id: 'starter-alcohol-care-team-qeqm',
		name: 'Alcohol care team: QEQM Hospital, Margate',
		programme: 'alcohol-care-team',
		audience: '18+',
		notes: note('Hospital alcohol care team.', 'Point = RVV09 in the NHS hospitals file.'),
		geometry: { type: 'Point', coordinates: [1.3894, 51.37805] }
	},
	{
		...common,
		id: 'starter-alcohol-care-team-darent-valley',
		name: 'Alcohol care team: Darent Valley Hospital, Dartford',
		programme: 'alcohol-care-team',
		audience: '18+',
		notes: note('Hospital alcohol care team.', 'Point = RN707 in the NHS hospitals file.'),
		geometry: { type: 'Point', coordinates: [0.25866, 51.43495] }
	},
	{
		...common,
		id: 'starter-taskforce-margate',
		name: 'Taskforce area: Margate town centre (approximate)',
		programme: 'taskforce-area',
		audience: 'all ages',
		notes: note('Multi-agency taskforce area.', 'Boundary approximate: drawn by hand around the town centre, not the taskforce\'s own boundary.'),
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[1.372, 51.3845],
					[1.3925, 51.3845],
					[1.3945, 51.3915],
					[1.381, 51.3925],
					[1.372, 51.389],
					[1.372, 51.3845]
				]
			]
		}
	},
	{
		...common,
		id: 'starter-taskforce-chatham',
		name: 'Taskforce area: Chatham town centre, Medway (approximate)',
		programme: 'taskforce-area',
		audience: 'all ages',
		notes: note('Multi-agency taskforce area.', 'Boundary approximate: drawn by hand around the town centre, not the taskforce\'s own boundary.'),
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[0.5175, 51.3775],
					[0.5365, 51.3775],
					[0.5385, 51.386],
					[0.52, 51.3865],
					[0.5175, 51.3775]
				]
			]
		}
	}
];
