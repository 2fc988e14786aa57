/**
 * The two periods the district table compares (issue 7 item 4). With a date range, the previous period is
 * the window of the same number of days immediately before it. With no date range, the latest 12 months of
 * data against the 12 before. Both are London calendar dates; month-only rows count in the period that
 * holds their month (a month split by the boundary counts in the current period).
 */
import { londonMidnightUtc, parseIsoDate } from './london-day';
import { daysInMonth, monthOf, toMonthIndex, yearOf } from '../time/month-index';

export interface PeriodSpan {
	/** Inclusive London dates, "YYYY-MM-DD". */
	from: string;
	to: string;
	/** Half-open UTC instant range for rows with a time. */
	fromMs: number;
	toMs: number;
	/** Inclusive month-index range for month-only rows. */
	fromMonth: number;
	toMonth: number;
	days: number;
}

export type ComparisonMode = 'date-range' | 'latest-12-months';

export interface ComparisonWindows {
	mode: ComparisonMode;
	current: PeriodSpan;
	previous: PeriodSpan;
	/** False when the previous period starts before the first month with data, so its counts are not comparable. */
	previousInData: boolean;
}

const DAY_MS = 86_400_000;
/** Months compared when no date range is set: a year, so seasons do not read as change. */
const LATEST_MONTHS = 12;

/** Days since 1970-01-01 of a calendar date (a day number; no time zone involved). */
function dayNumber(year: number, month: number, day: number): number {
	return Date.UTC(year, month - 1, day) / DAY_MS;
}

function dateOf(dayNo: number): { year: number; month: number; day: number } {
	const d = new Date(dayNo * DAY_MS);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function iso({ year, month, day }: { year: number; month: number; day: number }): string {
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The span of whole calendar days [firstDay, lastDay] (day numbers). */
export function spanOfDays(firstDay: number, lastDay: number): PeriodSpan {
	const a = dateOf(firstDay);
	const b = dateOf(lastDay);
	return {
		from: iso(a),
		to: iso(b),
		fromMs: londonMidnightUtc(a.year, a.month, a.day),
		toMs: londonMidnightUtc(b.year, b.month, b.day + 1),
		fromMonth: toMonthIndex(a.year, a.month),
		toMonth: toMonthIndex(b.year, b.month),
		days: lastDay - firstDay + 1
	};
}

function firstDayOfMonth(monthIndex: number): number {
	return dayNumber(yearOf(monthIndex), monthOf(monthIndex), 1);
}

function lastDayOfMonth(monthIndex: number): number {
	return dayNumber(yearOf(monthIndex), monthOf(monthIndex), daysInMonth(monthIndex));
}

/**
 * The current and previous periods for a filter's date range, given the first and last month with data
 * (an open end of the range runs to the data's edge). Null when there is no data or the range is invalid.
 */
export function comparisonWindows(dateFrom: string | null, dateTo: string | null, dataMonths: readonly [number, number] | null): ComparisonWindows | null {
	if (!dataMonths) return null;
	const [firstMonth, lastMonth] = dataMonths;
	let mode: ComparisonMode;
	let first: number;
	let last: number;
	let previous: PeriodSpan;
	if (dateFrom === null && dateTo === null) {
		mode = 'latest-12-months';
		first = firstDayOfMonth(lastMonth - LATEST_MONTHS + 1);
		last = lastDayOfMonth(lastMonth);
		// Whole months, not 365 days, so a leap year does not shift the previous period by a day.
		previous = spanOfDays(firstDayOfMonth(lastMonth - 2 * LATEST_MONTHS + 1), first - 1);
	} else {
		mode = 'date-range';
		const a = dateFrom === null ? undefined : parseIsoDate(dateFrom);
		const b = dateTo === null ? undefined : parseIsoDate(dateTo);
		if ((dateFrom !== null && !a) || (dateTo !== null && !b)) return null;
		first = a ? dayNumber(a.year, a.month, a.day) : firstDayOfMonth(firstMonth);
		last = b ? dayNumber(b.year, b.month, b.day) : lastDayOfMonth(lastMonth);
		if (last < first) return null;
		previous = spanOfDays(first - (last - first + 1), first - 1);
	}
	const current = spanOfDays(first, last);
	// Month-only rows in the boundary month belong to the current period.
	if (previous.toMonth === current.fromMonth) previous.toMonth = current.fromMonth - 1;
	return { mode, current, previous, previousInData: previous.fromMonth >= firstMonth };
}
