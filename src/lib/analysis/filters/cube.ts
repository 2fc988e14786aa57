import type { CompiledFilter } from './filter-state';
import type { ComparisonWindows } from './periods';
import { UNKNOWN_U16, type IncidentColumns } from '../ingest/columns';
import { buildCubeByRow } from './cube-rows';
import { buildCubeKeyed } from './cube-keyed';
import type { CubeIndex } from './cube-index';

export { monthRangeOf } from './cube-frame';

/** The columns a filter pass reads. */
export type FilterColumns = Pick<IncidentColumns, 'time' | 'hour' | 'weekday' | 'month' | 'monthIndex' | 'group' | 'ageBand' | 'flags' | 'district' | 'lsoa'>;

/** District index for points outside the study area or with no district. */
export const NO_DISTRICT = UNKNOWN_U16;

export interface CubeOptions {
	/** Cell index per row at the resolution being mapped. */
	cells: Uint32Array;
	/** Size of that resolution's cell dictionary. */
	cellCount: number;
	/** Number of districts (the district marginal has one extra slot for "outside"). */
	districtCount: number;
	/** Rows whose flags include this bit are left out of everything (the "outside study area" flag). */
	excludeFlag: number;
	/** Rows with this bit count in every table but not in cellCounts (the "area level only" precision policy). */
	cellExcludeFlag?: number;
	/** Number of LSOAs (lsoaCounts' length); rows with an unknown LSOA are not in lsoaCounts. */
	lsoaCount?: number;
	/** First and last month index of the columns, when the caller has them (saves a pass over every row). */
	monthRange?: readonly [number, number];
	/** When given (one slot per row, zeroed), set to 1 for each row passing every filter: for per-incident site coverage. */
	pass?: Uint8Array;
	/** The filter's date range as given, to define the periods the district table compares; omit for no comparison. */
	period?: { dateFrom: string | null; dateTo: string | null };
	/** Count daily series too (daySeries); off by default because it roughly doubles the pass's cost per row. */
	days?: boolean;
	/** IMD 2025 decile (1-10, 0 = unknown) per cell index of `cells`: what the hexagon-decile filter reads. */
	cellDeciles?: Uint8Array;
	/** A cell index whose passing rows are listed in `cellRows` (the detail panel), or -1 / omitted for none. */
	detailCell?: number;
	/** Distinct-coordinate index per row and how many there are: with them, `cellTopLocation` is filled. */
	locations?: { ids: Uint32Array; count: number };
	/** The dataset's row keys (cube-index.ts): when they fit this call, the pass reads them instead of the columns. */
	index?: CubeIndex;
}

/** District counts for the current and previous periods (see periods.ts for how they are chosen). */
export interface DistrictComparison extends ComparisonWindows {
	/** Same slots as Cube.districts. With a date range this equals Cube.districts; otherwise the latest 12 months. */
	currentDistricts: Uint32Array;
	previousDistricts: Uint32Array;
	/**
	 * Per district slot, its monthly counts under every filter except the date range, from Cube.monthStart:
	 * (districts + 1) x months, district-major. The change's overdispersion is estimated from these.
	 */
	districtSeries: Uint32Array;
}

/** Counts for one filter state: what the map, the legend and every panel show, from one pass. */
export interface Cube {
	/** Rows that pass every filter. */
	total: number;
	cellCounts: Uint32Array;
	/** Hour x weekday counts of rows passing every filter except the time-of-day one (the matrix sets it). */
	hourOfWeek: Uint32Array;
	/** Indexed by month index - monthStart. */
	monthStart: number;
	monthCounts: Uint32Array;
	groups: Uint32Array;
	ageBands: Uint32Array;
	/** Last slot = outside / unknown district. */
	districts: Uint32Array;
	/** Rows left out only because their time of day is unknown while a time filter is on. */
	timeUnknownExcluded: number;
	/** Rows with no time of day among those passing the other filters (the matrix cannot place them). */
	timeUnknownInMatrix: number;
	/** Counts per offence group under every filter except the offence filter: what the group bars offer. */
	groupOptions: Uint32Array;
	/** Counts per age band under every filter except the age filter. */
	ageBandOptions: Uint32Array;
	/** Rows passing every filter except the date range (the series sets it), by month; same slots as monthCounts. */
	monthSeries: Uint32Array;
	/** London calendar day (days since 1970-01-01) of daySeries[0]: the first day of the first month with data. */
	dayStart: number;
	/** Rows passing every filter except the date range, by London day; rows with no date (month only) are not here. Empty unless asked for (CubeOptions.days). */
	daySeries: Uint32Array;
	comparison: DistrictComparison | null;
	/** Rows (indices into the columns) in the detail cell passing every filter, in row order. */
	cellRows: Uint32Array;
	/** Rows passing every filter, by LSOA 2021 index: the deprivation panel's input. */
	lsoaCounts: Uint32Array;
	/** Rows passing every filter but kept off the hexes (area level only): counted in total, not in cellCounts. */
	areaOnly: number;
	/** Per cell, the most passing incidents at one coordinate (a snap point or one address); empty without `locations`. */
	cellTopLocation: Uint32Array;
}

/**
 * One pass over the columns (DESIGN.md section 2 "Cube"), or over the index's keys when one fits: the same
 * answer either way. Never mutates its inputs; nothing is re-parsed.
 */
export function buildCube(columns: FilterColumns, filter: CompiledFilter, options: CubeOptions): Cube {
	const keys = options.index?.keysFor(columns, options);
	return keys ? buildCubeKeyed(columns, filter, options, keys) : buildCubeByRow(columns, filter, options);
}
