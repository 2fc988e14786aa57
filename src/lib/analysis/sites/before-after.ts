/**
 * Before/after for one site: incidents inside its catchment in the N whole months before and after the
 * month it started, against the rest of its district over the same months, with a difference-in-differences
 * ratio. Descriptive only: other things change at the same time, and sites open where trouble already is.
 * Under a rule with hours or ages (the catchment carries them) both sides count only incidents within the site's
 * hours and audience, so the rest of the district is compared over the same hours; rows whose time or age
 * cannot be matched are left out of both and counted.
 */
import { catchmentContains, type Catchment } from './catchment';
import { judge, rowMinute, rowSpan, usesWhen, VERDICT, type WhenColumns } from './coverage-when';
import { countRatio, isClearChange, type CountRatioResult } from '../stats/count-ratio';
import { dispersion, type Dispersion } from '../stats/dispersion';
import { monthIndexOfDate } from '../time/month-index';

/** Counts below this are flagged: a change of a few incidents is noise (and small cells are disclosive). */
export const SMALL_COUNT = 10;

export const BEFORE_AFTER_CAUTION =
	'Descriptive, not causal: the comparison does not show that the site caused any change. Sites often open where incidents were rising, and other things change at the same time.';

export interface BeforeAfterPoints {
	lng: ArrayLike<number>;
	lat: ArrayLike<number>;
	/** year * 12 + month - 1 per row. */
	monthIndex: ArrayLike<number>;
	district: ArrayLike<number>;
	/** 1 for rows passing the filters (the date-range filter left off, or the windows would be cut). */
	pass: ArrayLike<number>;
}

/** Points with their times and ages, needed when the catchment carries hours or ages. */
export type BeforeAfterRulePoints = BeforeAfterPoints & WhenColumns;

export interface BeforeAfterOptions {
	/** Whole months each side; the start month itself is left out as a part month. */
	months: number;
	/** DISTRICTS index of the comparator district. */
	district: number;
	/** First and last month index the dataset holds, to say when a window runs off its ends. */
	dataMonths: { first: number; last: number };
	/** Months the import reported missing or incomplete: a window over one is not comparable. */
	flaggedMonths?: ReadonlySet<number>;
}

export interface Change {
	before: number;
	after: number;
	difference: number;
	/** after / before, null when before is 0. */
	ratio: number | null;
}

export interface BeforeAfterResult {
	/** Inclusive month-index ranges. */
	before: { from: number; to: number };
	after: { from: number; to: number };
	site: Change;
	/** The district's incidents outside the catchment. */
	rest: Change;
	/** site ratio / rest ratio: below 1 means the site's area fell more (or rose less) than the rest. */
	didRatio: number | null;
	/**
	 * The same ratio with its 95% interval and p-value: var(log) = phi (1/a + 1/b + 1/c + 1/d), phi pooled from
	 * the catchment's and the rest's monthly counts over the months with data. Not estimable with a zero count.
	 */
	did: CountRatioResult;
	dispersion: Dispersion;
	/** What the sentence says: a difference only when the interval leaves out 1. */
	verdict: 'site-fell-more' | 'site-rose-more' | 'no-clear-difference' | 'not-estimable' | 'not-comparable';
	/** Flagged months (missing or incomplete at import) inside either window. */
	flaggedInWindows: number[];
	/** Any of the four counts below SMALL_COUNT. */
	smallCounts: boolean;
	/** Both windows lie wholly inside the months the dataset holds. */
	complete: boolean;
	/** Under a rule with hours or ages: incidents in either window, on either side, left out because their time or age could not be matched. */
	unmatched: { timeUnknown: number; ageUnknown: number };
}

/** Month index of a "YYYY-MM-DD" date (the one shared parser, under the name this module's callers use). */
export const monthIndexOf = monthIndexOfDate;

const change = (before: number, after: number): Change => ({ before, after, difference: after - before, ratio: before > 0 ? after / before : null });

