import { describe, expect, it } from 'vitest';
import { capture, consecutivePairs, persistence, topShare } from './stability';

// A hand-made grid of 10 cells over two windows; cells 0 and 1 are the first window's hotspots.
const first = { label: '2024', counts: [20, 10, 2, 2, 2, 1, 1, 1, 1, 0], hot: [1, 1, 0, 0, 0, 0, 0, 0, 0, 0] };
const second = { label: '2025', counts: [15, 15, 5, 5, 0, 0, 0, 0, 0, 0], hot: [1, 0, 0, 1, 0, 0, 0, 0, 0, 0] };

describe('stability and predictive capture', () => {
	it('gives hit rate, PAI and RRI as worked by hand', () => {
		// Hit rate: (15 + 15) / 40 = 0.75; area share 2 / 10 = 0.2; PAI 3.75; RRI (30 / 30) / (40 / 40) = 1.
		expect(capture(first, second)).toEqual({ hotspots: 2, areaShare: 0.2, hitRate: 0.75, pai: 3.75, rri: 1 });
		expect(consecutivePairs([first, second]).map((p) => [p.previous, p.next])).toEqual([['2024', '2025']]);
	});

	it('gives each cell the share of windows it was a hotspot in', () => {
		expect([...persistence([first, second])]).toEqual([1, 0.5, 0, 0.5, 0, 0, 0, 0, 0, 0]);
	});

	it('takes the top 5% of cells by count, never an empty cell', () => {
		expect([...topShare(first.counts, 0.2)]).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
		expect([...topShare([0, 0, 0], 0.5)]).toEqual([0, 0, 0]);
	});

	it('leaves the ratios out when a window has no incidents', () => {
		expect(capture(first, { ...second, counts: Array(10).fill(0) })).toMatchObject({ hitRate: null, pai: null, rri: null });
	});
});

describe('stability windows', () => {
	it('are consecutive, equal and end at the last month of data; a window over a flagged month is not comparable', async () => {
		const { stabilityWindows } = await import('../session/stability-answer');
		const jan2023 = 2023 * 12;
		const years = stabilityWindows([jan2023, jan2023 + 35], 'year');
		expect(years.map((w) => [w.label, w.dateFrom, w.dateTo])).toEqual([
			['2023', '2023-01-01', '2023-12-31'],
			['2024', '2024-01-01', '2024-12-31'],
			['2025', '2025-01-01', '2025-12-31']
		]);
		// 14 months hold 4 whole quarters ending at the last month; the first two months are left out.
		const quarters = stabilityWindows([jan2023, jan2023 + 13], 'quarter', new Set([jan2023 + 5]));
		expect(quarters.map((w) => [w.label, w.comparable])).toEqual([
			['03/2023 to 05/2023', true],
			['06/2023 to 08/2023', false],
			['09/2023 to 11/2023', true],
			['12/2023 to 02/2024', true]
		]);
	});
});
