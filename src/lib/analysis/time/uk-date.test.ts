import { describe, expect, it } from 'vitest';
import { parseTimeOfDay, parseUkDate, weekdayOf, withTime } from './uk-date';

const wall = (year: number, month: number, day: number, hour = -1, minute = -1, precision = 'day') => ({ year, month, day, hour, minute, precision });

describe('parseUkDate', () => {
	it.each([
		['2024-02-03', wall(2024, 2, 3)],
		['2024-02-03T21:30', wall(2024, 2, 3, 21, 30, 'minute')],
		['2024-02-03 21:30:59', wall(2024, 2, 3, 21, 30, 'minute')],
		['03/02/2024', wall(2024, 2, 3)],
		['3/2/2024', wall(2024, 2, 3)],
		['03-02-2024', wall(2024, 2, 3)],
		['03.02.2024', wall(2024, 2, 3)],
		['03/02/2024 21:30', wall(2024, 2, 3, 21, 30, 'minute')],
		['03/02/2024 21:30:15', wall(2024, 2, 3, 21, 30, 'minute')],
		['03-Feb-2024', wall(2024, 2, 3)],
		['3 February 2024', wall(2024, 2, 3)],
		['03-feb-2024 08:05', wall(2024, 2, 3, 8, 5, 'minute')],
		['45325', wall(2024, 2, 3)],
		['45325.75', wall(2024, 2, 3, 18, 0, 'minute')],
		['2024-02', { year: 2024, month: 2, day: 0, hour: -1, minute: -1, precision: 'month' }]
	])('reads %s', (text, expected) => {
		expect(parseUkDate(text)).toEqual(expected);
	});

	it('is day-first for ambiguous dates: 04/03/2024 is 4 March', () => {
		expect(parseUkDate('04/03/2024')).toMatchObject({ month: 3, day: 4 });
		expect(parseUkDate('12/13/2024')).toEqual({ error: 'invalid_date' });
	});

	it.each([['31/02/2024'], ['29/02/2023'], ['00/01/2024'], ['2024-13'], ['30-Fbr-2024'], ['yesterday'], ['60'], ['01/01/1850']])('rejects %s as invalid_date', (text) => {
		expect(parseUkDate(text)).toEqual({ error: 'invalid_date' });
	});

	it('accepts 29 February in a leap year, and handles the Excel 1900 leap-year bug', () => {
		expect(parseUkDate('29/02/2024')).toMatchObject({ day: 29 });
		expect(parseUkDate('61')).toEqual({ error: 'invalid_date' });
		// Serial 61 is 1 March 1900 in Excel, too early for MIN_YEAR; check the epoch on a later pair instead.
		expect(parseUkDate('36526')).toMatchObject({ year: 2000, month: 1, day: 1 });
	});

	it('rejects a bad time inside the date cell and reads offsets as instants', () => {
		expect(parseUkDate('03/02/2024 25:00')).toEqual({ error: 'invalid_time' });
		expect(parseUkDate('2024-07-01T12:00Z')).toMatchObject({ instant: Date.UTC(2024, 6, 1, 12) });
		expect(parseUkDate('2024-07-01T12:00+01:00')).toMatchObject({ instant: Date.UTC(2024, 6, 1, 11) });
		expect(parseUkDate('  ')).toEqual({ error: 'no_date' });
	});
});

describe('parseTimeOfDay and withTime', () => {
	it.each([
		['21:30', { hour: 21, minute: 30, precision: 'minute' }],
		['9:05 pm', { hour: 21, minute: 5, precision: 'minute' }],
		['12:00 am', { hour: 0, minute: 0, precision: 'minute' }],
		['2130', { hour: 21, minute: 30, precision: 'minute' }],
		['21', { hour: 21, minute: 0, precision: 'hour' }],
		['0.5', { hour: 12, minute: 0, precision: 'minute' }],
		['24:00', { error: 'invalid_time' }],
		['noon', { error: 'invalid_time' }],
		['', null]
	])('reads %s', (text, expected) => {
		expect(parseTimeOfDay(text)).toEqual(expected);
	});

	it('adds a separate time column to a day and leaves other precisions alone', () => {
		expect(withTime(parseUkDate('03/02/2024'), '07:15')).toEqual(wall(2024, 2, 3, 7, 15, 'minute'));
		expect(withTime(parseUkDate('03/02/2024'), '')).toEqual(wall(2024, 2, 3));
		expect(withTime(parseUkDate('2024-02'), '07:15')).toMatchObject({ precision: 'month' });
	});

	it('gives Monday = 0', () => {
		expect(weekdayOf(2024, 2, 5)).toBe(0);
		expect(weekdayOf(2024, 2, 4)).toBe(6);
	});
});
