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
