import { describe, expect, it } from 'vitest';
import { loadDemoInputs } from '../../../../scripts/demo/load-demo';
import { demoColumns } from '../demo/demo-columns';
import { generateDemo } from '../demo/generate';
import { monthRangeOf, type Cube } from '../filters/cube';
import { buildCubeByRow } from '../filters/cube-rows';
import { compileFilter, NO_FILTERS, type FilterState } from '../filters/filter-state';
import { encodeMask, TIME_PRESETS } from '../filters/hour-of-week';
import { DISTRICTS } from '../geography/districts';
import { definitionGroups } from '../offences/definition';
import { FLAG } from '../offences/groups';
import { CELL_COLUMN, summariseDataset, type MappedResolution } from './dataset-summary';
import { DatasetSession, type CubeRequestOptions } from './dataset-session';
import { locationsOf } from './locations';

const { areas, inputs } = loadDemoInputs();

function sessionFor(seed: number) {
	const columns = demoColumns(generateDemo(inputs, { seed, incidents: 1500 }), areas, seed);
	return new DatasetSession(columns, summariseDataset(columns, areas, { id: `synthetic-${seed}`, kind: 'synthetic', label: 'test', report: null }));
}

/** The session's cube worked out independently: the row-by-row pass over its columns, with no index. */
function reference(session: DatasetSession, filters: FilterState, resolution: MappedResolution, options: CubeRequestOptions): Cube {
	const { columns } = session;
	return buildCubeByRow(columns, compileFilter({ ...filters, groups: filters.groups ?? definitionGroups(filters.definition) }), {
		cells: columns[CELL_COLUMN[resolution]],
		cellCount: columns.cells[resolution].length,
		districtCount: DISTRICTS.length,
		excludeFlag: FLAG.outside,
		cellExcludeFlag: FLAG.area_only,
		lsoaCount: session.summary.lsoaCodes.length,
		monthRange: monthRangeOf(columns.monthIndex),
		period: { dateFrom: filters.dateFrom, dateTo: filters.dateTo },
		detailCell: options.detailCell ?? -1,
		days: options.days === true,
		cellDeciles: options.cellDeciles,
		locations: locationsOf(columns.lng, columns.lat)
	});
}

function cubeOf(session: DatasetSession, filters: FilterState, resolution: MappedResolution, options: CubeRequestOptions): Cube {
	const { resolution: _r, datasetId: _d, detail: _detail, cellDeciles: _c, ...cube } = session.cube(filters, resolution, options);
	return cube;
}

const night = encodeMask(TIME_PRESETS.find((p) => p.id === 'night')!.mask());
const STATES: FilterState[] = [NO_FILTERS, { ...NO_FILTERS, hourOfWeek: night }, { ...NO_FILTERS, groups: [1, 2] }, { ...NO_FILTERS, dateFrom: '2024-03-10', dateTo: '2024-11-20', months: [3, 4, 9] }];

describe('DatasetSession with its cube index', () => {
	it('answers as the row-by-row pass whatever the order of datasets, resolutions and options', () => {
		const sessions = [sessionFor(7), sessionFor(8)];
		const steps: [number, MappedResolution, CubeRequestOptions][] = [
			[0, 8, {}],
			[1, 8, {}],
			[0, 7, {}],
			[0, 9, { days: true }],
			[1, 7, { days: true, detailCell: 2 }],
			[0, 8, { detailCell: 5 }],
			[0, 7, {}],
			[1, 8, {}],
			[0, 9, {}]
		];
		for (const [s, resolution, options] of steps) {
			const session = sessions[s];
			const cellDeciles = Uint8Array.from(session.columns.cells[resolution], (_, c) => c % 11);
			for (const filters of [...STATES, { ...NO_FILTERS, hexDeciles: [2, 3, 4] }]) {
				const withDeciles = { ...options, cellDeciles };
				expect(cubeOf(session, filters, resolution, withDeciles)).toEqual(reference(session, filters, resolution, withDeciles));
			}
		}
	});

	it('gives the pass mask and hexagon counts of the row-by-row pass', () => {
		const session = sessionFor(9);
		for (const filters of STATES) {
			const { columns } = session;
			const pass = new Uint8Array(columns.length);
			const expected = buildCubeByRow(columns, compileFilter({ ...filters, groups: filters.groups ?? definitionGroups(null) }), {
				cells: columns.cell8,
				cellCount: columns.cells[8].length,
				districtCount: DISTRICTS.length,
				excludeFlag: FLAG.outside,
				cellExcludeFlag: FLAG.area_only,
				locations: locationsOf(columns.lng, columns.lat),
				pass
			});
			const actual = session.passWithCells(filters, 8);
			expect(actual.pass).toEqual(pass);
			expect(actual.cellCounts).toEqual(expected.cellCounts);
			expect(actual.cellTopLocation).toEqual(expected.cellTopLocation);
		}
	});
});
