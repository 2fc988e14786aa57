import { describe, expect, it } from 'vitest';
import { ingestFiles, monthRows, policeFile } from '$lib/test-support/grow-fixtures';
import { monthChanges, monthPrints } from './month-changes';
import { toMonthIndex } from '../time/month-index';

const JAN = toMonthIndex(2024, 1);

async function prints(rows: ReturnType<typeof monthRows>) {
	return monthPrints((await ingestFiles([policeFile('2024-01-kent-street.csv', rows)])).columns, new Set([JAN]));
}

describe('month fingerprints', () => {
	it('ignore row order and file names, and see one changed group or a moved point', async () => {
		const rows = monthRows('2024-01', 30, 5);
		const base = await prints(rows);
		expect(await prints([...rows].reverse())).toEqual(base);
		const regrouped = await prints(rows.map((r, i) => (i === 3 ? { ...r, type: r.type === 'Robbery' ? 'Public order' : 'Robbery' } : r)));
		expect(regrouped.get(JAN)!.rows).toBe(30);
		expect(regrouped.get(JAN)!.print).not.toBe(base.get(JAN)!.print);
		const moved = await prints(rows.map((r, i) => (i === 0 ? { ...r, lng: r.lng + 0.001 } : r)));
		expect(moved.get(JAN)!.print).not.toBe(base.get(JAN)!.print);
	});

	it('name each month added, replaced or unchanged, and leave out months empty both times', () => {
		const p = (rows: number, print: string) => ({ rows, print });
		const before = new Map([
			[1, p(5, 'a')],
			[2, p(5, 'b')],
			[4, p(3, 'd')]
		]);
		const after = new Map([
			[1, p(5, 'a')],
			[2, p(5, 'c')],
			[3, p(7, 'e')]
		]);
		expect(monthChanges([1, 2, 3, 4, 5], before, after)).toEqual([
			{ monthIndex: 1, change: 'unchanged', before: 5, after: 5 },
			{ monthIndex: 2, change: 'replaced', before: 5, after: 5 },
			{ monthIndex: 3, change: 'added', before: 0, after: 7 },
			{ monthIndex: 4, change: 'replaced', before: 3, after: 0 }
		]);
	});
});
