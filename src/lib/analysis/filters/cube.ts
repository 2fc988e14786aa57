import { HOURS_PER_WEEK } from './hour-of-week';
import type { CompiledFilter } from './filter-state';
import { comparisonWindows, type ComparisonWindows } from './periods';
import { daysInMonth, monthOf, yearOf } from '../time/month-index';
import { UNKNOWN_U16, UNKNOWN_U8, type IncidentColumns } from '../ingest/columns';

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

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const HALF_DAY_MS = 43_200_000;
/** Hours London is ahead of UTC, by (London hour - UTC hour + 24): 1 where they differ by one (BST), else 0. */
const LONDON_AHEAD = Uint8Array.from({ length: 48 }, (_, k) => (k % 24 === 1 ? 1 : 0));

/** London calendar day of an instant: the offset is whichever of 0 or 1 hour makes the UTC hour read as the London hour. */
function londonDay(t: number, knownHour: boolean, hour: number): number {
	if (!knownHour) return Math.floor((t + HALF_DAY_MS) / DAY_MS);
	// Whole hours since 1970 fit in 32 bits until the year 2215, so integer arithmetic is safe and quick.
	const uh = (t / HOUR_MS) | 0;
	return ((uh + LONDON_AHEAD[hour - (uh % 24) + 24]) / 24) | 0;
}

/** First and last month index in a column ([0, 0] when empty): a session computes it once per dataset. */
export function monthRangeOf(monthIndex: ArrayLike<number>): [number, number] {
	let min = 0xffff;
	let max = 0;
	for (let i = 0; i < monthIndex.length; i++) {
		const m = monthIndex[i];
		if (m < min) min = m;
		if (m > max) max = m;
	}
	return min > max ? [0, 0] : [min, max];
}

/**
 * One pass over the columns (DESIGN.md section 2 "Cube"). Never mutates its inputs; nothing is re-parsed.
 */
