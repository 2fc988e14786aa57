/**
 * Seasonality against volume (issue 16 item 4): for each calendar month (and weekday), incidents observed
 * against those expected if every day of the data were alike: expected = the data's daily rate x the days of
 * that month (weekday) the data covers. A long or busy month then no longer reads as a seasonal peak, and a
 * month present in only some years is compared with only the days it has.
 * Interval: Byar's approximation to the exact Poisson interval for the observed count (Rothman & Greenland);
 * incidents cluster, so it understates the uncertainty, and the panel says so.
 */
import { daysInMonth, monthOf, yearOf } from '../time/month-index';
import { Z95 } from '../stats/normal';

export interface SeasonBar {
	/** 1-12 for months, 0-6 (Monday first) for weekdays. */
	key: number;
	label: string;
	observed: number;
	expected: number;
	/** observed / expected with its 95% interval; null when nothing is expected (no days of it in the data). */
	ratio: number | null;
	lower: number | null;
	upper: number | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_MS = 86_400_000;

/** Byar's 95% limits for a Poisson count o. */
export function poissonLimits(o: number): [number, number] {
	const lower = o === 0 ? 0 : o * (1 - 1 / (9 * o) - Z95 / (3 * Math.sqrt(o))) ** 3;
	const p = o + 1;
	const upper = p * (1 - 1 / (9 * p) + Z95 / (3 * Math.sqrt(p))) ** 3;
	return [Math.max(0, lower), upper];
}

function bar(key: number, label: string, observed: number, expected: number): SeasonBar {
	if (!(expected > 0)) return { key, label, observed, expected, ratio: null, lower: null, upper: null };
	const [lo, hi] = poissonLimits(observed);
	return { key, label, observed, expected, ratio: observed / expected, lower: lo / expected, upper: hi / expected };
}

/**
 * Month-of-year bars from counts per month index (from monthStart); `present(m)` says whether month m holds
 * data (missing months count neither their incidents nor their days).
 */
export function monthOfYearProfile(monthStart: number, counts: ArrayLike<number>, present: (monthIndex: number) => boolean): SeasonBar[] {
	const observed = new Array<number>(12).fill(0);
	const days = new Array<number>(12).fill(0);
	let total = 0;
	let totalDays = 0;
	for (let k = 0; k < counts.length; k++) {
		const m = monthStart + k;
		if (!present(m)) continue;
		observed[monthOf(m) - 1] += counts[k];
		days[monthOf(m) - 1] += daysInMonth(m);
		total += counts[k];
		totalDays += daysInMonth(m);
	}
	const rate = totalDays > 0 ? total / totalDays : 0;
	return MONTHS.map((label, i) => bar(i + 1, label, observed[i], rate * days[i]));
}

/** Weekday bars from per-weekday counts (Monday first) over the present months' days. */
export function weekdayProfile(weekdayCounts: ArrayLike<number>, monthStart: number, months: number, present: (monthIndex: number) => boolean): SeasonBar[] {
	const days = new Array<number>(7).fill(0);
	for (let k = 0; k < months; k++) {
		const m = monthStart + k;
		if (!present(m)) continue;
		const first = Date.UTC(yearOf(m), monthOf(m) - 1, 1) / DAY_MS;
		// 1970-01-01 was a Thursday (3 with Monday as 0).
		for (let d = 0; d < daysInMonth(m); d++) days[(first + d + 3) % 7]++;
	}
	const totalDays = days.reduce((a, b) => a + b, 0);
	const total = Array.from(weekdayCounts).reduce((a, b) => a + b, 0);
	const rate = totalDays > 0 ? total / totalDays : 0;
	return WEEKDAYS.map((label, i) => bar(i, label, weekdayCounts[i], rate * days[i]));
}

/** The highest bars by observed / expected, e.g. the three peak months. */
export function peaks(bars: readonly SeasonBar[], n: number): SeasonBar[] {
	return bars.filter((b) => b.ratio !== null).sort((a, b) => b.ratio! - a.ratio! || a.key - b.key).slice(0, n);
}
