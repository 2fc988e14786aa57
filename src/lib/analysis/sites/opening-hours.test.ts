import { describe, expect, it } from 'vitest';
import { ALL_WEEK, hoursCover, normaliseHours, parseOpeningHours, WEEK_MINUTES, widenHours } from './opening-hours';

/** Minutes of the week by hand: day (Mon = 0) and a clock time. */
const at = (day: number, hh: number, mm = 0) => day * 1440 + hh * 60 + mm;
const [MON, TUE, WED, THU, FRI, SAT, SUN] = [0, 1, 2, 3, 4, 5, 6];

const hours = (text: string) => {
	const r = parseOpeningHours(text);
	if (!r.ok) throw new Error(`not read: ${r.fragment}`);
	return r.hours;
};

describe('parseOpeningHours', () => {
	it.each<[string, number[]]>([
		['Tue, Thu 16:00-19:00', [at(TUE, 16), at(TUE, 19), at(THU, 16), at(THU, 19)]],
		// Overnight: each evening belongs to the day it starts and runs into the next morning.
		['Fri-Sat 20:00-03:00', [at(FRI, 20), at(SAT, 3), at(SAT, 20), at(SUN, 3)]],
		// Sunday night runs into Monday morning: split at the week end.
		['Sun 20:00-03:00', [0, at(MON, 3), at(SUN, 20), WEEK_MINUTES]],
		['Mon-Fri 15:30-18:00; Sat 10am-1pm', [...[MON, TUE, WED, THU, FRI].flatMap((d) => [at(d, 15, 30), at(d, 18)]), at(SAT, 10), at(SAT, 13)]],
		['Wed 4-7pm', [at(WED, 16), at(WED, 19)]],
		['Thursday 11-1pm', [at(THU, 11), at(THU, 13)]],
		['Fri 18:00-midnight', [at(FRI, 18), at(SAT, 0)]],
		['Fri 18:00 to 24:00', [at(FRI, 18), at(SAT, 0)]],
		['Mon 10:00-12:00, 14:00-16:00', [at(MON, 10), at(MON, 12), at(MON, 14), at(MON, 16)]],
		['Mon 10:00-12:00, Wed 14.00-16.00', [at(MON, 10), at(MON, 12), at(WED, 14), at(WED, 16)]],
		// A day range may wrap the week; days without hours are open all day.
		['Sat-Mon', [0, at(TUE, 0), at(SAT, 0), WEEK_MINUTES]],
		['weekends 12:00-14:00', [at(SAT, 12), at(SAT, 14), at(SUN, 12), at(SUN, 14)]],
		['Mondays & Wednesdays 18:00-20:00', [at(MON, 18), at(MON, 20), at(WED, 18), at(WED, 20)]],
		['Open Mon to Fri from 09:00 until 17:00, Sun closed', [MON, TUE, WED, THU, FRI].flatMap((d) => [at(d, 9), at(d, 17)])],
		// An open equal to the close is 24 hours from the open.
		['Mon 09:00-09:00', [at(MON, 9), at(TUE, 9)]],
		['24/7', [0, WEEK_MINUTES]],
		['Sat all day', [at(SAT, 0), at(SUN, 0)]],
		// Bare hours are a daytime session when reading the close as afternoon still ends after the opening.
		['Mon 9-5', [at(MON, 9), at(MON, 17)]],
		['Tue 12-2', [at(TUE, 12), at(TUE, 14)]],
		['Fri 20-3', [at(FRI, 20), at(SAT, 3)]],
		// With minutes written, the clock is read as 24-hour: 09:00-05:00 runs overnight.
		['Mon 09:00-05:00', [at(MON, 9), at(TUE, 5)]]
	])('%s', (text, expected) => {
		expect(hours(text)).toEqual(expected);
	});

	it('reads hours without days as every day, merged across midnight', () => {
		const daily = hours('20:00-03:00');
		expect(daily.slice(0, 4)).toEqual([0, at(MON, 3), at(MON, 20), at(TUE, 3)]);
		expect(daily.slice(-2)).toEqual([at(SUN, 20), WEEK_MINUTES]);
		expect(daily).toHaveLength(16);
	});

	it('reads a blank field as open at any time, and says it was not stated', () => {
		expect(parseOpeningHours('  ')).toEqual({ ok: true, hours: ALL_WEEK, stated: false });
		expect(parseOpeningHours('Mon 10:00-11:00')).toMatchObject({ ok: true, stated: true });
	});

	it.each([
		['evenings', 'evenings'],
		['Mon 25:00-26:00', '25:00-26:00'],
		['Mon 16:60-17:00', '16:60-17:00'],
		['Mon-Funday 10:00-12:00', 'mon-funday 10:00-12:00'],
		['Fri 13pm-2pm', '13pm-2pm']
	])('refuses %s, saying where it stopped', (text, fragment) => {
		expect(parseOpeningHours(text)).toEqual({ ok: false, fragment });
	});

	it('refuses hours written before their days, which leaves the days unclear', () => {
		expect(parseOpeningHours('16:00-19:00 Tue').ok).toBe(false);
	});
});