export function buildCube(columns: FilterColumns, filter: CompiledFilter, options: CubeOptions): Cube {
	const { time, hour, weekday, month, monthIndex, group, ageBand, flags, district, lsoa } = columns;
	const { cells, cellCount, districtCount, excludeFlag } = options;
	const cellExcludeFlag = options.cellExcludeFlag ?? 0;
	const lsoaCount = options.lsoaCount ?? 0;
	const lsoaCounts = new Uint32Array(lsoaCount);
	const pass = options.pass;
	let areaOnly = 0;
	const n = group.length;

	const [monthMin, monthMax] = options.monthRange ?? monthRangeOf(monthIndex);

	const cellCounts = new Uint32Array(cellCount);
	const hourOfWeek = new Uint32Array(HOURS_PER_WEEK);
	const monthCounts = new Uint32Array(monthMax - monthMin + 1);
	const groups = new Uint32Array(256);
	const ageBands = new Uint32Array(256);
	const groupOptions = new Uint32Array(256);
	const ageBandOptions = new Uint32Array(256);
	const districts = new Uint32Array(districtCount + 1);
	const dayStart = Date.UTC(yearOf(monthMin), monthOf(monthMin) - 1, 1) / DAY_MS;
	const dayEnd = Date.UTC(yearOf(monthMax), monthOf(monthMax) - 1, daysInMonth(monthMax)) / DAY_MS;
	const monthSeries = new Uint32Array(monthCounts.length);
	const wantDays = options.days === true;
	const daySeries = new Uint32Array(n === 0 || !wantDays ? 0 : dayEnd - dayStart + 1);
	let total = 0;
	let timeUnknownExcluded = 0;
	let timeUnknownInMatrix = 0;

	const { hourOfWeek: how, months, groups: gSet, ageBands: aSet, districts: dSet, requiredFlags, hexDeciles: hdSet } = filter;
	const cellDeciles = options.cellDeciles;
	const { fromMs, toMs, fromMonthIndex, toMonthIndex } = filter;
	const dateFiltered = fromMs !== -Infinity || toMs !== Infinity;

	const windows = options.period && n > 0 ? comparisonWindows(options.period.dateFrom, options.period.dateTo, [monthMin, monthMax]) : null;
	const currentDistricts = new Uint32Array(districtCount + 1);
	const previousDistricts = new Uint32Array(districtCount + 1);
	// With a date range, rows failing it may still fall in the previous period; without, months split the two years.
	const ranged = windows?.mode === 'date-range';
	const byMonth = windows?.mode === 'latest-12-months';
	const prevFromMs = ranged ? windows.previous.fromMs : Infinity;
	const prevFromMonth = windows ? windows.previous.fromMonth : Infinity;
	const prevToMonth = windows ? windows.previous.toMonth : -Infinity;
	const curFromMonth = windows ? windows.current.fromMonth : Infinity;
	const detailCell = options.detailCell ?? -1;
	const cellRows: number[] = [];
	const locationIds = options.locations?.ids;
	const locationCounts = new Uint32Array(options.locations?.count ?? 0);
	const cellTopLocation = new Uint32Array(locationIds ? cellCount : 0);
	// One count per district and month for passing rows: districts, months and both 12-month periods are sums of it.
	const span = monthCounts.length;
	const districtMonths = new Uint32Array((districtCount + 1) * span);
	// Rows outside the date range by district and month, so each district's whole series is known.
	const districtOutside = new Uint32Array(windows && dateFiltered ? (districtCount + 1) * span : 0);

	for (let i = 0; i < n; i++) {
		const f = flags[i];
		if ((f & excludeFlag) !== 0 || (f & requiredFlags) !== requiredFlags) continue;
		const g = group[i];
		const a = ageBand[i];
		// Bits of the filters a row fails that a panel ignores for itself: 1 offence group, 2 age band, 4 date range.
		let own = (gSet !== undefined && gSet[g] === 0 ? 1 : 0) | (aSet !== undefined && aSet[a] === 0 ? 2 : 0);
		if (own === 3) continue;
		const d = district[i];
		if (dSet !== undefined && (d === NO_DISTRICT || dSet[d] === 0)) continue;
		// Area-only rows sit on no hexagon, so like rows in cells of unknown decile they never match a hexagon's decile.
		if (hdSet !== undefined && ((f & cellExcludeFlag) !== 0 || cellDeciles === undefined || hdSet[cellDeciles[cells[i]]] !== 1)) continue;
		if (months !== undefined && months[month[i]] !== 1) continue;
		const t = time[i];
		const m = monthIndex[i];
		let previous = false;
		if (dateFiltered) {
			let inside: boolean;
			if (t === t) {
				inside = t >= fromMs && t < toMs;
				previous = !inside && t >= prevFromMs && t < fromMs;
			} else {
				inside = m >= fromMonthIndex && m <= toMonthIndex;
				previous = !inside && m >= prevFromMonth && m <= prevToMonth;
			}
			if (!inside) {
				if (own !== 0) continue;
				own = 4;
			}
		}
		const h = hour[i];
		const w = weekday[i];
		const known = h !== UNKNOWN_U8 && w !== UNKNOWN_U8;
		const slot = known ? w * 24 + h : -1;
		const dSlot = d === NO_DISTRICT || d >= districtCount ? districtCount : d;
		if (own !== 0) {
			if (how !== undefined && (!known || how[slot] === 0)) continue;
			// Passing rows are added to the options and the series after the loop.
			if (own === 1) groupOptions[g]++;
			else if (own === 2) ageBandOptions[a]++;
			else {
				monthSeries[m - monthMin]++;
				if (wantDays && t === t) daySeries[londonDay(t, known, h) - dayStart]++;
				if (previous) previousDistricts[dSlot]++;
				if (districtOutside.length) districtOutside[dSlot * span + m - monthMin]++;
			}
			continue;
		}
		// Passed everything but time of day: this is what the hour x weekday matrix shows.
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
		if (pass) pass[i] = 1;
		const l = lsoa[i];
		if (l < lsoaCount) lsoaCounts[l]++;
		if ((f & cellExcludeFlag) !== 0) areaOnly++;
		else {
			const c = cells[i];
			cellCounts[c]++;
			if (c === detailCell) cellRows.push(i);
			// A coordinate lies in one cell, so its running count is its count there: the cell's top is the largest.
			if (locationIds !== undefined) {
				const at = ++locationCounts[locationIds[i]];
				if (at > cellTopLocation[c]) cellTopLocation[c] = at;
			}
		}
		districtMonths[dSlot * span + m - monthMin]++;
		groups[g]++;
		ageBands[a]++;
		if (wantDays && t === t) daySeries[londonDay(t, known, h) - dayStart]++;
	}
	for (let g = 0; g < 256; g++) {
		groupOptions[g] += groups[g];
		ageBandOptions[g] += ageBands[g];
	}
	for (let d = 0; d <= districtCount; d++) {
		for (let k = 0; k < span; k++) {
			const count = districtMonths[d * span + k];
			districts[d] += count;
			monthCounts[k] += count;
			const m = k + monthMin;
			if (byMonth && m >= curFromMonth) currentDistricts[d] += count;
			else if (byMonth && m >= prevFromMonth && m <= prevToMonth) previousDistricts[d] += count;
		}
	}
	for (let k = 0; k < span; k++) monthSeries[k] += monthCounts[k];
	if (ranged) currentDistricts.set(districts);
	let comparison: DistrictComparison | null = null;
	if (windows) {
		const districtSeries = Uint32Array.from(districtMonths);
		for (let k = 0; k < districtOutside.length; k++) districtSeries[k] += districtOutside[k];
		comparison = { ...windows, currentDistricts, previousDistricts, districtSeries };
	}

	return {
		total,
		cellCounts,
		hourOfWeek,
		monthStart: monthMin,
		monthCounts,
		groups,
		ageBands,
		districts,
		timeUnknownExcluded,
		timeUnknownInMatrix,
		groupOptions,
		ageBandOptions,
		dayStart,
		monthSeries,
		daySeries,
		comparison,
		cellRows: Uint32Array.from(cellRows),
		lsoaCounts,
		areaOnly,
		cellTopLocation
	};
}
