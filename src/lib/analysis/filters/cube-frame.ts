/**
 * What every filter pass shares: the spans and periods set up before the loop (cubeFrame) and the marginals
 * summed after it (finishCube), so the row-by-row pass and the keyed pass cannot drift apart.
 */
import type { CompiledFilter } from './filter-state';
import { comparisonWindows, type ComparisonWindows } from './periods';
import { daysInMonth, monthOf, yearOf } from '../time/month-index';
import type { Cube, CubeOptions, DistrictComparison } from './cube';

const DAY_MS = 86_400_000;

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

export interface CubeFrame {
	monthMin: number;
	/** Months from the first to the last with data: the length of every month table. */
	span: number;
	districtCount: number;
	dayStart: number;
	/** daySeries' length: 0 unless days were asked for and there are rows. */
	dayCount: number;
	dateFiltered: boolean;
	windows: ComparisonWindows | null;
	/** With a date range, rows failing it may still fall in the previous period; without, months split the two years. */
	ranged: boolean;
	byMonth: boolean;
	prevFromMs: number;
	prevFromMonth: number;
	prevToMonth: number;
	curFromMonth: number;
}

export function cubeFrame(n: number, monthIndex: ArrayLike<number>, filter: CompiledFilter, options: CubeOptions): CubeFrame {
	const [monthMin, monthMax] = options.monthRange ?? monthRangeOf(monthIndex);
	const dayStart = Date.UTC(yearOf(monthMin), monthOf(monthMin) - 1, 1) / DAY_MS;
	const dayEnd = Date.UTC(yearOf(monthMax), monthOf(monthMax) - 1, daysInMonth(monthMax)) / DAY_MS;
	const windows = options.period && n > 0 ? comparisonWindows(options.period.dateFrom, options.period.dateTo, [monthMin, monthMax]) : null;
	const ranged = windows?.mode === 'date-range';
	return {
		monthMin,
		span: monthMax - monthMin + 1,
		districtCount: options.districtCount,
		dayStart,
		dayCount: n === 0 || options.days !== true ? 0 : dayEnd - dayStart + 1,
		dateFiltered: filter.fromMs !== -Infinity || filter.toMs !== Infinity,
		windows,
		ranged,
		byMonth: windows?.mode === 'latest-12-months',
		prevFromMs: ranged ? windows.previous.fromMs : Infinity,
		prevFromMonth: windows ? windows.previous.fromMonth : Infinity,
		prevToMonth: windows ? windows.previous.toMonth : -Infinity,
		curFromMonth: windows ? windows.current.fromMonth : Infinity
	};
}

/** What a pass counts; the options and the series hold only rows failing their own filter until finishCube adds the rest. */
export interface PassCounts {
	total: number;
	cellCounts: Uint32Array;
	hourOfWeek: Uint32Array;
	groups: Uint32Array;
	ageBands: Uint32Array;
	groupOptions: Uint32Array;
	ageBandOptions: Uint32Array;
	monthSeries: Uint32Array;
	daySeries: Uint32Array;
	/** Rows failing only the date range that fall in the previous period, by district slot. */
	previousDistricts: Uint32Array;
	/** Passing rows by district slot and month, district-major. */
	districtMonths: Uint32Array;
	/** Rows failing only the date range by district slot and month (empty unless there are windows and a date range). */
	districtOutside: Uint32Array;
	timeUnknownExcluded: number;
	timeUnknownInMatrix: number;
	cellRows: Uint32Array;
	lsoaCounts: Uint32Array;
	areaOnly: number;
	cellTopLocation: Uint32Array;
}

/** The marginals that are sums of the pass's counts; takes ownership of `counts`' arrays. */
export function finishCube(frame: CubeFrame, counts: PassCounts): Cube {
	const { span, districtCount, monthMin, windows, byMonth, curFromMonth, prevFromMonth, prevToMonth } = frame;
	const { groups, ageBands, groupOptions, ageBandOptions, districtMonths, districtOutside, monthSeries, previousDistricts } = counts;
	for (let g = 0; g < 256; g++) {
		groupOptions[g] += groups[g];
		ageBandOptions[g] += ageBands[g];
	}
	const districts = new Uint32Array(districtCount + 1);
	const monthCounts = new Uint32Array(span);
	const currentDistricts = new Uint32Array(districtCount + 1);
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
	if (frame.ranged) currentDistricts.set(districts);
	let comparison: DistrictComparison | null = null;
	if (windows) {
		const districtSeries = Uint32Array.from(districtMonths);
		for (let k = 0; k < districtOutside.length; k++) districtSeries[k] += districtOutside[k];
		comparison = { ...windows, currentDistricts, previousDistricts, districtSeries };
	}
	return {
		total: counts.total,
		cellCounts: counts.cellCounts,
		hourOfWeek: counts.hourOfWeek,
		monthStart: monthMin,
		monthCounts,
		groups,
		ageBands,
		districts,
		timeUnknownExcluded: counts.timeUnknownExcluded,
		timeUnknownInMatrix: counts.timeUnknownInMatrix,
		groupOptions,
		ageBandOptions,
		dayStart: frame.dayStart,
		monthSeries,
		daySeries: counts.daySeries,
		comparison,
		cellRows: counts.cellRows,
		lsoaCounts: counts.lsoaCounts,
		areaOnly: counts.areaOnly,
		cellTopLocation: counts.cellTopLocation
	};
}
