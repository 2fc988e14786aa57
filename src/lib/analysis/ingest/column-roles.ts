/**
 * Header names analysts' files use for each field, most specific first. A header matches a role
 * by an exact name (score 3), a name pattern (2) or a weaker pattern (1); the best score wins.
 */
import { normaliseHeader } from './column-mapping';

export type Role = 'lat' | 'lng' | 'easting' | 'northing' | 'date' | 'dateTo' | 'time' | 'offence' | 'offenceCode' | 'age' | 'knife' | 'firearm' | 'domestic';

interface RoleNames {
	exact: readonly string[];
	pattern?: RegExp;
	weak?: RegExp;
	/** Headers that look like the role but are something else ("date of birth", "crime id"). */
	not?: RegExp;
}

export const ROLE_NAMES: Readonly<Record<Role, RoleNames>> = {
	lat: { exact: ['latitude', 'lat', 'wgs84 latitude', 'lat wgs84', 'gps latitude', 'y lat'], pattern: /\blat(itude)?\b/ },
	lng: { exact: ['longitude', 'long', 'lon', 'lng', 'wgs84 longitude', 'lon wgs84', 'gps longitude', 'x long'], pattern: /\b(lon|lng|longitude)\b/ },
	easting: { exact: ['easting', 'eastings', 'east', 'bng easting', 'os easting', 'grid easting', 'x coordinate', 'x coord', 'map x', 'grid x'], pattern: /\beast(ing)?s?\b/, weak: /^x$/ },
	northing: { exact: ['northing', 'northings', 'north', 'bng northing', 'os northing', 'grid northing', 'y coordinate', 'y coord', 'map y', 'grid y'], pattern: /\bnorth(ing)?s?\b/, weak: /^y$/ },
	date: {
		exact: ['date', 'incident date', 'offence date', 'date of offence', 'occurrence date', 'date committed', 'committed date', 'crime date', 'event date', 'datetime', 'date time', 'date from', 'from date', 'start date', 'committed from', 'committed from date', 'earliest date', 'first committed date', 'month'],
		pattern: /\b(date|datetime|occurred|committed)\b/,
		weak: /\b(reported|recorded|created)\b/,
		not: /\b(birth|dob|to|end|until|latest|last|closed|outcome)\b/
	},
	dateTo: { exact: ['date to', 'to date', 'end date', 'committed to', 'committed to date', 'latest date', 'date until'], pattern: /\b(date|committed)\b.*\b(to|end|until|latest)\b|\b(to|end|latest)\b.*\bdate\b/ },
	time: {
		exact: ['time', 'incident time', 'offence time', 'time of offence', 'time from', 'from time', 'start time', 'committed time', 'occurrence time', 'hour'],
		pattern: /\btime\b/,
		not: /\b(date|to|end|until|latest|datetime)\b/
	},
	offence: {
		exact: ['offence', 'offence type', 'offence description', 'crime type', 'crime', 'ho offence', 'home office offence', 'home office description', 'offence group', 'offence title', 'offence name', 'crime category', 'classification', 'category', 'incident type', 'type'],
		pattern: /\b(offence|offense|crime|classification)\b/,
		weak: /\b(description|category|type)\b/,
		not: /\b(id|ref|reference|number|no|code|date|time|outcome)\b/
	},
	offenceCode: {
		exact: ['ho code', 'home office code', 'ho offence code', 'home office offence code', 'offence code', 'ho class', 'home office class', 'ho classification', 'hoc', 'hocr code', 'crime code', 'classification code', 'offence class code'],
		pattern: /\b(ho|hoc|home office)\b.*\b(code|class|classification)\b|\boffence\b.*\bcode\b/,
		not: /\b(id|ref|reference|date|time|outcome|post|postcode)\b/
	},
	age: { exact: ['age', 'victim age', 'age band', 'age group', 'suspect age', 'age at offence', 'victim age band'], pattern: /\bage\b/, not: /\b(date|birth)\b/ },
	knife: { exact: ['knife', 'knife crime', 'knife flag', 'knife or sharp instrument', 'bladed', 'sharp instrument'], pattern: /\b(knife|blade|bladed|sharp)\b/ },
	firearm: { exact: ['firearm', 'firearms', 'gun', 'firearm flag', 'gun crime'], pattern: /\b(firearm|firearms|gun)\b/ },
	domestic: { exact: ['domestic', 'domestic abuse', 'da', 'da flag', 'dv', 'domestic flag', 'domestic violence'], pattern: /\b(domestic|da flag|dv flag)\b/ }
};

/** 3 exact, 2 pattern, 1 weak, 0 no match. */
export function roleScore(role: Role, header: string): number {
	const h = normaliseHeader(header);
	const names = ROLE_NAMES[role];
	if (names.exact.includes(h)) return 3;
	if (names.not?.test(h)) return 0;
	if (names.pattern?.test(h)) return 2;
	return names.weak?.test(h) ? 1 : 0;
}

/** The best-scoring column for a role among those not yet taken; -1 when none matches. */
export function bestColumn(role: Role, headers: readonly string[], taken: ReadonlySet<number>, accept: (i: number) => boolean = () => true): { index: number; score: number } {
	let index = -1;
	let score = 0;
	headers.forEach((h, i) => {
		if (taken.has(i)) return;
		const s = roleScore(role, h);
		if (s > score && accept(i)) {
			index = i;
			score = s;
		}
	});
	return { index, score };
}
