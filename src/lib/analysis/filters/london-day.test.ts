import { describe, expect, it } from 'vitest';
import { londonMidnightUtc, parseIsoDate } from './london-day';

/** London's wall-clock reading of an instant, via the platform's time-zone database, as a cross-check. */
function londonWallClock(ms: number): string {
	return new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/London',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).format(ms);
}

describe('londonMidnightUtc', () => {
	it.each([
		[2024, 1, 15, '2024-01-15T00:00:00.000Z'],
		[2024, 7, 1, '2024-06-30T23:00:00.000Z'],
		// 2024 change-overs: 31 March and 27 October.
		[2024, 3, 31, '2024-03-31T00:00:00.000Z'],
		[2024, 4, 1, '2024-03-31T23:00:00.000Z'],
		[2024, 10, 27, '2024-10-26T23:00:00.000Z'],
		[2024, 10, 28, '2024-10-28T00:00:00.000Z'],
		// Day overflow rolls into the next month, as the inclusive end of a date range needs.
		[2024, 1, 32, '2024-02-01T00:00:00.000Z']
	])('%i-%i-%i starts at %s', (y, m, d, iso) => {
		expect(new Date(londonMidnightUtc(y, m, d)).toISOString()).toBe(iso);
	});

	it('agrees with the time-zone database on every day of 2018-2026', () => {
		for (let t = Date.UTC(2018, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
			const day = new Date(t);
			const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
			const expected = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}, 00:00`;
			expect(londonWallClock(londonMidnightUtc(y, m, d))).toBe(expected);
		}
	});

});

describe('parseIsoDate', () => {
	it('parses a real date', () => expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 }));
	it.each(['2023-02-29', '2024-13-01', '2024-1-01', '01/02/2024', ''])('refuses %j', (text) => {
		expect(parseIsoDate(text)).toBeUndefined();
	});
});
