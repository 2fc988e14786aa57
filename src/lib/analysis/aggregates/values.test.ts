import { describe, expect, it } from 'vitest';
import { parseCount } from './values';

describe('parseCount', () => {
	it.each([
		['0', 0],
		['17', 17],
		[' 42 ', 42],
		['1,234', 1234],
		['12,345,678', 12345678],
		['+3', 3],
		['12.0', 12],
		['1,234.00', 1234]
	])('%j -> %d', (text, value) => {
		expect(parseCount(text)).toBe(value);
	});

	it.each([
		['', 'missing_value'],
		['  ', 'missing_value'],
		['*', 'suppressed_value'],
		['c', 'suppressed_value'],
		['[x]', 'suppressed_value'],
		['<5', 'suppressed_value'],
		['..', 'suppressed_value'],
		['-', 'suppressed_value'],
		['abc', 'not_a_number'],
		['1,23', 'not_a_number'],
		['12,34,567', 'not_a_number'],
		['1e3', 'not_a_number'],
		['-3', 'negative_value'],
		['-1,000', 'negative_value'],
		['-2.5', 'negative_value'],
		['2.5', 'not_integer'],
		['.5', 'not_integer'],
		['1,234.5', 'not_integer']
	])('%j is %s', (text, code) => {
		expect(parseCount(text)).toEqual({ error: code });
	});
});
