import { describe, expect, it } from 'vitest';
import { toMonthIndex } from '../time/month-index';
import { rateBasis } from './rate-basis';

const JAN24 = toMonthIndex(2024, 1);
const none = new Set<number>();

describe('rateBasis', () => {
	it('gives the period shown by default, and a year when annualised', () => {
		const four = rateBasis({ annualise: false, dataMonths: [JAN24, JAN24 + 3], dateFrom: null, dateTo: null, missing: none, hasTimes: false, ageBands: null });
		expect([four.factor, four.months, four.unit]).toEqual([1, 4, 'per 1,000 residents over 01/2024 to 04/2024 (4 months)']);
		const year = rateBasis({ annualise: true, dataMonths: [JAN24, JAN24 + 3], dateFrom: null, dateTo: null, missing: none, hasTimes: false, ageBands: null });
		expect(year.factor).toBe(3);
		expect(year.unit).toBe('per 1,000 residents a year (annualised from 4 months, 01/2024 to 04/2024)');
	});

	it('puts five months beside four: the same monthly rate gives the same annual rate', () => {
		// 10 incidents a month in 1,000 residents: 40 over four months, 50 over five; both 120 a year.
		const four = rateBasis({ annualise: true, dataMonths: [JAN24, JAN24 + 3], dateFrom: null, dateTo: null, missing: none, hasTimes: false, ageBands: null });
		const five = rateBasis({ annualise: true, dataMonths: [JAN24, JAN24 + 4], dateFrom: null, dateTo: null, missing: none, hasTimes: false, ageBands: null });
		expect(40 * four.factor).toBeCloseTo(120, 12);
		expect(50 * five.factor).toBeCloseTo(120, 12);
	});

	it('leaves missing months out, and counts part months of a date range on dated rows', () => {
		const gap = rateBasis({ annualise: true, dataMonths: [toMonthIndex(2018, 10), JAN24 + 3], dateFrom: null, dateTo: null, missing: new Set(Array.from({ length: 58 }, (_, k) => toMonthIndex(2019, 3) + k)), hasTimes: false, ageBands: null });
		expect(gap.months).toBe(9);
		// 15/01/2024 to 29/02/2024 with times: 17/31 of January and all 29 days of February.
		const part = rateBasis({ annualise: true, dataMonths: [JAN24, JAN24 + 11], dateFrom: '2024-01-15', dateTo: '2024-02-29', missing: none, hasTimes: true, ageBands: null });
		expect(part.months).toBeCloseTo(17 / 31 + 1, 12);
		// Month-only rows count whole months.
		expect(rateBasis({ annualise: true, dataMonths: [JAN24, JAN24 + 11], dateFrom: '2024-01-15', dateTo: '2024-02-29', missing: none, hasTimes: false, ageBands: null }).months).toBe(2);
	});

	it('names the ages under an age filter and carries the basis', () => {
		const teen = rateBasis({ annualise: true, dataMonths: [JAN24, JAN24 + 3], dateFrom: null, dateTo: null, missing: none, hasTimes: false, ageBands: [1, 2] });
		expect(teen.unit).toBe('per 1,000 residents aged 10-24 a year (annualised from 4 months, 01/2024 to 04/2024)');
		expect(teen.age).toMatchObject({ kind: 'approximate', ages: '10-24' });
		// Not available: no ages named, the basis says why.
		const unknown = rateBasis({ annualise: false, dataMonths: null, dateFrom: null, dateTo: null, missing: none, hasTimes: false, ageBands: [4] });
		expect([unknown.unit, unknown.age.kind]).toEqual(['per 1,000 residents', 'not-available']);
	});
});
