/**
 * A site's audience ("10-17", "18+", "under 25", "all ages") read as the incident age bands it takes in, as a
 * bit mask over AGE_BAND_KEYS. The data holds bands, not ages, so a band counts when it overlaps the audience:
 * an audience of 11-16 takes in the 10-17 band. The "unknown" band never matches any audience.
 */
import { AGE_BAND_KEYS, AGE_BAND_UNKNOWN } from '../offences/groups';

export type AudienceReading =
	/** `bands`: bit (1 << band code) per band taken in; `stated` is false for a blank field, read as all ages. */
	| { ok: true; bands: number; stated: boolean }
	| { ok: false; fragment: string };

type Years = readonly [from: number, to: number];

const REWRITES: readonly [RegExp, string][] = [
	[/[\u2013\u2014\u2212]/g, '-'],
	[/\b(?:all(?:\s*-?\s*ages)?|any\s+age|everyone|anyone)\b/g, ' all '],
	[/\s*(?:and|or)\s+(?:over|older|above)\b|\s*plus\b/g, '+'],
	[/\bover\s+(\d{1,3})/g, '>$1'],
	[/\b(?:under|below)\s+/g, '<'],
	[/\bto\b/g, '-'],
	[/(\d)\s*s\b/g, '$1'],
	[/\b(?:ages?|aged|years?|yrs?|olds?|year\s*olds?)\b/g, ' '],
	[/&|\band\b/g, ',']
];

/** One part of an audience as inclusive years, or undefined when it is not one. */
function yearsOf(part: string): Years | 'all' | undefined {
	const p = part.replace(/\s+/g, '');
	if (p === 'all') return 'all';
	let m = /^(\d{1,3})-(\d{1,3})$/.exec(p);
	if (m) return Number(m[1]) <= Number(m[2]) ? [Number(m[1]), Number(m[2])] : undefined;
	if ((m = /^(\d{1,3})\+$/.exec(p))) return [Number(m[1]), Infinity];
	if ((m = /^>(\d{1,3})$/.exec(p))) return [Number(m[1]) + 1, Infinity];
	if ((m = /^<(\d{1,3})$/.exec(p))) return Number(m[1]) > 0 ? [0, Number(m[1]) - 1] : undefined;
	if ((m = /^(\d{1,3})$/.exec(p))) return [Number(m[1]), Number(m[1])];
	return undefined;
}

/** Years of each known band, read from its own label ("0-9", "25+"), so the table and the reader cannot disagree. */
const BAND_YEARS: readonly Years[] = AGE_BAND_KEYS.filter((_, code) => code !== AGE_BAND_UNKNOWN).map((key) => yearsOf(key) as Years);

/** Every known band: an audience of all ages. */
export const ALL_AGE_BANDS = (1 << BAND_YEARS.length) - 1;

/** Reads an audience field; a blank one takes in all ages. */
export function readAudience(text: string): AudienceReading {
	if (text.trim() === '') return { ok: true, bands: ALL_AGE_BANDS, stated: false };
	let s = text.toLowerCase();
	for (const [pattern, replacement] of REWRITES) s = s.replace(pattern, replacement);
	let bands = 0;
	for (const part of s.split(/[,;/]/).map((x) => x.trim())) {
		if (part === '') continue;
		const years = yearsOf(part);
		if (years === undefined) return { ok: false, fragment: part };
		if (years === 'all') bands = ALL_AGE_BANDS;
		else for (const [code, [from, to]] of BAND_YEARS.entries()) if (from <= years[1] && to >= years[0]) bands |= 1 << code;
	}
	return bands === 0 ? { ok: false, fragment: text.trim() } : { ok: true, bands, stated: true };
}

/** Whether an incident's age band code is in a mask: 'unknown' for the unknown band (never a match). */
export function ageInAudience(bands: number, ageBand: number): 'in' | 'out' | 'unknown' {
	if (ageBand >= BAND_YEARS.length) return 'unknown';
	return bands & (1 << ageBand) ? 'in' : 'out';
}
