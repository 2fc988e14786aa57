import { describe, expect, it } from 'vitest';
import { formatCount, formatFixed } from './numbers';

describe('number formatting', () => {
	it.each([
		[0, '0'],
		[999, '999'],
		[60021, '60,021'],
		[1_000_000, '1,000,000'],
		[2.6, '3']
	])('formatCount(%d) is %s', (n, text) => expect(formatCount(n)).toBe(text));

	it('keeps a fixed number of decimals', () => {
		expect(formatFixed(5.3, 2)).toBe('5.30');
		expect(formatFixed(1234.567, 1)).toBe('1,234.6');
		expect(formatFixed(0.0449, 2)).toBe('0.04');
	});
});
