import { describe, expect, it } from 'vitest';
import { encodeMask, maskFromRange, slotOf, decodeMask } from '../filters/hour-of-week';
import { blockSlots, matrixModel, selectSlotsPatch } from './matrix';

const counts = new Uint32Array(168);
counts[slotOf(4, 23)] = 10;
counts[slotOf(5, 0)] = 4;
counts[slotOf(0, 9)] = 1;

describe('matrixModel', () => {
	it('lays 168 counts out as 7 weekdays of 24 hours with colour classes', () => {
		const m = matrixModel(counts, null);
		expect(m.rows.length).toBe(7);
		expect(m.rows.every((r) => r.length === 24)).toBe(true);
		expect(m.total).toBe(15);
		expect(m.rows[4][23]).toMatchObject({ count: 10, selected: true, label: 'Fri 23:00-00:00: 10 incidents' });
		expect(m.rows[0][9].label).toBe('Mon 09:00-10:00: 1 incident');
		expect(m.rows[4][23].classIndex).toBe(m.classes.length - 1);
		expect(m.rows[2][2]).toMatchObject({ count: 0, classIndex: -1, colour: null });
		expect(m.filtered).toBe(false);
	});

	it('marks the cells the hour-of-week filter selects', () => {
		const m = matrixModel(counts, encodeMask(maskFromRange({ startHour: 23, endHour: 1, weekdays: [4] })));
		const selected = m.rows.flat().filter((c) => c.selected).map((c) => [c.weekday, c.hour]);
		expect(selected).toEqual([
			[4, 23],
			[5, 0]
		]);
		expect(m.filtered).toBe(true);
	});

	it('has no classes when nothing is counted (a month-only dataset)', () => {
		expect(matrixModel(new Uint32Array(168), null).classes).toEqual([]);
	});
});

describe('blockSlots', () => {
	it('is the weekday range by the hour range, from either corner', () => {
		const a = blockSlots({ weekday: 5, hour: 3 }, { weekday: 4, hour: 1 });
		expect(a).toEqual([slotOf(4, 1), slotOf(4, 2), slotOf(4, 3), slotOf(5, 1), slotOf(5, 2), slotOf(5, 3)]);
		expect(blockSlots({ weekday: 0, hour: 0 }, { weekday: 0, hour: 0 })).toEqual([0]);
	});
});

describe('selectSlotsPatch', () => {
	const slotsOf = (patch: { hourOfWeek: string | null }) => {
		const mask = patch.hourOfWeek === null ? null : decodeMask(patch.hourOfWeek)!;
		return mask === null ? null : [...mask.keys()].filter((s) => mask[s] === 1);
	};
	const one = encodeMask(maskFromRange({ startHour: 9, endHour: 10, weekdays: [0] }));

	it.each<[string | null, number[], 'replace' | 'add' | 'toggle', number[] | null]>([
		// From no filter, a click selects that cell alone.
		[null, [slotOf(0, 9)], 'toggle', [slotOf(0, 9)]],
		// Clicking the only selected cell again clears the filter instead of matching nothing.
		[one, [slotOf(0, 9)], 'toggle', null],
		[one, [slotOf(1, 9)], 'toggle', [slotOf(0, 9), slotOf(1, 9)]],
		// A block partly selected is toggled on as a whole.
		[one, [slotOf(0, 9), slotOf(0, 10)], 'toggle', [slotOf(0, 9), slotOf(0, 10)]],
		[one, [slotOf(2, 3)], 'replace', [slotOf(2, 3)]],
		[one, [slotOf(2, 3)], 'add', [slotOf(0, 9), slotOf(2, 3)]]
	])('%s + %j (%s) selects %j', (from, slots, mode, expected) => {
		expect(slotsOf(selectSlotsPatch(from, slots, mode))).toEqual(expected);
	});

	it('selecting all 168 slots is no filter', () => {
		expect(selectSlotsPatch(null, blockSlots({ weekday: 0, hour: 0 }, { weekday: 6, hour: 23 }), 'replace')).toEqual({ hourOfWeek: null });
	});
});
