import { HOURS_PER_WEEK } from './hour-of-week';
import type { CompiledFilter } from './filter-state';
import { UNKNOWN_U16, UNKNOWN_U8, type IncidentColumns } from '../ingest/columns';

/** The columns a filter pass reads. */
export type FilterColumns = Pick<IncidentColumns, 'time' | 'hour' | 'weekday' | 'month' | 'monthIndex' | 'group' | 'ageBand' | 'flags' | 'district'>;

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
}

/**
 * One pass over the columns (DESIGN.md section 2 "Cube"). Never mutates its inputs; nothing is re-parsed.
 */
export function buildCube(columns: FilterColumns, filter: CompiledFilter, options: CubeOptions): Cube {
	const { time, hour, weekday, month, monthIndex, group, ageBand, flags, district } = columns;
	const { cells, cellCount, districtCount, excludeFlag } = options;
	const n = group.length;

	let monthMin = 0xffff;
	let monthMax = 0;
	for (let i = 0; i < n; i++) {
		const m = monthIndex[i];
		if (m < monthMin) monthMin = m;
		if (m > monthMax) monthMax = m;
	}
	if (monthMin > monthMax) monthMin = monthMax = 0;

	const cellCounts = new Uint32Array(cellCount);
	const hourOfWeek = new Uint32Array(HOURS_PER_WEEK);
	const monthCounts = new Uint32Array(monthMax - monthMin + 1);
	const groups = new Uint32Array(256);
	const ageBands = new Uint32Array(256);
	const districts = new Uint32Array(districtCount + 1);
	let total = 0;
	let timeUnknownExcluded = 0;
	let timeUnknownInMatrix = 0;

	const { hourOfWeek: how, months, groups: gSet, ageBands: aSet, districts: dSet, requiredFlags } = filter;
	const { fromMs, toMs, fromMonthIndex, toMonthIndex } = filter;
	const dateFiltered = fromMs !== -Infinity || toMs !== Infinity;

	for (let i = 0; i < n; i++) {
		const f = flags[i];
		if ((f & excludeFlag) !== 0 || (f & requiredFlags) !== requiredFlags) continue;
		if (gSet !== undefined && gSet[group[i]] === 0) continue;
		if (aSet !== undefined && aSet[ageBand[i]] === 0) continue;
		const d = district[i];
		if (dSet !== undefined && (d === NO_DISTRICT || dSet[d] === 0)) continue;
		if (months !== undefined && months[month[i]] !== 1) continue;
		if (dateFiltered) {
			const t = time[i];
			if (t === t) {
				if (t < fromMs || t >= toMs) continue;
			} else {
				const m = monthIndex[i];
				if (m < fromMonthIndex || m > toMonthIndex) continue;
			}
		}
		// Passed everything but time of day: this is what the hour x weekday matrix shows.
		const h = hour[i];
		const w = weekday[i];
		const known = h !== UNKNOWN_U8 && w !== UNKNOWN_U8;
		const slot = known ? w * 24 + h : -1;
		if (known) hourOfWeek[slot]++;
		else timeUnknownInMatrix++;
		if (how !== undefined) {
			if (!known) {
				timeUnknownExcluded++;
				continue;
			}
			if (how[slot] === 0) continue;
		}
		total++;
		cellCounts[cells[i]]++;
		monthCounts[monthIndex[i] - monthMin]++;
		groups[group[i]]++;
		ageBands[ageBand[i]]++;
		districts[d === NO_DISTRICT || d >= districtCount ? districtCount : d]++;
	}

	return { total, cellCounts, hourOfWeek, monthStart: monthMin, monthCounts, groups, ageBands, districts, timeUnknownExcluded, timeUnknownInMatrix };
}
