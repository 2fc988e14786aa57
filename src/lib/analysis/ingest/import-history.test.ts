import { describe, expect, it } from 'vitest';
import { importHistoryLines, importLabel } from './import-history';
import { toMonthIndex } from '../time/month-index';

describe('importHistoryLines', () => {
	it('names each file with the first and last month of its kept rows', () => {
		const jan = toMonthIndex(2024, 1);
		const lines = importHistoryLines({
			sources: ['2024-01-kent-street.csv', 'extract.csv', 'empty.csv'],
			sourceMonths: [
				{ source: 0, monthIndex: jan, rows: 9 },
				{ source: 1, monthIndex: jan + 2, rows: 4 },
				{ source: 1, monthIndex: jan - 10, rows: 1 },
				{ source: 2, monthIndex: jan, rows: 0 }
			]
		});
		expect(lines).toEqual(['2024-01-kent-street.csv (01/2024)', 'extract.csv (03/2023 to 03/2024)', 'empty.csv (no rows kept)']);
	});
});

describe('importLabel', () => {
	it('uses the name given, tidied and cut to 80 characters', () => {
		expect(importLabel(['a.csv', 'b.csv'], '  Thanet   night-time  2024 ')).toBe('Thanet night-time 2024');
		expect(importLabel(['a.csv'], 'x'.repeat(100))).toHaveLength(80);
	});
	it('otherwise names the first file and counts the rest, with the right plural', () => {
		expect(importLabel(['2024-01-kent-street.csv'])).toBe('2024-01-kent-street.csv');
		expect(importLabel(['2024-02-kent-street.csv', '2024-01-kent-street.csv'], ' ')).toBe('2024-01-kent-street.csv and 1 more file');
		expect(importLabel(Array.from({ length: 9 }, (_, i) => `2024-0${i + 1}-kent-street.csv`))).toBe('2024-01-kent-street.csv and 8 more files');
	});
});
