import { describe, expect, it } from 'vitest';
import { AGE_BAND_KEYS, AGE_BAND_UNKNOWN } from '../offences/groups';
import { ageInAudience, ALL_AGE_BANDS, readAudience } from './audience-ages';

/** The mask by hand from band labels. */
const bands = (...keys: string[]) => keys.reduce((m, k) => m | (1 << AGE_BAND_KEYS.indexOf(k as (typeof AGE_BAND_KEYS)[number])), 0);

describe('readAudience', () => {
	it.each<[string, number]>([
		['10-17', bands('10-17')],
		['10-24', bands('10-17', '18-24')],
		['18+', bands('18-24', '25+')],
		['25 and over', bands('25+')],
		['over 18', bands('18-24', '25+')],
		['under 18s', bands('0-9', '10-17')],
		// The data holds bands, so a band counts when it overlaps the audience.
		['aged 11 to 16', bands('10-17')],
		['16-19 year olds', bands('10-17', '18-24')],
		['0-9, 25+', bands('0-9', '25+')],
		['All ages', ALL_AGE_BANDS],
		['all', ALL_AGE_BANDS]
	])('%s', (text, expected) => {
		expect(readAudience(text)).toEqual({ ok: true, bands: expected, stated: true });
	});

	it('reads a blank audience as all ages, not stated', () => {
		expect(readAudience('')).toEqual({ ok: true, bands: bands('0-9', '10-17', '18-24', '25+'), stated: false });
	});

	it.each(['young people', '17-10', 'under 0'])('refuses %s', (text) => {
		expect(readAudience(text).ok).toBe(false);
	});
});

describe('ageInAudience', () => {
	const youth = bands('10-17');
	it('takes in a band in the audience, leaves out one outside it, and never matches an unknown age', () => {
		expect(ageInAudience(youth, AGE_BAND_KEYS.indexOf('10-17'))).toBe('in');
		expect(ageInAudience(youth, AGE_BAND_KEYS.indexOf('18-24'))).toBe('out');
		expect(ageInAudience(ALL_AGE_BANDS, AGE_BAND_UNKNOWN)).toBe('unknown');
		expect(ageInAudience(ALL_AGE_BANDS, 255)).toBe('unknown');
	});
});
