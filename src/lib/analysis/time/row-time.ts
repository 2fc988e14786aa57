/**
 * A parsed wall-clock reading to the column store's time fields: the UTC instant through
 * LondonClock, and hour, weekday and month as London reads them.
 */
import { londonWallClock, type LondonClock } from './london';
import { toMonthIndex } from './month-index';
import { weekdayOf, type WallReading } from './uk-date';

/** PRECISION codes of columns.ts, repeated here so time/ does not import ingest/. */
const PRECISION_CODE = { minute: 0, hour: 1, day: 2, month: 3 } as const;
const UNKNOWN = 255;

export interface RowTime {
	/** Epoch ms; NaN for month precision. Day precision holds London midnight. */
	time: number;
	precision: number;
	hour: number;
	weekday: number;
	monthIndex: number;
	/** The repeated October hour or the skipped March hour (DESIGN.md section 2). */
	warning: 'none' | 'repeated' | 'skipped';
}

export function rowTime(r: WallReading, clock: LondonClock): RowTime {
	if (r.instant !== undefined) {
		const w = londonWallClock(r.instant);
		return { time: r.instant, precision: PRECISION_CODE[r.precision], hour: w.hour, weekday: w.weekday, monthIndex: toMonthIndex(w.year, w.month), warning: 'none' };
	}
	const monthIndex = toMonthIndex(r.year, r.month);
	if (r.precision === 'month') return { time: NaN, precision: PRECISION_CODE.month, hour: UNKNOWN, weekday: UNKNOWN, monthIndex, warning: 'none' };
	const timed = r.precision !== 'day';
	const at = clock.toInstant(r.year, r.month, r.day, timed ? r.hour : 0, timed ? r.minute : 0);
	return {
		time: at.time,
		precision: PRECISION_CODE[r.precision],
		// The skipped March hour moved forward: 01:30 that never happened is counted at 02:30.
		hour: timed ? r.hour + (at.warning === 'skipped' ? 1 : 0) : UNKNOWN,
		weekday: weekdayOf(r.year, r.month, r.day),
		monthIndex,
		warning: at.warning
	};
}

/** True when the reading starts after `now` (epoch ms): a whole day or month counts from its first instant. */
export function isFuture(r: WallReading, t: RowTime, now: number): boolean {
	const start = Number.isNaN(t.time) ? Date.UTC(r.year, r.month - 1, 1) : t.time;
	return start > now;
}
