/**
 * The district table (issue 7 item 4): count, share, rate per 1,000 residents (Census 2021), rank by rate and
 * change against the previous period, sortable by any column.
 */
import { formatUkDate } from '../time/calendar-date';
import type { DistrictComparison } from '../filters/cube';
import type { District } from '../geography/districts';

/**
 * A percentage change from a base under 10 swings wildly on one or two incidents (5 to 8 reads as +60%),
 * so below it the table gives the difference alone.
 */
export const MIN_BASE_FOR_PERCENT = 10;

export interface Change {
	current: number;
	previous: number;
	difference: number;
	/** Percentage change, null when the previous count is under MIN_BASE_FOR_PERCENT or there is no previous period. */
	percent: number | null;
	/** 'ok'; 'small-base': difference only; 'no-previous': the previous period lies before the data. */
	note: 'ok' | 'small-base' | 'no-previous';
}

export interface DistrictRow {
	/** Index into DISTRICTS (the district filter's code). */
	index: number;
	code: string;
	label: string;
	count: number;
	/** Of all incidents shown, 0-1. */
	share: number;
	population: number | null;
	/** Incidents per 1,000 residents over the period shown; null without a population. */
	rate: number | null;
	/** 1 = highest rate; equal rates share a rank. */
	rank: number | null;
	change: Change | null;
	selected: boolean;
}

export interface DistrictTable {
	rows: DistrictRow[];
	total: Omit<DistrictRow, 'index' | 'code' | 'rank' | 'selected'>;
	/** Incidents in the study area that lie in no district (at sea, on a boundary gap). */
	unassigned: number;
}

export interface DistrictCounts {
	/** Cube.districts: one slot per district plus the last for none. */
	districts: ArrayLike<number>;
	total: number;
	comparison: DistrictComparison | null;
}

export function changeOf(current: number, previous: number, previousInData: boolean): Change {
	const difference = current - previous;
	if (!previousInData) return { current, previous, difference, percent: null, note: 'no-previous' };
	if (previous < MIN_BASE_FOR_PERCENT) return { current, previous, difference, percent: null, note: 'small-base' };
	return { current, previous, difference, percent: (difference / previous) * 100, note: 'ok' };
}

export function districtTable(counts: DistrictCounts, districts: readonly District[], populations: ReadonlyMap<string, number>, selected: readonly number[] | null): DistrictTable {
	const { comparison } = counts;
	const chosen = new Set(selected ?? []);
	const rows: DistrictRow[] = districts.map((d, index) => {
		const count = counts.districts[index] ?? 0;
		const population = populations.get(d.code) ?? null;
		return {
			index,
			code: d.code,
			label: d.label,
			count,
			share: counts.total ? count / counts.total : 0,
			population,
			rate: population ? (count / population) * 1000 : null,
			rank: null,
			change: comparison ? changeOf(comparison.currentDistricts[index], comparison.previousDistricts[index], comparison.previousInData) : null,
			selected: chosen.has(index)
		};
	});
	const rated = rows.filter((r) => r.rate !== null).sort((a, b) => b.rate! - a.rate!);
	rated.forEach((r, i) => (r.rank = i > 0 && rated[i - 1].rate === r.rate ? rated[i - 1].rank : i + 1));
	const population = rows.every((r) => r.population !== null) ? rows.reduce((s, r) => s + r.population!, 0) : null;
	const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);
	return {
		rows,
		total: {
			label: 'Kent & Medway',
			count: counts.total,
			share: counts.total ? 1 : 0,
			population,
			rate: population ? (counts.total / population) * 1000 : null,
			change: comparison ? changeOf(sum(comparison.currentDistricts), sum(comparison.previousDistricts), comparison.previousInData) : null
		},
		unassigned: counts.districts[districts.length] ?? 0
	};
}

export type DistrictSortKey = 'label' | 'count' | 'share' | 'rate' | 'rank' | 'change';
export type SortDirection = 'ascending' | 'descending';

/** The value a column sorts by; null sorts last whichever the direction. */
function sortValue(row: DistrictRow, key: DistrictSortKey): number | string | null {
	if (key === 'change') return row.change ? (row.change.percent ?? null) : null;
	return row[key];
}

/**
 * Rows sorted by one column (a new array). Change sorts by percentage; rows with no percentage (small base)
 * follow, ordered by difference. Ties keep district order.
 */
export function sortDistrictRows(rows: readonly DistrictRow[], key: DistrictSortKey, direction: SortDirection): DistrictRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const [x, y] = [sortValue(a, key), sortValue(b, key)];
		if (x === null || y === null) {
			if (x !== y) return x === null ? 1 : -1;
			if (key === 'change' && a.change && b.change) return sign * (a.change.difference - b.change.difference) || a.index - b.index;
			return a.index - b.index;
		}
		const c = typeof x === 'string' ? x.localeCompare(y as string, 'en-GB') : x - (y as number);
		return sign * c || a.index - b.index;
	});
}

/** The district filter after a click on a row: toggles it; none left means no filter. */
export function toggleDistrict(selected: readonly number[] | null, index: number): number[] | null {
	const current = selected ?? [];
	const next = current.includes(index) ? current.filter((d) => d !== index) : [...current, index].sort((a, b) => a - b);
	return next.length ? next : null;
}

/** What the table's caption says it compares, in dd/mm/yyyy. */
export function comparisonCaption(c: Pick<DistrictComparison, 'mode' | 'current' | 'previous' | 'previousInData'>): string {
	const what = c.mode === 'latest-12-months' ? 'Latest 12 months of data' : 'The date range';
	const before = c.mode === 'latest-12-months' ? 'the 12 months before' : `the ${c.current.days.toLocaleString('en-GB')} days before`;
	const base = `${what} (${formatUkDate(c.current.from)} to ${formatUkDate(c.current.to)}) against ${before} (${formatUkDate(c.previous.from)} to ${formatUkDate(c.previous.to)})`;
	return c.previousInData ? base : `${base}: the data does not reach back that far, so no change is shown`;
}
