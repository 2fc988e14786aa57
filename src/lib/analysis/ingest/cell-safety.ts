/**
 * Formula-like cells ("=HYPERLINK(...)", "+cmd", "@SUM") are data, kept as read; they are counted,
 * and any CSV this tool writes neutralises them with a leading apostrophe so a spreadsheet shows
 * the text instead of running it (OWASP "CSV injection").
 */

const NUMBER = /^[+-]?(\d+[.,]?\d*|[.,]\d+)(e[+-]?\d+)?$/i;

/** True when s[start, end) starts with = + - @ (or a tab or CR) and is not simply a signed number. */
export function isFormulaLike(s: string, start: number, end: number): boolean {
	if (start >= end) return false;
	const c = s.charCodeAt(start);
	// = + - @ tab CR
	if (c !== 61 && c !== 43 && c !== 45 && c !== 64 && c !== 9 && c !== 13) return false;
	return !NUMBER.test(s.slice(start, end).trim());
}

/** The cell with a leading apostrophe when it is formula-like, also after leading spaces or tabs (" =1+1"), which spreadsheets skip. */
export function neutraliseFormula(value: string): string {
	const start = value.length - value.replace(/^[ \t\r\n]+/, '').length;
	return isFormulaLike(value, 0, value.length) || (start > 0 && isFormulaLike(value, start, value.length)) ? `'${value}` : value;
}
