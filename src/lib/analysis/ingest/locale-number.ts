/**
 * Numbers as spreadsheets export them: "51.2745", "51,2745" (decimal comma, from a continental or
 * semicolon export), "575,900" or "575 900" (thousands). Which reading applies is decided per file
 * from sample values (detectDecimalStyle), never per cell, so "575,900" reads one way throughout.
 */

export type DecimalStyle = 'point' | 'comma';

/** The number in text under a decimal style; NaN when it is not one. */
export function parseLocaleNumber(text: string, style: DecimalStyle): number {
	let s = text.trim().replace(/[\s\u00a0']/g, '');
	if (s === '') return NaN;
	if (style === 'comma') s = s.replaceAll('.', '').replace(',', '.');
	else s = s.replaceAll(',', '');
	return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s) ? Number(s) : NaN;
}

/**
 * 'comma' when sample values use a comma as the decimal mark: a comma followed by other than three
 * digits ("51,2745", "0,5"), or a dot before a comma ("1.234,5"). Coordinates in degrees never
 * have thousands, so for them any lone comma means decimals (pass degrees: true).
 */
export function detectDecimalStyle(values: readonly string[], options: { degrees?: boolean } = {}): DecimalStyle {
	for (const raw of values) {
		const v = raw.trim();
		if (/^[+-]?\d+,\d+$/.test(v) && (options.degrees || !/^[+-]?\d{1,3},\d{3}$/.test(v))) return 'comma';
		if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(v)) return 'comma';
	}
	return 'point';
}

/** Decimal places written in a number's text (after '.' or ','): how finely a coordinate was given. */
export function decimalPlaces(text: string): number {
	const s = text.trim();
	const i = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
	if (i < 0) return 0;
	let n = 0;
	for (let k = i + 1; k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57; k++) n++;
	return n;
}
