import { describe, expect, it } from 'vitest';
import { CoordinateTable } from './coordinate-table';
import { parseDecimal } from './decimal';
import { seededRandom } from './fixtures/seeded-random';

describe('parseDecimal', () => {
	it.each(['0.963526', '-0.5', '+1.25', ' 51.243898 ', '51', '.5', '5.', '1e3', '0.12345678901234567', 'abc', '', ' ', '-', '.', '1.2.3', '0x10'])(
		'agrees with Number() on %j (NaN for blank)',
		(s) => {
			const want = s.trim() === '' ? NaN : Number(s);
			expect(parseDecimal(`,${s},`, 1, s.length + 1)).toBe(want);
		}
	);

	it('matches Number() exactly on random 6-decimal coordinates', () => {
		const rand = seededRandom(3);
		for (let i = 0; i < 20000; i++) {
			const s = ((rand() - 0.5) * 200).toFixed(1 + Math.floor(rand() * 8));
			expect(parseDecimal(s, 0, s.length)).toBe(Number(s));
		}
	});
});

describe('CoordinateTable', () => {
	it('stores and finds float pairs through growth', () => {
		const t = new CoordinateTable(16);
		for (let i = 0; i < 5000; i++) t.set(0.5 + i * 1e-6, 51 + (i % 7) * 1e-6, i);
		expect(t.size).toBe(5000);
		for (let i = 0; i < 5000; i++) expect(t.get(0.5 + i * 1e-6, 51 + (i % 7) * 1e-6)).toBe(i);
		expect(t.get(0.4, 51)).toBe(-1);
	});
});
