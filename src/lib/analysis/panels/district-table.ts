/**
 * The district table (issue 7 item 4): count, share, rate per 1,000 residents (Census 2021), rank by rate and
 * change against the previous period, sortable by any column.
 */
import { formatUkDate } from '../time/calendar-date';
import type { DistrictComparison } from '../filters/cube';
import { flaggedMonths, type MonthSummary } from '../ingest/month-gaps';
import { countRatio, isClearChange, type CountRatio } from '../stats/count-ratio';
import { dispersion } from '../stats/dispersion';
import { benjaminiHochberg } from '../stats/fdr';
import { monthUkLabel as monthText } from '../time/month-index';
import type { District } from '../geography/districts';
import { ALL_RESIDENTS, type AgeBasis } from './age-population';

/**
 * A percentage change from a base under 10 swings wildly on one or two incidents (5 to 8 reads as +60%),
 * so below it the table gives the difference alone.
 */
export const MIN_BASE_FOR_PERCENT = 10;

/** Why two periods cannot be compared, when they cannot. */
export type Comparability =
	| { ok: true }
	| { ok: false; note: 'no-previous' | 'not-comparable' | 'unequal-periods'; reason: string };

export interface Change {
	current: number;
	previous: number;
	difference: number;
	/** Percentage change, null when the previous count is under MIN_BASE_FOR_PERCENT or the periods are not comparable. */
	percent: number | null;
	/** 'ok'; 'small-base': difference only; otherwise why no change is shown (see Comparability). */
	note: 'ok' | 'small-base' | 'no-previous' | 'not-comparable' | 'unequal-periods';
	/**
	 * current / previous with its 95% interval and p-value, the variance scaled by the area's overdispersion;
	 * null when the periods are not comparable or a count is zero (not estimable).
	 */
	test: CountRatio | null;
	/** Benjamini-Hochberg q across the districts compared; NaN for the total and for rows not tested. */
	q: number;
	/** What the wording and colour follow: a rise or fall only when the interval leaves out 1. */
	verdict: 'rise' | 'fall' | 'no-clear-change' | 'not-estimable' | 'not-comparable';
}

/** What the change needs besides the counts: which months the import flagged, and whether rows have dates. */
export interface ChangeContext {
	/** The import's month summary (null: none flagged, as for the synthetic demo). */
	months: readonly MonthSummary[] | null;
	/** False for month-only sources (police.uk): periods must then hold the same number of whole months. */
	hasTimes: boolean;
	/** Cube.monthStart: the first month of comparison.districtSeries. */
	monthStart: number;
}

const NO_CONTEXT: ChangeContext = { months: null, hasTimes: true, monthStart: 0 };

/** Whether the two periods can be compared: inside the data, over months the import did not flag, of equal length. */
export function comparability(c: Pick<DistrictComparison, 'current' | 'previous' | 'previousInData' | 'mode'>, context: ChangeContext = NO_CONTEXT): Comparability {
	if (!c.previousInData) return { ok: false, note: 'no-previous', reason: 'the data does not reach back that far' };
	const flagged = new Map((context.months ?? []).filter((m) => m.status !== 'ok').map((m) => [m.monthIndex, m]));
	const hit: string[] = [];
	for (const span of [c.previous, c.current]) {
		for (let m = span.fromMonth; m <= span.toMonth; m++) {
			const f = flagged.get(m);
			if (f) hit.push(`${monthText(m)} ${f.status === 'missing' ? 'missing' : 'incomplete'}`);
		}
	}
	if (hit.length > 0) {
		const listed = hit.length > 4 ? `${hit.slice(0, 3).join(', ')} and ${hit.length - 3} more` : hit.join(', ');
		return { ok: false, note: 'not-comparable', reason: `the periods include months the import reported as missing or incomplete (${listed}), which are not zero` };
	}
	if (!context.hasTimes && c.mode === 'date-range') {
		const months = (s: { fromMonth: number; toMonth: number }) => s.toMonth - s.fromMonth + 1;
		if (months(c.current) !== months(c.previous)) {
			return { ok: false, note: 'unequal-periods', reason: `this data has months only, so the periods cover ${months(c.current)} and ${months(c.previous)} whole months: choose a date range of whole months` };
		}
	}
	return { ok: true };
}

