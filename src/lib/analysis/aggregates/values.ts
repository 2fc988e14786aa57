/**
 * Count cells: whole, non-negative numbers, optionally with thousands separators in their right places
 * ("1,234"). Suppression markers get their own code, since the fix (drop the row, or ask for the figure)
 * differs from a typo's.
 */
export type CountError = 'missing_value' | 'suppressed_value' | 'not_a_number' | 'negative_value' | 'not_integer';

/** Markers publishers write in place of a count they suppress or do not have. */
const SUPPRESSED = /^(?:\*+|c|x|z|u|\.\.?|-|–|n\/?a|\[[a-z]\]|[<≤]\s*\d+|suppressed|redacted)$/i;

const PLAIN = /^\d+$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
// "12.0" is whole; spreadsheets write it when a column was ever formatted with decimals.
const DECIMAL = /^(\d+|\d{1,3}(?:,\d{3})+)\.(\d+)$/;

export function parseCount(text: string): number | { error: CountError } {
	const s = text.trim();
	if (s === '') return { error: 'missing_value' };
	if (SUPPRESSED.test(s)) return { error: 'suppressed_value' };
	const unsigned = s.replace(/^[+-]/, '');
	const negative = s.startsWith('-');
	if (PLAIN.test(unsigned) || GROUPED.test(unsigned)) return whole(unsigned.replace(/,/g, ''), negative);
	const decimal = DECIMAL.exec(unsigned);
	if (decimal) {
		if (negative) return { error: 'negative_value' };
		return /^0+$/.test(decimal[2]) ? whole(decimal[1].replace(/,/g, ''), false) : { error: 'not_integer' };
	}
	// Other forms JavaScript reads as numbers (.5, -2.5, 1e3, 0x10) are named by what is wrong with them.
	const n = Number(s);
	if (!Number.isFinite(n)) return { error: 'not_a_number' };
	if (n < 0) return { error: 'negative_value' };
	return Number.isInteger(n) ? { error: 'not_a_number' } : { error: 'not_integer' };
}

function whole(digits: string, negative: boolean): number | { error: CountError } {
	const n = Number(digits);
	if (negative && n !== 0) return { error: 'negative_value' };
	return Number.isSafeInteger(n) ? n : { error: 'not_a_number' };
}
