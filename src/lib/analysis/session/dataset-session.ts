import { DISTRICTS } from '../geography/districts';
import { buildCube, monthRangeOf, type Cube } from '../filters/cube';
import { CubeIndex } from '../filters/cube-index';
import { compileFilter, type FilterState } from '../filters/filter-state';
import type { IncidentColumns } from '../ingest/columns';
import { FLAG } from '../offences/groups';
import { definitionGroups } from '../offences/definition';
import { CELL_COLUMN, type DatasetSummary, type MappedResolution } from './dataset-summary';
import { cellDetail, type CellDetail } from './cell-detail';
import { locationsOf, type Locations } from './locations';

export interface CubeResult extends Cube {
	resolution: MappedResolution;
	/** The dataset counted, so a page never pairs one dataset's cells with another's counts. */
	datasetId: string;
	/** The clicked hexagon's detail, when the request named a cell; from the same filter pass. */
	detail: CellDetail | null;
	/** IMD 2025 decile (1-10, 0 = unknown) per cell index at `resolution`: a copy, so it can be transferred. */
	cellDeciles: Uint8Array;
}

export interface CubeRequestOptions {
	/** Cell index (at `resolution`) of the hexagon whose detail panel is open, or null. */
	detailCell?: number | null;
	/** Also count rows by London day (the series panel's daily view); only meaningful when summary.hasTimes. */
	days?: boolean;
	/** IMD 2025 decile per LSOA index (summary.lsoaCodes order), for the detail panel; see lsoaDeciles(). */
	lsoaDeciles?: ArrayLike<number>;
	/** IMD 2025 decile per cell index at the requested resolution (cellDecilesFor()); without it every cell's decile is unknown. */
	cellDeciles?: Uint8Array;
}


/** No offence filter means serious violence only: other crime is kept and counted but hidden by default. */
function compiled(filters: FilterState) {
	return compileFilter({ ...filters, groups: filters.groups ?? definitionGroups(filters.definition) });
}

/** A loaded dataset: its columns and summary, answering filter requests with one pass each. */
export class DatasetSession {
	/** The columns' month span, found once: every cube needs it and the columns never change. */
	private readonly monthRange: [number, number];
	/** Rows sharing a coordinate, found on the first cube (once per dataset). */
	private locations: Locations | null = null;
	/** Row keys for the filter pass, built on the first cube; the columns never change, so neither do they. */
	private index: CubeIndex | null = null;

	constructor(
		readonly columns: IncidentColumns,
		readonly summary: DatasetSummary
	) {
		this.monthRange = monthRangeOf(columns.monthIndex);
	}

	private rowLocations(): Locations {
		return (this.locations ??= locationsOf(this.columns.lng, this.columns.lat));
	}

	/** Built with the parameters every cube below passes, so its keys fit each call (buildCube checks). */
	private cubeIndex(): CubeIndex {
		return (this.index ??= new CubeIndex(this.columns, {
			districtCount: DISTRICTS.length,
			excludeFlag: FLAG.outside,
			cellExcludeFlag: FLAG.area_only,
			locations: this.rowLocations()
		}));
	}

	/**
	 * Counts for a filter state at one resolution, every panel's data included, from one pass; with
	 * `detailCell`, also that hexagon's detail. Throws FilterError for a malformed state.
	 */
	cube(filters: FilterState, resolution: MappedResolution, options: CubeRequestOptions = {}): CubeResult {
		const cells = this.columns[CELL_COLUMN[resolution]];
		const cellCount = this.columns.cells[resolution].length;
		const detailCell = options.detailCell ?? -1;
		const cellDeciles = options.cellDeciles;
		const cube = buildCube(this.columns, compiled(filters), {
			index: this.cubeIndex(),
			monthRange: this.monthRange,
			cells,
			cellCount,
			districtCount: DISTRICTS.length,
			// Points outside Kent & Medway are kept and reported, but left out of maps and statistics.
			excludeFlag: FLAG.outside,
			// Rows kept "at area level only" (imprecise locations) count in tables, never as a hexagon.
			cellExcludeFlag: FLAG.area_only,
			lsoaCount: this.summary.lsoaCodes.length,
			period: { dateFrom: filters.dateFrom, dateTo: filters.dateTo },
			detailCell,
			days: options.days === true,
			cellDeciles,
			locations: this.rowLocations()
		});
		const detail =
			detailCell >= 0 && detailCell < cellCount
				? cellDetail({
						topLocation: cube.cellTopLocation[detailCell],
						columns: this.columns,
						rows: cube.cellRows,
						resolution,
						cellIndex: detailCell,
						datasetId: this.summary.id,
						lsoaNames: this.summary.lsoaNames ?? [],
						lsoaDeciles: options.lsoaDeciles,
						hexDecile: cellDeciles?.[detailCell]
					})
				: null;
		// Sized to the dictionary whatever was passed, so a page can index it by any of this resolution's cells.
		const decilesOut = new Uint8Array(cellCount);
		if (cellDeciles) decilesOut.set(cellDeciles.subarray(0, cellCount));
		return { ...cube, resolution, datasetId: this.summary.id, detail, cellDeciles: decilesOut };
	}

