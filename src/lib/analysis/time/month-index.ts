/**
 * Calendar months as one integer, monthIndex = year * 12 + (month - 1), so months sort and subtract.
 */

/** Years a source month may carry; anything else is a typo or a spreadsheet artefact. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export function toMonthIndex(year: number, month: number): number {
	return year * 12 + (month - 1);
}

export function yearOf(monthIndex: number): number {
	return Math.floor(monthIndex / 12);
}

/** 1-12. */
export function monthOf(monthIndex: number): number {
	return (monthIndex % 12) + 1;
}

/** "YYYY-MM". */
export function monthLabel(monthIndex: number): string {
	return `${yearOf(monthIndex)}-${String(monthOf(monthIndex)).padStart(2, '0')}`;
}

/** "MM/YYYY", the UK order every screen uses. */
export function monthUkLabel(monthIndex: number): string {
	return `${String(monthOf(monthIndex)).padStart(2, '0')}/${yearOf(monthIndex)}`;
}

/** Month index of a "YYYY-MM-DD" (or "YYYY-MM") date. */
export function monthIndexOfDate(date: string): number {
	return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** Days in the month; the Gregorian leap rule, not the machine's clock. */
export function daysInMonth(monthIndex: number): number {
	const y = yearOf(monthIndex);
	const m = monthOf(monthIndex);
	if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
	return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Parses "YYYY-MM" (police.uk's Month column, optionally padded with spaces) from s[start, end);
 * returns the month index or -1. Reads char codes so the hot path makes no substring.
 */
export function parseYearMonth(s: string, start = 0, end = s.length): number {
	while (start < end && s.charCodeAt(start) === 32) start++;
	while (end > start && s.charCodeAt(end - 1) === 32) end--;
	if (end - start !== 7 || s.charCodeAt(start + 4) !== 45) return -1;
	let year = 0;
	for (let i = start; i < start + 4; i++) {
		const d = s.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return -1;
		year = year * 10 + d;
	}
	const m1 = s.charCodeAt(start + 5) - 48;
	const m2 = s.charCodeAt(start + 6) - 48;
	if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9) return -1;
	const month = m1 * 10 + m2;
	if (month < 1 || month > 12 || year < MIN_YEAR || year > MAX_YEAR) return -1;
	return toMonthIndex(year, month);
}
