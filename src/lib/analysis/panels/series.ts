/**
 * The series panel (issue 7 item 2): monthly or daily counts under every filter except the date range,
 * months flagged at import (missing or partial) greyed rather than drawn as a fall, the same period a year
 * earlier as a comparison line, and the date-range patch a brushed span makes.
 */
import type { FilterState } from '../filters/filter-state';
import type { MonthStatus, MonthSummary } from '../ingest/month-gaps';
import { daysInMonth, monthOf, toMonthIndex, yearOf } from '../time/month-index';

export type SeriesGranularity = 'month' | 'day';

/** Days back for the daily comparison line: 52 weeks, so a Friday is compared with a Friday. */
export const DAILY_YEAR_BACK = 364;

export interface SeriesPoint {
	/** Month index, or day number (days since 1970-01-01). */
	key: number;
	/** "03/2024" or "04/05/2024". */
	label: string;
	/** First and last London date covered, "YYYY-MM-DD". */
	from: string;
	to: string;
	count: number;
	status: MonthStatus;
	/** Missing or partial at import: drawn grey and left out of the line, never read as a drop. */
	greyed: boolean;
	/** The same month a year earlier (or 364 days earlier); null outside the data or where that point is greyed. */
	lastYear: number | null;
	/** Inside the current date filter (all points when there is none). */
	inRange: boolean;
	/** Set on the one point that stands for a run of GAP_COLLAPSE or more missing months: how many months. */
	gap?: number;
}

/** Runs of at least this many missing months are drawn as one short break with its length written on it. */
export const GAP_COLLAPSE = 3;

export interface SeriesModel {
	granularity: SeriesGranularity;
	points: SeriesPoint[];
	/** Largest count or comparison value, for the y scale; at least 1. */
	max: number;
	greyedCount: number;
	/** True when a date filter is set. */
	ranged: boolean;
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function dayParts(dayNo: number) {
	const d = new Date(dayNo * DAY_MS);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function statusLookup(months: readonly MonthSummary[] | null | undefined): (monthIndex: number) => MonthStatus {
	const byMonth = new Map((months ?? []).map((m) => [m.monthIndex, m.status]));
	return (m) => byMonth.get(m) ?? 'ok';
}

type Range = Pick<FilterState, 'dateFrom' | 'dateTo'>;

function inRange(from: string, to: string, range: Range): boolean {
	return (range.dateFrom === null || to >= range.dateFrom) && (range.dateTo === null || from <= range.dateTo);
}

function finish(granularity: SeriesGranularity, points: SeriesPoint[], back: number, range: Range): SeriesModel {
	let max = 1;
	for (let i = 0; i < points.length; i++) {
		const earlier = points[i - back];
		points[i].lastYear = earlier && !earlier.greyed ? earlier.count : null;
		max = Math.max(max, points[i].count, points[i].lastYear ?? 0);
	}
	return { granularity, points, max, greyedCount: points.filter((p) => p.greyed).length, ranged: range.dateFrom !== null || range.dateTo !== null };
}

/** Monthly points from Cube.monthStart / monthSeries and the import report's month summary (null: none flagged). */
export function monthlySeries(monthStart: number, counts: ArrayLike<number>, months: readonly MonthSummary[] | null | undefined, range: Range): SeriesModel {
	const status = statusLookup(months);
	const points: SeriesPoint[] = Array.from({ length: counts.length }, (_, k) => {
		const m = monthStart + k;
		const [y, mo] = [yearOf(m), monthOf(m)];
		const from = isoOf(y, mo, 1);
		const to = isoOf(y, mo, daysInMonth(m));
		const s = status(m);
		return { key: m, label: `${pad(mo)}/${y}`, from, to, count: counts[k], status: s, greyed: s !== 'ok', lastYear: null, inRange: inRange(from, to, range) };
	});
	const model = finish('month', points, 12, range);
	return { ...model, points: collapseGaps(model.points) };
}

/**
 * Replaces each run of GAP_COLLAPSE or more missing months by one point, so a five-year gap between two
 * imports takes one slot, not most of the chart. Comparison values were taken before, from the real months.
 */
export function collapseGaps(points: readonly SeriesPoint[]): SeriesPoint[] {
	const out: SeriesPoint[] = [];
	for (let i = 0; i < points.length; ) {
		let j = i;
		while (j < points.length && points[j].status === 'missing') j++;
		if (j - i >= GAP_COLLAPSE) {
			const [first, last] = [points[i], points[j - 1]];
			out.push({ ...first, label: `${j - i} months missing (${first.label} to ${last.label})`, to: last.to, count: 0, lastYear: null, gap: j - i, inRange: points.slice(i, j).some((p) => p.inRange) });
			i = j;
		} else {
			out.push(points[i]);
			i++;
		}
	}
	return out;
}

/** Daily points from Cube.dayStart / daySeries; a day is greyed when its month is flagged. */
export function dailySeries(dayStart: number, counts: ArrayLike<number>, months: readonly MonthSummary[] | null | undefined, range: Range): SeriesModel {
	const status = statusLookup(months);
	const points: SeriesPoint[] = Array.from({ length: counts.length }, (_, k) => {
		const { year, month, day } = dayParts(dayStart + k);
		const iso = isoOf(year, month, day);
		const s = status(toMonthIndex(year, month));
		return { key: dayStart + k, label: `${pad(day)}/${pad(month)}/${year}`, from: iso, to: iso, count: counts[k], status: s, greyed: s !== 'ok', lastYear: null, inRange: inRange(iso, iso, range) };
	});
	return finish('day', points, DAILY_YEAR_BACK, range);
}

/** The date filter for a brushed span of points (either end first): from the first day of one to the last of the other. */
export function brushPatch(model: SeriesModel, a: number, b: number): Pick<FilterState, 'dateFrom' | 'dateTo'> {
	const first = model.points[Math.max(0, Math.min(a, b))];
	const last = model.points[Math.min(model.points.length - 1, Math.max(a, b))];
	if (!first || !last) return { dateFrom: null, dateTo: null };
	return { dateFrom: first.from, dateTo: last.to };
}

/** Indices of the points inside the date filter, as [first, last], or null when nothing is filtered or nothing is inside. */
export function brushedSpan(model: SeriesModel): [number, number] | null {
	if (!model.ranged) return null;
	const first = model.points.findIndex((p) => p.inRange);
	if (first < 0) return null;
	let last = first;
	while (last + 1 < model.points.length && model.points[last + 1].inRange) last++;
	return [first, last];
}
