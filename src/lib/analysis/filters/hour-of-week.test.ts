import { describe, expect, it } from 'vitest';
import {
	countSlots,
	decodeMask,
	encodeMask,
	fullMask,
	isFullMask,
	HOURS_PER_WEEK,
	maskFromRange,
	rangeOfMask,
	slotOf,
	TIME_PRESETS,
	unionMasks
} from './hour-of-week';

const preset = (id: string) => TIME_PRESETS.find((p) => p.id === id)!.mask();
const slots = (mask: Uint8Array) => [...mask.keys()].filter((i) => mask[i] === 1);

describe('maskFromRange', () => {
	it('covers a same-day range on the chosen days only', () => {
		const mask = maskFromRange({ startHour: 18, endHour: 20, weekdays: [0, 2] });
		expect(slots(mask)).toEqual([slotOf(0, 18), slotOf(0, 19), slotOf(2, 18), slotOf(2, 19)]);
	});

	it('wraps midnight onto the next day: Fri 20:00-04:00 includes Saturday 02:00', () => {
		const mask = maskFromRange({ startHour: 20, endHour: 4, weekdays: [4] });
		expect(mask[slotOf(5, 2)]).toBe(1);
		expect(mask[slotOf(5, 4)]).toBe(0);
		expect(mask[slotOf(4, 2)]).toBe(0);
		expect(countSlots(mask)).toBe(8);
	});

	it('wraps Sunday night into Monday morning', () => {
		const mask = maskFromRange({ startHour: 22, endHour: 2, weekdays: [6] });
		expect(slots(mask)).toEqual([0, 1, slotOf(6, 22), slotOf(6, 23)]);
	});

	it('reads 23:00-00:00 as the single hour before midnight', () => {
		expect(slots(preset('nte'))).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => slotOf(d, 23)));
	});

	it('treats equal start and end as the whole day', () => {
		expect(countSlots(maskFromRange({ startHour: 6, endHour: 6, weekdays: [1] }))).toBe(24);
	});

	it('gives an empty mask for no days', () => {
		expect(countSlots(maskFromRange({ startHour: 1, endHour: 3, weekdays: [] }))).toBe(0);
	});

	it.each([
		[{ startHour: 24, endHour: 1, weekdays: [0] }],
		[{ startHour: 1, endHour: 25, weekdays: [0] }],
		[{ startHour: 1.5, endHour: 3, weekdays: [0] }],
		[{ startHour: 1, endHour: 3, weekdays: [7] }]
	])('refuses %j', (range) => {
		expect(() => maskFromRange(range)).toThrow(RangeError);
	});
});

describe('presets', () => {
	it('weekend nights run from Friday 18:00 to Sunday 06:00', () => {
		const mask = preset('weekend-nights');
		expect(countSlots(mask)).toBe(36);
		expect(mask[slotOf(4, 17)]).toBe(0);
		expect(mask[slotOf(4, 18)]).toBe(1);
		expect(mask[slotOf(5, 12)]).toBe(1);
		expect(mask[slotOf(6, 5)]).toBe(1);
		expect(mask[slotOf(6, 6)]).toBe(0);
	});

	it('night is 8 hours a day across midnight', () => {
		const mask = preset('night');
		expect(countSlots(mask)).toBe(56);
		expect(mask[slotOf(0, 3)]).toBe(1); // Sunday 20:00 runs into Monday 03:00
		expect(mask[slotOf(0, 4)]).toBe(0);
	});

	it('school-out and evening are 1 and 2 hours every day', () => {
		expect(countSlots(preset('school-out'))).toBe(7);
		expect(countSlots(preset('evening'))).toBe(14);
	});
});

describe('mask helpers', () => {
	it('unions masks without changing them', () => {
		const a = preset('school-out');
		const b = preset('evening');
		const copy = a.slice();
		expect(countSlots(unionMasks(a, b))).toBe(21);
		expect(a).toEqual(copy);
	});

	it('knows a full mask', () => {
		expect(isFullMask(fullMask())).toBe(true);
		expect(isFullMask(preset('night'))).toBe(false);
	});

	it.each(TIME_PRESETS.map((p) => [p.id]))('round-trips the %s preset through its URL text', (id) => {
		const mask = preset(id);
		const text = encodeMask(mask);
		expect(text).toMatch(/^[0-9a-f]{42}$/);
		expect(decodeMask(text)).toEqual(mask);
	});

	it.each(['', 'zz', 'f'.repeat(41), 'F'.repeat(42), 'f'.repeat(43)])('rejects %j as a mask', (text) => {
		expect(decodeMask(text)).toBeUndefined();
	});
});

describe('rangeOfMask', () => {
	it('reads back a range on chosen days, written out slot by slot', () => {
		// 15:00-19:00 Mon-Fri: slots d*24+15 .. d*24+18 for d = 0..4.
		const mask = new Uint8Array(HOURS_PER_WEEK);
		for (let d = 0; d < 5; d++) for (let h = 15; h < 19; h++) mask[d * 24 + h] = 1;
		expect(rangeOfMask(mask)).toEqual({ startHour: 15, endHour: 19, weekdays: [0, 1, 2, 3, 4] });
	});
	it('reads a range past midnight as belonging to the day it starts', () => {
		// Fri 20:00 to Sat 04:00: slots 116..123.
		const mask = new Uint8Array(HOURS_PER_WEEK);
		for (let s = 4 * 24 + 20; s < 5 * 24 + 4; s++) mask[s] = 1;
		expect(rangeOfMask(mask)).toEqual({ startHour: 20, endHour: 4, weekdays: [4] });
	});
	it('reads the single hour before midnight, and a whole day', () => {
		expect(rangeOfMask(maskFromRange({ startHour: 23, endHour: 0, weekdays: [6] }))).toEqual({ startHour: 23, endHour: 0, weekdays: [6] });
		const sunday = new Uint8Array(HOURS_PER_WEEK).fill(1, 144, 168);
		expect(slots(maskFromRange(rangeOfMask(sunday)!))).toEqual(slots(sunday));
	});
	it('gives null for a selection no single range makes, and for no hours at all', () => {
		const mask = new Uint8Array(HOURS_PER_WEEK);
		mask[3] = 1;
		mask[24 + 5] = 1;
		expect(rangeOfMask(mask)).toBeNull();
		expect(rangeOfMask(new Uint8Array(HOURS_PER_WEEK))).toBeNull();
	});
});
