import { describe, expect, it } from 'vitest';
import { addSummary, monthChangeLines } from './month-change-lines';

const JAN_2024 = 2024 * 12;

describe('the month changes of an add', () => {
	it('read one line per month, in UK month order, with rows before and after a replacement', () => {
		const added = {
			importId: 'd#2',
			months: [
				{ monthIndex: JAN_2024, change: 'unchanged' as const, before: 40, after: 40 },
				{ monthIndex: JAN_2024 + 1, change: 'replaced' as const, before: 3500, after: 3450 },
				{ monthIndex: JAN_2024 + 2, change: 'added' as const, before: 0, after: 1 }
			],
			keptAsBefore: 1,
			alreadyImported: []
		};
		expect(monthChangeLines(added).map((l) => [l.change, l.text])).toEqual([
			['unchanged', '01/2024: unchanged, the same 40 rows imported again'],
			['replaced', '02/2024: replaced, 3,500 → 3,450 rows'],
			['added', '03/2024: added, 1 row']
		]);
		expect(addSummary(added)).toBe('1 month added, 1 replaced, 1 unchanged; 1 month kept as before.');
	});

	it('say when every file was already imported', () => {
		expect(addSummary({ importId: null, months: [], keptAsBefore: 4, alreadyImported: ['a.csv', 'b.csv'] })).toBe(
			'Nothing was added; 4 months kept as before. Already imported, so not read again: a.csv, b.csv.'
		);
	});
});
