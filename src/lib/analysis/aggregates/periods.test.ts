import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from './periods';

// monthIndex = year * 12 + (month - 1): 2024 * 12 = 24288.
const JAN_2024 = 24288;

describe('parsePeriod', () => {
	it.each<[string, Period]>([
		['2024-01', { kind: 'month', start: JAN_2024, months: 1, label: '01/2024' }],
		['2024-1', { kind: 'month', start: JAN_2024, months: 1, label: '01/2024' }],
		['01/2024', { kind: 'month', start: JAN_2024, months: 1, label: '01/2024' }],
		['1/2024', { kind: 'month', start: JAN_2024, months: 1, label: '01/2024' }],
		['Jan 2024', { kind: 'month', start: JAN_2024, months: 1, label: '01/2024' }],
		['January 2024', { kind: 'month', start: JAN_2024, months: 1, label: '01/2024' }],
		['  jan-2024 ', { kind: 'month', start: JAN_2024, months: 1, label: '01/2024' }],
		['Sept 2024', { kind: 'month', start: JAN_2024 + 8, months: 1, label: '09/2024' }],
		['December 2023', { kind: 'month', start: JAN_2024 - 1, months: 1, label: '12/2023' }],
		// "YYYY-MM" is always a month, even where it could read as a financial year.
		['2011-12', { kind: 'month', start: 2011 * 12 + 11, months: 1, label: '12/2011' }],
		['2024 Q1', { kind: 'quarter', start: JAN_2024, months: 3, label: 'Q1 2024' }],
		['Q1 2024', { kind: 'quarter', start: JAN_2024, months: 3, label: 'Q1 2024' }],
		['2024-Q1', { kind: 'quarter', start: JAN_2024, months: 3, label: 'Q1 2024' }],
		['2024q3', { kind: 'quarter', start: JAN_2024 + 6, months: 3, label: 'Q3 2024' }],
		['q4 2024', { kind: 'quarter', start: JAN_2024 + 9, months: 3, label: 'Q4 2024' }],
		// Financial years run April to March.
		['2024/25', { kind: 'financial_year', start: JAN_2024 + 3, months: 12, label: '2024/25' }],
		['2024-25', { kind: 'financial_year', start: JAN_2024 + 3, months: 12, label: '2024/25' }],
		['FY2024/25', { kind: 'financial_year', start: JAN_2024 + 3, months: 12, label: '2024/25' }],
		['fy 2024-25', { kind: 'financial_year', start: JAN_2024 + 3, months: 12, label: '2024/25' }],
		['2024/2025', { kind: 'financial_year', start: JAN_2024 + 3, months: 12, label: '2024/25' }],
		['2011/12', { kind: 'financial_year', start: 2011 * 12 + 3, months: 12, label: '2011/12' }],
		['1999/00', { kind: 'financial_year', start: 1999 * 12 + 3, months: 12, label: '1999/00' }]
	])('reads %j', (text, expected) => {
		expect(parsePeriod(text)).toEqual(expected);
	});

	it.each([
		['', 'missing_period'],
		['   ', 'missing_period'],
		['2024-13', 'invalid_period'],
		['13/2024', 'invalid_period'],
		['Foo 2024', 'invalid_period'],
		['2024 Q5', 'invalid_period'],
		['2024/26', 'invalid_period'],
		['2024-26', 'invalid_period'],
		['1850-01', 'invalid_period'],
		['2024', 'invalid_period'],
		['15/01/2024', 'invalid_period'],
		['2024/25 Q1', 'financial_quarter'],
		['Q2 2024-25', 'financial_quarter']
	])('refuses %j as %s', (text, code) => {
		expect(parsePeriod(text)).toEqual({ error: code });
	});
});
