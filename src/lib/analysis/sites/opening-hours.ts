/**
 * A site's opening days and hours as the operator writes them ("Fri-Sat 20:00-03:00", "Tue, Thu 16:00-19:00",
 * "Mon-Fri 15:30-18:00; Sat 10am-1pm") read into weekly intervals, in minutes of the week from Monday 00:00 on
 * the Europe/London wall clock: the clock an incident's hour and weekday are recorded in, so a time is judged
 * by its local reading on clock-change days too.
 *
 * Rules (the coverage help repeats them):
 * - an interval is half-open, [open, close): "16:00-19:00" holds 16:00 and 18:59, not 19:00;
 * - a range whose close is not after its open runs past midnight and belongs to the day it starts, as the time
 *   filter reads "Fri 20:00-04:00": "Fri-Sat 20:00-03:00" runs into Saturday and Sunday mornings; an open equal
 *   to the close is 24 hours;
 * - days before the hours: "Tue, Thu 16:00-19:00"; days named without hours are open all day; hours without
 *   days apply every day; "daily", "weekdays", "weekends", "24/7", "all day" and "closed" are understood.
 */

export const DAY_MINUTES = 24 * 60;
export const WEEK_MINUTES = 7 * DAY_MINUTES;

/** Flat [open, close) pairs in minutes of the week, sorted and merged, each within [0, WEEK_MINUTES]. */
export type WeeklyHours = readonly number[];

/** Every minute of the week: the hours of a site that states none. */
export const ALL_WEEK: WeeklyHours = [0, WEEK_MINUTES];

export type HoursReading =
	/** `stated` is false for a blank field, read as open at any time. */
	| { ok: true; hours: WeeklyHours; stated: boolean }
	/** `fragment`: the text from where reading stopped. */
	| { ok: false; fragment: string };

const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

const DAY_WORDS: Readonly<Record<string, readonly number[]>> = {
	...Object.fromEntries(
		[
			['mon', 'monday'],
			['tue', 'tues', 'tuesday'],
			['wed', 'weds', 'wednesday'],
			['thu', 'thur', 'thurs', 'thursday'],
			['fri', 'friday'],
			['sat', 'saturday'],
			['sun', 'sunday']
		].flatMap((words, day) => words.flatMap((w) => [[w, [day]] as const, [`${w}s`, [day]] as const]))
	),
	daily: ALL_DAYS,
	weekday: [0, 1, 2, 3, 4],
	weekdays: [0, 1, 2, 3, 4],
	weekend: [5, 6],
	weekends: [5, 6]
};

// Written the way people write them, turned into the few forms the reader knows.
const REWRITES: readonly [RegExp, string][] = [
	[/[\u2013\u2014\u2212]/g, '-'],
	[/\bevery\s*day\b/g, ' daily '],
	[/\b24\s*[/x]\s*7\b/g, ' allday '],
	[/\b(?:all\s*day|24\s*(?:hours|hrs|h)|always|open\s+all\s+hours)\b/g, ' allday '],
	[/\bmidnight\b/g, '00:00'],
	[/\b(?:noon|midday)\b/g, '12:00'],
	[/\bto\b|\buntil\b|\btill\b/g, '-'],
	[/\b(?:open|opens|from|on|at|hours|session|sessions)\b/g, ' '],
	[/&|\band\b/g, ',']
];

