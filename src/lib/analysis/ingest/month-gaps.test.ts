import { describe, expect, it } from 'vitest';
import { toMonthIndex } from '../time/month-index';
import { summariseMonths } from './month-gaps';

const m = (y: number, mo: number) => toMonthIndex(y, mo);

describe('summariseMonths', () => {
	it('lists every month in the span, marking gaps missing and sharp falls low', () => {
		const rows = new Map([
			[m(2023, 1), 3100],
			[m(2023, 2), 2800],
			[m(2023, 3), 3100],
			[m(2023, 4), 1200],
			[m(2023, 6), 3000]
		]);
		expect(summariseMonths(rows).map((s) => [s.month, s.status])).toEqual([
			['2023-01', 'ok'],
			['2023-02', 'ok'],
			['2023-03', 'ok'],
			['2023-04', 'low'],
			['2023-05', 'missing'],
			['2023-06', 'ok']
		]);
	});

	it('reads per day, so a normal February is not low', () => {
		const rows = new Map([
			[m(2023, 1), 3100],
			[m(2023, 2), 2550],
			[m(2023, 3), 3100]
		]);
		expect(summariseMonths(rows)[1].status).toBe('ok');
		expect(summariseMonths(new Map())).toEqual([]);
		expect(summariseMonths(new Map([[m(2023, 1), 5]]))[0]).toMatchObject({ status: 'ok', ratio: NaN });
	});
});
