import { DISTRICTS } from '../geography/districts';
import { buildCube, type Cube } from '../filters/cube';
import { compileFilter, type FilterState } from '../filters/filter-state';
import type { IncidentColumns } from '../ingest/columns';
import { DEFAULT_GROUP_CODES, FLAG } from '../offences/groups';
import type { DatasetSummary, MappedResolution } from './dataset-summary';

export interface CubeResult extends Cube {
	resolution: MappedResolution;
	/** The dataset counted, so a page never pairs one dataset's cells with another's counts. */
	datasetId: string;
}

const CELL_COLUMN = { 7: 'cell7', 8: 'cell8', 9: 'cell9' } as const;

/** A loaded dataset: its columns and summary, answering filter requests with one pass each. */
export class DatasetSession {
	constructor(
		readonly columns: IncidentColumns,
		readonly summary: DatasetSummary
	) {}

	/** Counts for a filter state at one resolution; throws FilterError for a malformed state. */
	cube(filters: FilterState, resolution: MappedResolution): CubeResult {
		const cells = this.columns[CELL_COLUMN[resolution]];
		// No offence filter means serious violence only: other crime is kept and counted but hidden by default.
		const groups = filters.groups ?? DEFAULT_GROUP_CODES;
		const cube = buildCube(this.columns, compileFilter({ ...filters, groups }), {
			cells,
			cellCount: this.columns.cells[resolution].length,
			districtCount: DISTRICTS.length,
			// Points outside Kent & Medway are kept and reported, but left out of maps and statistics.
			excludeFlag: FLAG.outside
		});
		return { ...cube, resolution, datasetId: this.summary.id };
	}
}

/** The typed arrays of a cube result, to list as transferables. */
export function cubeBuffers(cube: Cube): ArrayBuffer[] {
	return [cube.cellCounts, cube.hourOfWeek, cube.monthCounts, cube.groups, cube.ageBands, cube.districts].map((a) => a.buffer as ArrayBuffer);
}