const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?`;
const RANGE = new RegExp(`${TIME}\\s*-\\s*${TIME}`, 'y');
const WORDS = /([a-z]+)(?:\s*-\s*([a-z]+))?/y;
const SEPARATORS = /[\s,;|/().]+/y;

type Token = { kind: 'days'; days: readonly number[] } | { kind: 'range'; open: number; close: number } | { kind: 'closed' };

/** Minutes after midnight of an hour and minute, with am/pm when given; undefined when not a clock time. */
function clock(hourText: string, minuteText: string | undefined, suffix: string | undefined): number | undefined {
	let hour = Number(hourText);
	const minute = minuteText === undefined ? 0 : Number(minuteText);
	if (minute > 59) return undefined;
	if (suffix) {
		if (hour < 1 || hour > 12) return undefined;
		hour = (hour % 12) + (suffix === 'pm' ? 12 : 0);
	}
	if (hour > 24 || (hour === 24 && minute > 0)) return undefined;
	return hour * 60 + minute;
}

function readRange(m: RegExpExecArray): Token | undefined {
	const [, h1, m1, s1, h2, m2, s2] = m;
	const close = clock(h2, m2, s2);
	if (close === undefined) return undefined;
	let open = clock(h1, m1, s1);
	// "4-7pm" is 16:00-19:00 and "11-1pm" 11:00-13:00: a bare open takes the close's half of the day unless that puts it after the close.
	if (!s1 && s2) {
		const same = clock(h1, m1, s2);
		open = same !== undefined && same <= close ? same : clock(h1, m1, s2 === 'pm' ? 'am' : 'pm');
	}
	if (open === undefined || open >= DAY_MINUTES) return undefined;
	// Bare hours with no minutes or am/pm ("9-5", "12-2") are how people write a daytime session: a close that
	// would otherwise run overnight is read as afternoon when that still ends after the opening ("20-3" stays overnight).
	const bare = m1 === undefined && m2 === undefined && !s1 && !s2;
	const afternoon = close + 12 * 60;
	if (bare && close < open && close <= 12 * 60 && afternoon > open) return { kind: 'range', open, close: afternoon };
	return { kind: 'range', open, close };
}

function readWords(m: RegExpExecArray): Token | undefined {
	const [, first, second] = m;
	if (second === undefined) {
		if (first === 'allday') return { kind: 'range', open: 0, close: DAY_MINUTES };
		if (first === 'closed' || first === 'close') return { kind: 'closed' };
	}
	const from = DAY_WORDS[first];
	if (!from) return undefined;
	if (second === undefined) return { kind: 'days', days: from };
	const to = DAY_WORDS[second];
	if (!to || from.length !== 1 || to.length !== 1) return undefined;
	// A range may wrap the week end: "Sat-Mon" is Saturday, Sunday and Monday.
	const days: number[] = [];
	for (let d = from[0]; ; d = (d + 1) % 7) {
		days.push(d);
		if (d === to[0]) break;
	}
	return { kind: 'days', days };
}

function tokenise(text: string): Token[] | { fragment: string } {
	let s = text.toLowerCase();
	for (const [pattern, replacement] of REWRITES) s = s.replace(pattern, replacement);
	const tokens: Token[] = [];
	let pos = 0;
	for (;;) {
		SEPARATORS.lastIndex = pos;
		if (SEPARATORS.exec(s)) pos = SEPARATORS.lastIndex;
		if (pos >= s.length) return tokens;
		RANGE.lastIndex = pos;
		WORDS.lastIndex = pos;
		const range = RANGE.exec(s);
		const words = range ? null : WORDS.exec(s);
		const token = range ? readRange(range) : words ? readWords(words) : undefined;
		if (!token) return { fragment: s.slice(pos).trim() };
		tokens.push(token);
		pos = range ? RANGE.lastIndex : WORDS.lastIndex;
	}
}

/** Sorts, wraps into the week and merges [open, close) pairs given in minutes of the week (open may be negative, close past the week end). */
export function normaliseHours(pairs: readonly number[]): WeeklyHours {
	const parts: [number, number][] = [];
	for (let k = 0; k + 1 < pairs.length; k += 2) {
		const length = pairs[k + 1] - pairs[k];
		if (length <= 0) continue;
		if (length >= WEEK_MINUTES) return ALL_WEEK;
		const open = ((pairs[k] % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
		const close = open + length;
		// Sunday night into Monday morning: split at the week end.
		if (close <= WEEK_MINUTES) parts.push([open, close]);
		else parts.push([open, WEEK_MINUTES], [0, close - WEEK_MINUTES]);
	}
	parts.sort((a, b) => a[0] - b[0]);
	const merged: number[] = [];
	for (const [open, close] of parts) {
		const last = merged.length - 1;
		if (last > 0 && open <= merged[last]) merged[last] = Math.max(merged[last], close);
		else merged.push(open, close);
	}
	return merged;
}

/** Reads an opening-hours field; a blank one is open at any time. */
export function parseOpeningHours(text: string): HoursReading {
	if (text.trim() === '') return { ok: true, hours: ALL_WEEK, stated: false };
	const tokens = tokenise(text);
	if (!Array.isArray(tokens)) return { ok: false, fragment: tokens.fragment };
	const pairs: number[] = [];
	let days: number[] | null = null;
	let timed = false;
	let hoursBeforeDays = false;
	const wholeDays = () => {
		if (days && !timed) for (const d of days) pairs.push(d * DAY_MINUTES, (d + 1) * DAY_MINUTES);
	};
	for (const t of tokens) {
		if (t.kind === 'days') {
			// Hours before any day ("16:00-19:00 Tue") leave it unclear which days they belong to.
			if (hoursBeforeDays) return { ok: false, fragment: text.trim() };
			if (days === null || timed) {
				wholeDays();
				days = [];
				timed = false;
			}
			days.push(...t.days);
			continue;
		}
		if (days === null) hoursBeforeDays = true;
		timed = true;
		if (t.kind === 'closed') continue;
		const length = t.close > t.open ? t.close - t.open : t.close + DAY_MINUTES - t.open;
		for (const d of days ?? ALL_DAYS) pairs.push(d * DAY_MINUTES + t.open, d * DAY_MINUTES + t.open + length);
	}
	wholeDays();
	return { ok: true, hours: normaliseHours(pairs), stated: true };
}

/** The hours with a margin either side (minutes), wrapping the week: Sunday 23:30 + 60 reaches Monday 00:30. */
export function widenHours(hours: WeeklyHours, marginMinutes: number): WeeklyHours {
	if (marginMinutes <= 0) return hours;
	return normaliseHours(hours.map((m, k) => (k % 2 === 0 ? m - marginMinutes : m + marginMinutes)));
}

/**
 * Whether a span of the week [from, to) lies wholly inside the hours ('in'), wholly outside ('out'), or across an
 * edge ('partial': an hour-precision time 15:00-16:00 against a 15:30 opening). The span never crosses the week end.
 */
export function hoursCover(hours: WeeklyHours, from: number, to: number): 'in' | 'out' | 'partial' {
	for (let k = 0; k + 1 < hours.length; k += 2) {
		const [open, close] = [hours[k], hours[k + 1]];
		if (open >= to) break;
		if (close <= from) continue;
		return open <= from && close >= to ? 'in' : 'partial';
	}
	return 'out';
}
