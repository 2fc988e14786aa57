import { describe, expect, it } from 'vitest';
import { LondonClock, londonIsoLocal, londonToInstant, londonWallClock } from './london';
import { daysInMonth, monthLabel, monthOf, parseYearMonth, toMonthIndex, yearOf } from './month-index';

describe('month index', () => {
	it('round-trips and labels months', () => {
		const i = toMonthIndex(2024, 2);
		expect([yearOf(i), monthOf(i), monthLabel(i), daysInMonth(i)]).toEqual([2024, 2, '2024-02', 29]);
		expect(daysInMonth(toMonthIndex(2000, 2))).toBe(29);
		expect(daysInMonth(toMonthIndex(2100, 2))).toBe(28);
		expect(daysInMonth(toMonthIndex(2023, 2))).toBe(28);
	});

	it.each([
		['2024-01', toMonthIndex(2024, 1)],
		[' 2018-12 ', toMonthIndex(2018, 12)],
		['2024-13', -1],
		['2024-00', -1],
		['2024-1', -1],
		['24-01', -1],
		['2024/01', -1],
		['', -1],
		['1899-01', -1]
	])('parseYearMonth(%j) = %i', (s, want) => expect(parseYearMonth(s)).toBe(want));
});

describe('London wall clock (this suite runs with TZ=America/Los_Angeles)', () => {
	it('runs away from the UK', () => {
		expect(process.env.TZ).toBe('America/Los_Angeles');
	});

	it('converts GMT and BST wall times', () => {
		expect(londonToInstant(2024, 1, 15, 12, 30)).toEqual({ time: Date.UTC(2024, 0, 15, 12, 30), warning: 'none' });
		expect(londonToInstant(2024, 7, 15, 12, 30)).toEqual({ time: Date.UTC(2024, 6, 15, 11, 30), warning: 'none' });
		expect(londonWallClock(Date.UTC(2024, 6, 15, 23, 30))).toEqual({ year: 2024, month: 7, day: 16, hour: 0, minute: 30, weekday: 1 });
	});

	it('resolves the repeated October hour to BST and moves the missing March hour forward', () => {
		expect(londonToInstant(2024, 10, 27, 1, 30)).toEqual({ time: Date.UTC(2024, 9, 27, 0, 30), warning: 'repeated' });
		const spring = londonToInstant(2024, 3, 31, 1, 30);
		expect(spring.warning).toBe('skipped');
		expect(londonIsoLocal(spring.time)).toBe('2024-03-31T02:30');
	});
});

describe('LondonClock', () => {
	it('agrees with londonToInstant every 37 minutes through 2024, change-over days included', () => {
		const clock = new LondonClock();
		for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 37 * 60_000) {
			const d = new Date(t);
			const args = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()] as const;
			expect(clock.toInstant(...args)).toEqual(londonToInstant(...args));
		}
	});
});