describe('hoursCover: [open, close), the open minute in and the close minute out', () => {
	const tueThu = hours('Tue, Thu 16:00-19:00');
	it.each<[string, number, number, 'in' | 'out' | 'partial']>([
		['16:00 exactly', at(TUE, 16), 1, 'in'],
		['18:59', at(TUE, 18, 59), 1, 'in'],
		['19:00 exactly', at(TUE, 19), 1, 'out'],
		['15:59', at(TUE, 15, 59), 1, 'out'],
		['Wednesday 17:00', at(WED, 17), 1, 'out'],
		['the 18:00 hour (hour precision)', at(TUE, 18), 60, 'in'],
		['the 15:00 hour', at(TUE, 15), 60, 'out'],
		['Tuesday (day precision)', at(TUE, 0), 1440, 'partial']
	])('%s', (_, from, span, expected) => {
		expect(hoursCover(tueThu, from, from + span)).toBe(expected);
	});

	it('calls an hour across an opening at half past partial', () => {
		expect(hoursCover(hours('Tue 15:30-18:00'), at(TUE, 15), at(TUE, 16))).toBe('partial');
	});
});

describe('widenHours', () => {
	it('adds the margin either side: 16:00-19:00 with an hour is 15:00-20:00', () => {
		const wide = widenHours(hours('Tue 16:00-19:00'), 60);
		expect(wide).toEqual([at(TUE, 15), at(TUE, 20)]);
		expect(hoursCover(wide, at(TUE, 15), at(TUE, 15) + 1)).toBe('in');
		expect(hoursCover(wide, at(TUE, 19, 59), at(TUE, 19, 59) + 1)).toBe('in');
		expect(hoursCover(wide, at(TUE, 20), at(TUE, 20) + 1)).toBe('out');
		expect(hoursCover(wide, at(TUE, 14, 59), at(TUE, 14, 59) + 1)).toBe('out');
	});

	it('wraps the week: closing Sunday 23:30 with an hour covers Monday 00:15 but not 00:30', () => {
		const wide = widenHours(hours('Sun 20:00-23:30'), 60);
		expect(wide).toEqual([0, at(MON, 0, 30), at(SUN, 19), WEEK_MINUTES]);
		expect(hoursCover(wide, at(MON, 0, 15), at(MON, 0, 16))).toBe('in');
		expect(hoursCover(wide, at(MON, 0, 30), at(MON, 0, 31))).toBe('out');
	});

	it('wraps backwards too: opening Monday 00:30 with an hour covers Sunday 23:45', () => {
		const wide = widenHours(hours('Mon 00:30-02:00'), 60);
		expect(wide).toEqual([0, at(MON, 3), at(SUN, 23, 30), WEEK_MINUTES]);
		expect(hoursCover(wide, at(SUN, 23, 45), at(SUN, 23, 46))).toBe('in');
	});

	it('merges sessions the margin joins, and a margin over the whole week is every minute', () => {
		expect(widenHours(hours('Mon 10:00-11:00, 12:00-13:00'), 30)).toEqual([at(MON, 9, 30), at(MON, 13, 30)]);
		expect(normaliseHours([-5, WEEK_MINUTES + 10])).toEqual(ALL_WEEK);
		expect(widenHours(ALL_WEEK, 60)).toEqual(ALL_WEEK);
	});

	it('leaves its input alone', () => {
		const h = hours('Tue 16:00-19:00');
		const copy = [...h];
		widenHours(h, 90);
		expect(h).toEqual(copy);
	});
});
