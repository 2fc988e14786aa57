/**
 * UTC instants of Europe/London midnights, by the UK's summer-time rule (in force since 1996): BST runs from
 * 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. Midnight itself is never
 * inside a change-over hour, so the rule alone decides it, with no dependence on the machine's zone.
 */

const HOUR_MS = 3_600_000;

function lastSundayUtcDay(year: number, monthIndex: number): number {
	const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
	return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/** True when London's midnight starting this calendar date falls in British Summer Time. */
export function isBstAtMidnight(year: number, month: number, day: number): boolean {
	if (month < 3 || month > 10) return false;
	if (month > 3 && month < 10) return true;
	// On the March change-over day midnight is still GMT; on the October one it is still BST.
	if (month === 3) return day > lastSundayUtcDay(year, 2);
	return day <= lastSundayUtcDay(year, 9);
}

/** The UTC instant (epoch ms) of 00:00 London time on a calendar date. */
export function londonMidnightUtc(year: number, month: number, day: number): number {
	return Date.UTC(year, month - 1, day) - (isBstAtMidnight(year, month, day) ? HOUR_MS : 0);
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
