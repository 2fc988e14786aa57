import { describe, expect, it } from 'vitest';
import { decodeDisclosure, discloseCount, disclosedRate, disclosureLine, encodeDisclosure, NO_DISCLOSURE, UK_DISCLOSURE } from './disclosure';

const shown = (n: number) => discloseCount(n, UK_DISCLOSURE);

describe('disclosure control', () => {
	it('suppresses 1-4, keeps 0, and rounds the rest to the nearest 5 (worked values)', () => {
		expect([0, 1, 4, 5, 6, 7, 8, 12, 13, 1234].map((n) => shown(n).text)).toEqual(['0', 'fewer than 5', 'fewer than 5', '5', '5', '5', '10', '10', '15', '1,235']);
		expect(shown(3)).toEqual({ value: null, text: 'fewer than 5', suppressed: true });
	});

	it('never shows a rounded count below the threshold', () => {
		expect(discloseCount(10, { threshold: 10, base: 5 }).value).toBe(10);
		expect(discloseCount(11, { threshold: 11, base: 5 }).value).toBe(15);
	});

	it('leaves counts exact when off', () => {
		expect(discloseCount(3, NO_DISCLOSURE)).toEqual({ value: 3, text: '3', suppressed: false });
	});

	it('hides a rate whose count is suppressed, and keeps one computed from the exact count otherwise', () => {
		expect(disclosedRate(3, 0.75, UK_DISCLOSURE)).toBeNull();
		expect(disclosedRate(13, 13 / 17, UK_DISCLOSURE)).toBe(13 / 17);
	});

	it('in a crafted table, subtracting shown cells from the shown total never gives a suppressed cell', () => {
		// Every way of splitting a total of up to 60 into a suppressed cell and up to two others.
		for (let hidden = 1; hidden < 5; hidden++) {
			for (let a = 0; a <= 30; a++) {
				for (let b = 0; b <= 30; b++) {
					const total = hidden + a + b;
					const rest = [a, b].map((n) => shown(n).value ?? 0);
					const guess = shown(total).value! - rest[0] - rest[1];
					expect(guess).not.toBe(hidden);
					// Every shown figure is a multiple of the base, so no difference of them is 1-4.
					expect(shown(total).value! % 5).toBe(0);
				}
			}
		}
	});

	it('carries its setting in a link and says what it does', () => {
		expect(encodeDisclosure(UK_DISCLOSURE)).toBe('5,5');
		expect(decodeDisclosure('10,5')).toEqual({ threshold: 10, base: 5 });
		expect(decodeDisclosure('off')).toEqual(NO_DISCLOSURE);
		expect(decodeDisclosure('5;5')).toBeNull();
		expect(disclosureLine(UK_DISCLOSURE)).toMatch(/^Disclosure control: Counts of 1-4 are shown as "fewer than 5"; other counts, totals included, are rounded to the nearest 5/);
	});
});