	/**
	 * 1 for each row passing every filter, 0 otherwise: the input of per-incident site analysis. Area-only rows
	 * pass unless the hexagon-decile filter is on (they lie on no hexagon); that filter reads `cellDeciles` at `resolution`.
	 */
	passMask(filters: FilterState, resolution: MappedResolution = 7, cellDeciles?: Uint8Array): Uint8Array {
		return this.passWithCells(filters, resolution, cellDeciles).pass;
	}

	/**
	 * The rows a site's before/after counts: the view's filters less its date range (the windows are the
	 * site's own months). The hexagon-decile filter reads the mapped hexagons, so it needs their resolution.
	 */
	beforeAfterPass(filters: FilterState, resolution: MappedResolution | null, cellDeciles?: Uint8Array): Uint8Array {
		if (filters.hexDeciles !== null && resolution === null) throw new Error('The hexagon-decile filter needs the mapped resolution.');
		return this.passMask({ ...filters, dateFrom: null, dateTo: null }, resolution ?? undefined, cellDeciles);
	}

	/** The pass mask and, from the same pass, the hexagon counts at `resolution` (what cube() maps), for site coverage. */
	passWithCells(filters: FilterState, resolution: MappedResolution, cellDeciles?: Uint8Array): { pass: Uint8Array; cellCounts: Uint32Array; cellTopLocation: Uint32Array } {
		const pass = new Uint8Array(this.columns.length);
		const { cellCounts, cellTopLocation } = buildCube(this.columns, compiled(filters), {
			index: this.cubeIndex(),
			locations: this.rowLocations(),
			monthRange: this.monthRange,
			cells: this.columns[CELL_COLUMN[resolution]],
			cellCount: this.columns.cells[resolution].length,
			districtCount: DISTRICTS.length,
			excludeFlag: FLAG.outside,
			cellExcludeFlag: FLAG.area_only,
			cellDeciles,
			pass
		});
		return { pass, cellCounts, cellTopLocation };
	}

	/** One hexagon's detail under a filter state (the same pass as cube(); prefer cube's `detailCell` so a change is one request). */
	cellDetail(filters: FilterState, resolution: MappedResolution, cellIndex: number, lsoaDeciles?: ArrayLike<number>, cellDeciles?: Uint8Array): CellDetail | null {
		return this.cube(filters, resolution, { detailCell: cellIndex, lsoaDeciles, cellDeciles }).detail;
	}
}

/** The typed arrays of a cube result, to list as transferables: every one, each buffer once. */
export function cubeBuffers(cube: Cube & { cellDeciles?: Uint8Array }): ArrayBuffer[] {
	const arrays: ArrayBufferView[] = [
		cube.cellCounts,
		cube.hourOfWeek,
		cube.monthCounts,
		cube.groups,
		cube.ageBands,
		cube.districts,
		cube.groupOptions,
		cube.ageBandOptions,
		cube.monthSeries,
		cube.daySeries,
		cube.cellRows,
		cube.lsoaCounts,
		cube.cellTopLocation
	];
	if (cube.cellDeciles) arrays.push(cube.cellDeciles);
	if (cube.comparison) arrays.push(cube.comparison.currentDistricts, cube.comparison.previousDistricts, cube.comparison.districtSeries);
	return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** H3 ids of the cells at a resolution that hold at least one incident inside the study area. */
export function inAreaCells(columns: IncidentColumns, resolution: MappedResolution): Set<string> {
	const cells = columns[CELL_COLUMN[resolution]];
	const out = new Set<string>();
	for (let i = 0; i < columns.length; i++) if ((columns.flags[i] & FLAG.outside) === 0) out.add(columns.cells[resolution][cells[i]]);
	return out;
}
