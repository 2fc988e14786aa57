import { describe, expect, it } from 'vitest';
import { formatUkDate, parseCalendarDate } from './calendar-date';

describe('calendar dates', () => {
	it.each([
		['09/01/2024', '2024-01-09'],
		['9/1/2024', '2024-01-09'],
		['09-01-2024', '2024-01-09'],
		['09.01.2024', '2024-01-09'],
		['2024-01-09', '2024-01-09'],
		[' 29/02/2024 ', '2024-02-29'],
		['', null],
		[null, null],
		['29/02/2023', undefined],
		['31/04/2024', undefined],
		['01/13/2024', undefined],
		['2024/01/09', undefined],
		['9 Jan 2024', undefined]
	])('reads %j as %j (dd/mm/yyyy, never the US order)', (text, expected) => {
		expect(parseCalendarDate(text)).toBe(expected);
	});

	it('writes dd/mm/yyyy and reads back what it wrote', () => {
		expect(formatUkDate('2024-01-09')).toBe('09/01/2024');
		expect(formatUkDate(null)).toBe('');
		expect(parseCalendarDate(formatUkDate('2023-12-31'))).toBe('2023-12-31');
	});
});