export function beforeAfter(points: BeforeAfterPoints | BeforeAfterRulePoints, catchment: Catchment, start: string, options: BeforeAfterOptions): BeforeAfterResult {
	const { months, district, dataMonths } = options;
	if (!Number.isInteger(months) || months < 1) throw new Error(`beforeAfter: months must be a whole number from 1, got ${months}`);
	const when = usesWhen([catchment]) ? (points as BeforeAfterRulePoints) : null;
	if (when && when.precision === undefined) throw new Error('beforeAfter: a catchment with hours or ages needs the rows\' times and ages');
	const unmatched = { timeUnknown: 0, ageUnknown: 0 };
	const startMonth = monthIndexOf(start);
	const before = { from: startMonth - months, to: startMonth - 1 };
	const after = { from: startMonth + 1, to: startMonth + months };
	let siteBefore = 0, siteAfter = 0, restBefore = 0, restAfter = 0;
	const span = Math.max(0, dataMonths.last - dataMonths.first + 1);
	// Monthly counts over all the data, for the overdispersion of each side.
	const siteSeries = new Float64Array(span);
	const restSeries = new Float64Array(span);
	const n = points.lng.length;
	for (let i = 0; i < n; i++) {
		if (points.pass[i] === 0) continue;
		const m = points.monthIndex[i];
		const isBefore = m >= before.from && m <= before.to;
		const isAfter = m >= after.from && m <= after.to;
		const inSpan = m >= dataMonths.first && m <= dataMonths.last;
		if (!isBefore && !isAfter && !inSpan) continue;
		const inside = catchmentContains(catchment, points.lng[i], points.lat[i]);
		// The comparator is the rest of the district: incidents inside the catchment never count twice.
		if (!inside && points.district[i] !== district) continue;
		if (when) {
			const v = judge(catchment, rowMinute(when, i), rowSpan(when, i), when.ageBand[i]);
			if (v !== VERDICT.covered) {
				if (isBefore || isAfter) {
					if (v === VERDICT.timeUnknown) unmatched.timeUnknown++;
					else if (v === VERDICT.ageUnknown) unmatched.ageUnknown++;
				}
				continue;
			}
		}
		if (inSpan) (inside ? siteSeries : restSeries)[m - dataMonths.first]++;
		if (!isBefore && !isAfter) continue;
		if (inside) {
			if (isBefore) siteBefore++;
			else siteAfter++;
		} else if (isBefore) restBefore++;
		else restAfter++;
	}
	const site = change(siteBefore, siteAfter);
	const rest = change(restBefore, restAfter);
	const flagged = options.flaggedMonths ?? new Set<number>();
	const flaggedInWindows = [...flagged].filter((m) => (m >= before.from && m <= before.to) || (m >= after.from && m <= after.to)).sort((a, b) => a - b);
	const usable = (series: Float64Array) => Array.from(series).filter((_, k) => !flagged.has(dataMonths.first + k));
	const spread = dispersion(usable(siteSeries), usable(restSeries));
	const did = countRatio([siteAfter, restBefore], [siteBefore, restAfter], spread.phi);
	const complete = before.from >= dataMonths.first && after.to <= dataMonths.last;
	let verdict: BeforeAfterResult['verdict'];
	if (!complete || flaggedInWindows.length > 0) verdict = 'not-comparable';
	else if (!did.ok) verdict = 'not-estimable';
	else if (!isClearChange(did.value)) verdict = 'no-clear-difference';
	else verdict = did.value.ratio < 1 ? 'site-fell-more' : 'site-rose-more';
	return {
		before,
		after,
		site,
		rest,
		didRatio: site.ratio !== null && rest.ratio !== null && rest.ratio > 0 ? site.ratio / rest.ratio : null,
		did,
		dispersion: spread,
		verdict,
		flaggedInWindows,
		smallCounts: Math.min(siteBefore, siteAfter, restBefore, restAfter) < SMALL_COUNT,
		complete,
		unmatched
	};
}

/** The district most incidents inside the catchment fall in (the site's own district), or -1 with none. */
export function modalDistrict(points: Pick<BeforeAfterPoints, 'lng' | 'lat' | 'district'>, catchment: Catchment, districtCount: number): number {
	const tally = new Uint32Array(districtCount);
	for (let i = 0; i < points.lng.length; i++) {
		const d = points.district[i];
		if (d < districtCount && catchmentContains(catchment, points.lng[i], points.lat[i])) tally[d]++;
	}
	let best = -1;
	for (let d = 0; d < districtCount; d++) if (tally[d] > 0 && (best < 0 || tally[d] > tally[best])) best = d;
	return best;
}
