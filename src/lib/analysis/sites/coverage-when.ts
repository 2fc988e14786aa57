/**
 * Judges an incident against a catchment's hours and ages under the coverage rule. Times are compared on the
 * London wall clock the row holds (weekday, hour, and the minute of its instant, since London's offset is whole
 * hours), so on clock-change days 01:30 is judged as 01:30 whichever of the two it was.
 */
import { ageInAudience } from './audience-ages';
import type { Catchment } from './catchment';
import { DAY_MINUTES, hoursCover } from './opening-hours';

/** What a row is under the rule; the codes index the summary's counters. */
export const VERDICT = { notCovered: 0, covered: 1, timeUnknown: 2, ageUnknown: 3 } as const;
export type Verdict = (typeof VERDICT)[keyof typeof VERDICT];

/** Precedence when several catchments judge one row: covered by any wins, then not knowable, then not covered. */
const RANK: Readonly<Record<Verdict, number>> = { 0: 0, 3: 1, 2: 2, 1: 3 };

export function better(a: Verdict, b: Verdict): Verdict {
	return RANK[a] >= RANK[b] ? a : b;
}

/** The row columns a time or age test reads (IncidentColumns has them all). */
export interface WhenColumns {
	/** PRECISION codes: minute 0, hour 1, day 2, month 3. */
	precision: ArrayLike<number>;
	/** Mon = 0 .. Sun = 6; 255 unknown. */
	weekday: ArrayLike<number>;
	/** 0-23; 255 unknown. */
	hour: ArrayLike<number>;
	/** Epoch ms (its minute is the London minute); NaN without a time. */
	time: ArrayLike<number>;
	/** AGE_BAND_KEYS code; the unknown band or 255 = unknown. */
	ageBand: ArrayLike<number>;
}

const UNKNOWN = 255;
/** Minutes a row's time spans, by precision code: a minute, an hour, a day. */
const SPAN = [1, 60, DAY_MINUTES];

/** Start of the span of the week a row's time covers (minutes from Monday 00:00), or -1 when it has no usable time. */
export function rowMinute(columns: WhenColumns, i: number): number {
	const precision = columns.precision[i];
	const weekday = columns.weekday[i];
	if (precision >= SPAN.length || weekday === UNKNOWN) return -1;
	if (precision === 2) return weekday * DAY_MINUTES;
	const hour = columns.hour[i];
	if (hour === UNKNOWN) return -1;
	const minute = precision === 0 ? ((Math.floor(columns.time[i] / 60_000) % 60) + 60) % 60 : 0;
	return weekday * DAY_MINUTES + hour * 60 + (Number.isNaN(minute) ? 0 : minute);
}

/** Minutes the span starting at rowMinute lasts. */
export function rowSpan(columns: WhenColumns, i: number): number {
	return SPAN[columns.precision[i]] ?? 0;
}

/**
 * One row against one catchment it lies in, given the row's minute (-1 unknown), span and age band. A time or age
 * that is known and falls outside wins over one that cannot be told: the row is then certainly not covered.
 */
export function judge(c: Pick<Catchment, 'hours' | 'ages'>, minute: number, span: number, ageBand: number): Verdict {
	// Hours that cover no time (unreadable, or "closed") leave the row out even when its time is unknown.
	const time = c.hours === null ? 'in' : c.hours.length === 0 ? 'out' : minute < 0 ? 'unknown' : hoursCover(c.hours, minute, minute + span);
	// Likewise an audience that names no age band (unreadable) leaves out even a row of unknown age.
	const age = c.ages === null ? 'in' : c.ages === 0 ? 'out' : ageInAudience(c.ages, ageBand);
	if (time === 'out' || age === 'out') return VERDICT.notCovered;
	if (time !== 'in') return VERDICT.timeUnknown;
	if (age !== 'in') return VERDICT.ageUnknown;
	return VERDICT.covered;
}

/** True when any catchment tests time or ages (otherwise coverage is space only and the fast paths apply). */
export function usesWhen(catchments: readonly Pick<Catchment, 'hours' | 'ages'>[]): boolean {
	return catchments.some((c) => c.hours !== null || c.ages !== null);
}
