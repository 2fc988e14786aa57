import { londonToInstant } from '../time/london';

/** The UTC instant (epoch ms) of 00:00 London time on a calendar date (day may overflow into the next month). */
export function londonMidnightUtc(year: number, month: number, day: number): number {
	// Midnight is never inside a clock change-over hour in the UK, so no warning can arise here.
	return londonToInstant(year, month, day, 0, 0).time;
}

/** Parses "YYYY-MM-DD" into its parts, or undefined when it is not a real calendar date. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const check = new Date(Date.UTC(year, month - 1, day));
	if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
	return { year, month, day };
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const HALF_DAY_MS = 43_200_000;
/** Hours London is ahead of UTC, by (London hour - UTC hour + 24): 1 where they differ by one (BST), else 0. */
const LONDON_AHEAD = Uint8Array.from({ length: 48 }, (_, k) => (k % 24 === 1 ? 1 : 0));

/** London calendar day of an instant: the offset is whichever of 0 or 1 hour makes the UTC hour read as the London hour. */
export function londonDay(t: number, knownHour: boolean, hour: number): number {
	if (!knownHour) return Math.floor((t + HALF_DAY_MS) / DAY_MS);
	// Whole hours since 1970 fit in 32 bits until the year 2215, so integer arithmetic is safe and quick.
	const uh = (t / HOUR_MS) | 0;
	return ((uh + LONDON_AHEAD[hour - (uh % 24) + 24]) / 24) | 0;
}
