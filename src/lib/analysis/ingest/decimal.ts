/**
 * Reads a plain decimal ("-0.963526", " 51.2 ") straight from the buffered text without a substring.
 * Up to 15 significant digits the result is digits / 10^k, which IEEE division rounds exactly as
 * Number() would; anything longer, or with an exponent, falls back to Number() on a slice.
 */

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

export function parseDecimal(s: string, start: number, end: number): number {
	while (start < end && s.charCodeAt(start) === 32) start++;
	while (end > start && s.charCodeAt(end - 1) === 32) end--;
	if (start === end) return NaN;
	let i = start;
	let negative = false;
	const sign = s.charCodeAt(i);
	if (sign === 45 || sign === 43) {
		negative = sign === 45;
		i++;
	}
	let mantissa = 0;
	let digits = 0;
	let decimals = -1;
	for (; i < end; i++) {
		const c = s.charCodeAt(i);
		if (c === 46 && decimals === -1) {
			decimals = 0;
			continue;
		}
		const d = c - 48;
		if (d < 0 || d > 9) return Number(s.slice(start, end));
		mantissa = mantissa * 10 + d;
		digits++;
		if (decimals >= 0) decimals++;
	}
	if (digits === 0) return NaN;
	if (digits > 15) return Number(s.slice(start, end));
	const value = decimals > 0 ? mantissa / POW10[decimals] : mantissa;
	return negative ? -value : value;
}
