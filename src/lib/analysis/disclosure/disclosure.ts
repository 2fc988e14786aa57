/**
 * Statistical disclosure control for counts that leave the analyst's screen: counts from 1 to threshold - 1
 * are shown as "fewer than N" and every other count is rounded to the nearest `base`. Each figure, totals
 * included, is rounded on its own from unrounded data, so with base >= threshold no small count can be
 * recovered exactly by subtracting shown figures (every shown figure is a multiple of base).
 */

export interface DisclosureSetting {
	/** Counts from 1 to threshold - 1 are suppressed; 0 or 1 turns suppression off. */
	threshold: number;
	/** Other counts are rounded to the nearest multiple of base; 1 leaves them exact. */
	base: number;
}

/** Common UK practice (e.g. ONS and police open data releases): fewer than 5 suppressed, the rest to the nearest 5. */
export const UK_DISCLOSURE: DisclosureSetting = { threshold: 5, base: 5 };
/** Exact counts: what an analyst sees on screen outside briefing mode. */
export const NO_DISCLOSURE: DisclosureSetting = { threshold: 0, base: 1 };

export function isControlled(s: DisclosureSetting): boolean {
	return s.threshold > 1 || s.base > 1;
}

export interface Disclosed {
	/** The number that may be shown, or null when suppressed. */
	value: number | null;
	/** What to print: "1,235", "fewer than 5" or "0". */
	text: string;
	suppressed: boolean;
}

const grouped = (n: number) => n.toLocaleString('en-GB');

/** One count as it may be shown. Zero stays zero (an empty place identifies no one). */
export function discloseCount(n: number, s: DisclosureSetting): Disclosed {
	if (!isControlled(s) || n === 0) return { value: n, text: grouped(n), suppressed: false };
	if (n < s.threshold) return { value: null, text: `fewer than ${s.threshold}`, suppressed: true };
	const base = Math.max(1, s.base);
	// Never round down below the threshold, which would print a number that reads as suppressed-but-shown.
	const value = Math.max(Math.round(n / base) * base, Math.ceil(s.threshold / base) * base);
	return { value, text: grouped(value), suppressed: false };
}

/** The shown text of a count. */
export function disclosedText(n: number, s: DisclosureSetting): string {
	return discloseCount(n, s).text;
}

/** A share or rate computed from unrounded counts, or null where its count is suppressed. */
export function disclosedRate(count: number, rate: number, s: DisclosureSetting): number | null {
	return discloseCount(count, s).suppressed ? null : rate;
}

/** The line a figure or export carries when control is on. */
export function disclosureLine(s: DisclosureSetting): string {
	if (!isControlled(s)) return 'Counts are exact (no disclosure control).';
	const small = s.threshold > 1 ? `Counts of 1-${s.threshold - 1} are shown as "fewer than ${s.threshold}"; ` : '';
	const rounding = s.base > 1 ? `other counts, totals included, are rounded to the nearest ${s.base}, each on its own, so they need not add up` : 'other counts are exact';
	return `Disclosure control: ${small}${rounding}. Rates and shares are worked out from exact counts and not shown where the count is suppressed.`;
}

/** "5,5" in a link; "off" for exact counts. */
export function encodeDisclosure(s: DisclosureSetting): string {
	return isControlled(s) ? `${s.threshold},${s.base}` : 'off';
}

export function decodeDisclosure(text: string): DisclosureSetting | null {
	if (text === 'off') return NO_DISCLOSURE;
	const m = /^(\d{1,3}),(\d{1,3})$/.exec(text);
	if (!m) return null;
	const [threshold, base] = [Number(m[1]), Number(m[2])];
	return base >= 1 ? { threshold, base } : null;
}
