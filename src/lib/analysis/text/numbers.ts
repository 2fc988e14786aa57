/**
 * UK number formatting with shared Intl formatters: toLocaleString builds a new formatter on every call,
 * which costs tens of milliseconds when a panel labels hundreds of cells per filter change.
 */
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const fixed = new Map<number, Intl.NumberFormat>();

/** 60021 -> "60,021" (rounded to a whole number). */
export function formatCount(n: number): string {
	return WHOLE.format(n);
}

/** A number with exactly `digits` decimals, e.g. formatFixed(3.14159, 2) -> "3.14". */
export function formatFixed(n: number, digits: number): string {
	let f = fixed.get(digits);
	if (!f) fixed.set(digits, (f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })));
	return f.format(n);
}
