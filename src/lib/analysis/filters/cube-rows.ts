/**
 * The filter pass row by row, reading the columns as ingest left them: used when no CubeIndex fits the
 * call (see cube-index.ts), and the reference the keyed pass is tested against.
 */
import { UNKNOWN_U16, UNKNOWN_U8 } from '../ingest/columns';
import type { CompiledFilter } from './filter-state';
import type { Cube, CubeOptions, FilterColumns } from './cube';
import { cubeFrame, finishCube } from './cube-frame';
import { londonDay as londonDayOf } from './london-day';

// A module constant, not an imported binding: some loaders turn each read of an import into a getter call.
const londonDay = londonDayOf;

export function buildCubeByRow(columns: FilterColumns, filter: CompiledFilter, options: CubeOptions): Cube {
	const { time, hour, weekday, month, monthIndex, group, ageBand, flags, district, lsoa } = columns;
	const { cells, cellCount, districtCount, excludeFlag } = options;
	const n = group.length;
	const frame = cubeFrame(n, monthIndex, filter, options);
	const { monthMin, span, dayStart, dateFiltered, windows, prevFromMs, prevFromMonth, prevToMonth } = frame;
	const cellExcludeFlag = options.cellExcludeFlag ?? 0;
	const lsoaCount = options.lsoaCount ?? 0;
	const lsoaCounts = new Uint32Array(lsoaCount);
	const pass = options.pass;
	let areaOnly = 0;

	const cellCounts = new Uint32Array(cellCount);
	const hourOfWeek = new Uint32Array(168);
	const groups = new Uint32Array(256);
	const ageBands = new Uint32Array(256);
	const groupOptions = new Uint32Array(256);
	const ageBandOptions = new Uint32Array(256);
	const monthSeries = new Uint32Array(span);
	const wantDays = frame.dayCount > 0;
	const daySeries = new Uint32Array(frame.dayCount);
	let total = 0;
	let timeUnknownExcluded = 0;
	let timeUnknownInMatrix = 0;

	const { hourOfWeek: how, months, groups: gSet, ageBands: aSet, districts: dSet, requiredFlags, hexDeciles: hdSet } = filter;
	const cellDeciles = options.cellDeciles;
	const { fromMs, toMs, fromMonthIndex, toMonthIndex } = filter;

	const previousDistricts = new Uint32Array(districtCount + 1);
	const detailCell = options.detailCell ?? -1;
	const cellRows: number[] = [];
	const locationIds = options.locations?.ids;
	const locationCounts = new Uint32Array(options.locations?.count ?? 0);
	const cellTopLocation = new Uint32Array(locationIds ? cellCount : 0);
	// One count per district and month for passing rows: districts, months and both 12-month periods are sums of it.
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
		if (dSet !== undefined && (d === UNKNOWN_U16 || dSet[d] === 0)) continue;
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
		const dSlot = d === UNKNOWN_U16 || d >= districtCount ? districtCount : d;
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
	return finishCube(frame, {
		total,
		cellCounts,
		hourOfWeek,
		groups,
		ageBands,
		groupOptions,
		ageBandOptions,
		monthSeries,
		daySeries,
		previousDistricts,
		districtMonths,
		districtOutside,
		timeUnknownExcluded,
		timeUnknownInMatrix,
		cellRows: Uint32Array.from(cellRows),
		lsoaCounts,
		areaOnly,
		cellTopLocation
	});
}
