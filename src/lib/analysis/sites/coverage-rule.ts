/**
 * The coverage rule (issue 20, part 7): what "covered" means. Space only (the default): inside a catchment.
 * With `time`: also within the site's opening hours, widened by a margin either side; with `ages`: also within
 * its audience's ages where the data has ages. In a link it is one parameter, e.g. "time.margin60.ages".
 */

export interface CoverageRule {
	/** Only incidents within the site's opening days and hours count (rows without a time: "time unknown"). */
	readonly time: boolean;
	/** Minutes added before opening and after closing; only read with `time`. */
	readonly marginMinutes: number;
	/** Only incidents whose age band overlaps the site's audience count (unknown ages: "age unknown"). */
	readonly ages: boolean;
}

export const SPACE_ONLY: CoverageRule = { time: false, marginMinutes: 0, ages: false };

/** Longest margin accepted: four hours either side already stretches an evening session over most of a night. */
export const MAX_MARGIN_MINUTES = 240;

/** Margins the panel offers. */
export const MARGIN_CHOICES = [0, 15, 30, 60, 90, 120] as const;

export type CoverageRuleError =
	| { code: 'unknown_part'; value: string }
	| { code: 'bad_margin'; value: string }
	| { code: 'margin_without_time'; value: string }
	| { code: 'repeated_part'; value: string };

export function isSpaceOnly(rule: CoverageRule): boolean {
	return !rule.time && !rule.ages;
}

/** The link parameter: null for space only (the default, left out of links); parts in a fixed order. */
export function coverageRuleToParam(rule: CoverageRule): string | null {
	if (isSpaceOnly(rule)) return null;
	const parts: string[] = [];
	if (rule.time) parts.push('time');
	if (rule.time && rule.marginMinutes > 0) parts.push(`margin${rule.marginMinutes}`);
	if (rule.ages) parts.push('ages');
	return parts.join('.');
}

/** Reads the link parameter: "", "space", "time", "time.margin60", "ages", "time.margin30.ages" (parts in any order). */
export function coverageRuleFromParam(text: string): { ok: true; rule: CoverageRule } | { ok: false; error: CoverageRuleError } {
	const parts = text.trim() === '' ? [] : text.trim().toLowerCase().split('.');
	let time = false;
	let ages = false;
	let margin: number | null = null;
	const seen = new Set<string>();
	for (const part of parts) {
		const m = /^margin(\d+)$/.exec(part);
		const key = m ? 'margin' : part;
		if (seen.has(key)) return { ok: false, error: { code: 'repeated_part', value: part } };
		seen.add(key);
		if (part === 'time') time = true;
		else if (part === 'ages') ages = true;
		else if (part === 'space' && parts.length === 1) continue;
		else if (m) {
			margin = Number(m[1]);
			if (margin > MAX_MARGIN_MINUTES) return { ok: false, error: { code: 'bad_margin', value: part } };
		} else if (/^margin/.test(part)) return { ok: false, error: { code: 'bad_margin', value: part } };
		else return { ok: false, error: { code: 'unknown_part', value: part } };
	}
	if (margin !== null && !time) return { ok: false, error: { code: 'margin_without_time', value: text } };
	return { ok: true, rule: { time, marginMinutes: margin ?? 0, ages } };
}

/** "1 h 30 min", "15 min", "2 h". */
export function marginText(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return [h > 0 ? `${h} h` : '', m > 0 || h === 0 ? `${m} min` : ''].filter(Boolean).join(' ');
}

/** The rule in words, for the panel and export titles. */
export function describeCoverageRule(rule: CoverageRule): string {
	const parts = ['inside a catchment'];
	if (rule.time) parts.push(rule.marginMinutes > 0 ? `within the site's opening hours, ${marginText(rule.marginMinutes)} either side` : "within the site's opening hours");
	if (rule.ages) parts.push("within the site's audience ages");
	const rest = parts.slice(1);
	const name = rest.length === 0 ? 'Space only' : rule.time && rule.ages ? 'Space, hours and ages' : rule.time ? 'Space and hours' : 'Space and ages';
	return `${name}: an incident counts as covered when it is ${rest.length === 0 ? parts[0] : `${parts[0]} and ${rest.join(' and ')}`}`;
}
