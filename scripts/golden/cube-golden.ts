/**
 * Golden answers of the cube: a small seeded synthetic dataset (3,000 incidents, built from the committed
 * data/ as the app builds the demo) and what DatasetSession.cube answers under a handful of filter states.
 * `npm run golden` rewrites the file on purpose; cube-golden.test.ts fails on any difference, so a change in
 * what the panels show is always a reviewed diff of this file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoColumns } from '../../src/lib/analysis/demo/demo-columns';
import { generateDemo } from '../../src/lib/analysis/demo/generate';
import { NO_FILTERS, type FilterState } from '../../src/lib/analysis/filters/filter-state';
import { encodeMask, maskFromRange } from '../../src/lib/analysis/filters/hour-of-week';
import { DISTRICTS } from '../../src/lib/analysis/geography/districts';
import { AGE_BAND_KEYS, FLAG, OFFENCE_GROUP, OFFENCE_GROUP_KEYS } from '../../src/lib/analysis/offences/groups';
import { DatasetSession } from '../../src/lib/analysis/session/dataset-session';
import { fingerprint, summariseDataset, type MappedResolution } from '../../src/lib/analysis/session/dataset-summary';
import { loadDemoInputs } from '../demo/load-demo';

export const GOLDEN_PATH = 'src/lib/analysis/session/fixtures/cube-golden.json';
const SEED = 7;
const INCIDENTS = 3000;

const district = (label: string) => DISTRICTS.findIndex((d) => d.label === label);

/** The filter states pinned: none, a night-time range wrapping midnight, months with groups and districts, a date range with a flag and ages. */
const CASES: { name: string; resolution: MappedResolution; filters: FilterState }[] = [
	{ name: 'no filters (serious violence)', resolution: 8, filters: NO_FILTERS },
	{ name: 'Fri and Sat 20:00-04:00', resolution: 9, filters: { ...NO_FILTERS, hourOfWeek: encodeMask(maskFromRange({ startHour: 20, endHour: 4, weekdays: [4, 5] })) } },
	{
		name: 'Jan, May, Jun sexual offences in Thanet, Medway and Maidstone',
		resolution: 7,
		filters: { ...NO_FILTERS, months: [1, 5, 6], groups: [OFFENCE_GROUP.sexual_offences], districts: [district('Thanet'), district('Medway'), district('Maidstone')] }
	},
	{
		name: '2024 knife-enabled, victims 10-24',
		resolution: 8,
		filters: { ...NO_FILTERS, dateFrom: '2024-01-01', dateTo: '2024-12-31', requiredFlags: FLAG.knife, ageBands: [AGE_BAND_KEYS.indexOf('10-17'), AGE_BAND_KEYS.indexOf('18-24')] }
	},
	{ name: 'every offence group', resolution: 7, filters: { ...NO_FILTERS, groups: OFFENCE_GROUP_KEYS.map((_, i) => i) } }
];

const named = <K extends string>(keys: readonly K[], counts: Uint32Array) => Object.fromEntries(keys.map((k, i) => [k, counts[i]]));

export function computeGolden() {
	const { areas, inputs } = loadDemoInputs();
	const columns = demoColumns(generateDemo(inputs, { seed: SEED, incidents: INCIDENTS }), areas, SEED);
	const summary = summariseDataset(columns, areas, { id: `synthetic-${SEED}`, kind: 'synthetic', label: 'golden', report: null });
	const session = new DatasetSession(columns, summary);
	const cases = CASES.map(({ name, resolution, filters }) => {
		const cube = session.cube(filters, resolution);
		const cells = Object.fromEntries(
			[...cube.cellCounts.entries()].filter(([, n]) => n > 0).map(([i, n]) => [columns.cells[resolution][i], n]).sort(([a], [b]) => (a < b ? -1 : 1))
		);
		return {
			name,
			resolution,
			filters,
			answer: {
				total: cube.total,
				cells,
				hourOfWeek: Array.from(cube.hourOfWeek),
				monthStart: cube.monthStart,
				monthCounts: Array.from(cube.monthCounts),
				monthSeries: Array.from(cube.monthSeries),
				groups: named(OFFENCE_GROUP_KEYS, cube.groups),
				groupOptions: named(OFFENCE_GROUP_KEYS, cube.groupOptions),
				ageBands: named(AGE_BAND_KEYS, cube.ageBands),
				ageBandOptions: named(AGE_BAND_KEYS, cube.ageBandOptions),
				districts: named([...DISTRICTS.map((d) => d.label), 'outside'], cube.districts),
				comparison: cube.comparison,
				timeUnknownExcluded: cube.timeUnknownExcluded,
				areaOnly: cube.areaOnly
			}
		};
	});
	return { dataset: { seed: SEED, incidents: columns.length, fingerprint: fingerprint(columns) }, cases };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const golden = computeGolden();
	writeFileSync(GOLDEN_PATH, JSON.stringify(golden, null, '\t') + '\n');
	console.log(`wrote ${GOLDEN_PATH}: ${golden.cases.length} filter states over ${golden.dataset.incidents} incidents (dataset ${golden.dataset.fingerprint})`);
}