/** The change of one area; `series` is its monthly counts (flagged months left out) for the overdispersion. */
export function changeOf(current: number, previous: number, comparable: Comparability, series: readonly number[] = []): Change {
	const difference = current - previous;
	if (!comparable.ok) return { current, previous, difference, percent: null, note: comparable.note, test: null, q: NaN, verdict: 'not-comparable' };
	const note = previous < MIN_BASE_FOR_PERCENT ? 'small-base' : 'ok';
	const percent = note === 'ok' ? (difference / previous) * 100 : null;
	const ratio = countRatio([current], [previous], dispersion(series).phi);
	if (!ratio.ok) return { current, previous, difference, percent, note, test: null, q: NaN, verdict: 'not-estimable' };
	const verdict = !isClearChange(ratio.value) ? 'no-clear-change' : ratio.value.ratio > 1 ? 'rise' : 'fall';
	return { current, previous, difference, percent, note, test: ratio.value, q: NaN, verdict };
}

export interface DistrictRow {
	/** Index into DISTRICTS (the district filter's code). */
	index: number;
	code: string;
	label: string;
	count: number;
	/** Of all incidents shown, 0-1. */
	share: number;
	/** The rate's denominator: residents, or residents of the filtered ages (see DistrictTable.basis). */
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
	/** Which residents the rates are over: all, or an age group's (exact, approximate or not available). */
	basis: AgeBasis;
}

export interface DistrictCounts {
	/** Cube.districts: one slot per district plus the last for none. */
	districts: ArrayLike<number>;
	total: number;
	comparison: DistrictComparison | null;
}

/** Monthly counts of one district slot over the months with data, leaving out months the import flagged. */
function seriesOf(comparison: DistrictComparison, slot: number | 'all', slots: number, context: ChangeContext): number[] {
	const span = comparison.districtSeries.length / slots;
	const flagged = flaggedMonths(context.months);
	const out: number[] = [];
	for (let k = 0; k < span; k++) {
		if (flagged.has(context.monthStart + k)) continue;
		let v = 0;
		if (slot === 'all') for (let d = 0; d < slots; d++) v += comparison.districtSeries[d * span + k];
		else v = comparison.districtSeries[slot * span + k];
		out.push(v);
	}
	return out;
}

/**
 * `populations`: the rates' denominators by district code, either Census 2021 residents (districtPopulations) or,
 * under an age filter, ageDenominators(districtAgePopulations(...), basis) with that `basis`.
 */
export function districtTable(
	counts: DistrictCounts,
	districts: readonly District[],
	populations: ReadonlyMap<string, number>,
	selected: readonly number[] | null,
	context: ChangeContext = NO_CONTEXT,
	basis: AgeBasis = ALL_RESIDENTS
): DistrictTable {
	const { comparison } = counts;
	const comparable = comparison ? comparability(comparison, context) : null;
	const slots = districts.length + 1;
	const chosen = new Set(selected ?? []);
	const rows: DistrictRow[] = districts.map((d, index) => {
		const count = counts.districts[index] ?? 0;
		// No population matches some filtered incidents (unknown age): no rate, whatever the map holds.
		const population = basis.kind === 'not-available' ? null : (populations.get(d.code) ?? null);
		return {
			index,
			code: d.code,
			label: d.label,
			count,
			share: counts.total ? count / counts.total : 0,
			population,
			rate: population ? (count / population) * 1000 : null,
			rank: null,
			change: comparison && comparable ? changeOf(comparison.currentDistricts[index], comparison.previousDistricts[index], comparable, seriesOf(comparison, index, slots, context)) : null,
			selected: chosen.has(index)
		};
	});
	// Thirteen districts are tested at once: q controls the share of false "clear changes" among them.
	const q = benjaminiHochberg(rows.map((r) => r.change?.test?.p ?? NaN));
	rows.forEach((r, i) => r.change && (r.change.q = q[i]));
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
			change: comparison && comparable ? changeOf(sum(comparison.currentDistricts), sum(comparison.previousDistricts), comparable, seriesOf(comparison, 'all', slots, context)) : null
		},
		unassigned: counts.districts[districts.length] ?? 0,
		basis
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
export function comparisonCaption(c: Pick<DistrictComparison, 'mode' | 'current' | 'previous' | 'previousInData'>, context: ChangeContext = NO_CONTEXT): string {
	const what = c.mode === 'latest-12-months' ? 'Latest 12 months of data' : 'The date range';
	const before = c.mode === 'latest-12-months' ? 'the 12 months before' : `the ${c.current.days.toLocaleString('en-GB')} days before`;
	const base = `${what} (${formatUkDate(c.current.from)} to ${formatUkDate(c.current.to)}) against ${before} (${formatUkDate(c.previous.from)} to ${formatUkDate(c.previous.to)})`;
	const comparable = comparability(c, context);
	return comparable.ok ? base : `${base}: not comparable, because ${comparable.reason}, so no change is shown`;
}
