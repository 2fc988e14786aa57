import { describe, expect, it } from 'vitest';
import { toMonthIndex } from '../time/month-index';
import { monthOfYearProfile, peaks, poissonLimits, weekdayProfile } from './seasonality';

describe('seasonality against volume', () => {
	it('gives Byar’s limits for a Poisson count, within 0.01 of the exact interval (10: 4.795 to 18.390)', () => {
		const [lo, hi] = poissonLimits(10);
		// By hand: 10 (1 - 1/90 - 1.96/(3 sqrt 10))^3 = 4.787; 11 (1 - 1/99 + 1.96/(3 sqrt 11))^3 = 18.39.
		expect(Math.abs(lo - 4.795)).toBeLessThan(0.01);
		expect(Math.abs(hi - 18.39)).toBeLessThan(0.01);
		expect(poissonLimits(0)[0]).toBe(0);
	});

	it('finds a constructed May peak, and does not call a long month a peak', () => {
		// Two years at 10 incidents a day, except May at 20 a day: counts follow the days, so 31-day months are not peaks.
		const start = toMonthIndex(2023, 1);
		const counts = Array.from({ length: 24 }, (_, k) => {
			const m = start + k;
			const days = new Date(Date.UTC(2023 + Math.floor(k / 12), (k % 12) + 1, 0)).getUTCDate();
			return (m % 12 === 4 ? 20 : 10) * days;
		});
		const bars = monthOfYearProfile(start, counts, () => true);
		const daysIn = [31, 28 + 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].map((d, i) => (i === 1 ? d : d * 2));
		const totalDays = daysIn.reduce((a, b) => a + b, 0);
		const total = counts.reduce((a, b) => a + b, 0);
		// Independent: expected = total / days x the month's days.
		bars.forEach((b, i) => expect(b.expected).toBeCloseTo((total / totalDays) * daysIn[i], 9));
		expect(peaks(bars, 1)[0].label).toBe('May');
		const jan = bars[0];
		const jul = bars[6];
		expect(jan.ratio).toBeCloseTo(jul.ratio!, 12);
		expect(jan.lower! < jan.ratio! && jan.ratio! < jan.upper!).toBe(true);
	});

	it('leaves missing months out of both the counts and the days', () => {
		const start = toMonthIndex(2024, 1);
		const bars = monthOfYearProfile(start, [31, 0, 31], (m) => m !== start + 1);
		expect(bars[1]).toMatchObject({ observed: 0, expected: 0, ratio: null });
		expect(bars[0].ratio).toBeCloseTo(1, 12);
	});

	it('counts the weekdays the data covers (January 2024 starts on a Monday: five Mondays, Tuesdays and Wednesdays)', () => {
		const bars = weekdayProfile([5, 5, 5, 4, 4, 4, 4], toMonthIndex(2024, 1), 1, () => true);
		bars.forEach((b) => expect(b.ratio).toBeCloseTo(1, 12));
		expect(bars.map((b) => b.expected)).toEqual([5, 5, 5, 4, 4, 4, 4]);
	});
});
