import { describe, expect, it } from 'vitest';
import { comboboxKey } from './combobox-keys';
import { searchStatus } from './search-status';

const open = (active: number, count = 3) => ({ active, count, open: true });

describe('comboboxKey', () => {
	it('moves down and up through the options, wrapping at either end', () => {
		expect(comboboxKey({ key: 'ArrowDown' }, open(-1))).toEqual({ type: 'move', active: 0 });
		expect(comboboxKey({ key: 'ArrowDown' }, open(1))).toEqual({ type: 'move', active: 2 });
		expect(comboboxKey({ key: 'ArrowDown' }, open(2))).toEqual({ type: 'move', active: 0 });
		expect(comboboxKey({ key: 'ArrowUp' }, open(0))).toEqual({ type: 'move', active: 2 });
		expect(comboboxKey({ key: 'ArrowUp' }, open(-1))).toEqual({ type: 'move', active: 2 });
		expect(comboboxKey({ key: 'ArrowUp' }, open(2))).toEqual({ type: 'move', active: 1 });
	});

	it('opens a closed list with the arrows, Down on the first option (Alt+Down on none) and Up on the last', () => {
		expect(comboboxKey({ key: 'ArrowDown' }, { active: -1, count: 3, open: false })).toEqual({ type: 'move', active: 0 });
		expect(comboboxKey({ key: 'ArrowDown', altKey: true }, { active: -1, count: 3, open: false })).toEqual({ type: 'move', active: -1 });
		expect(comboboxKey({ key: 'ArrowUp' }, { active: -1, count: 3, open: false })).toEqual({ type: 'move', active: 2 });
		expect(comboboxKey({ key: 'ArrowDown', altKey: true }, open(1))).toEqual({ type: 'move', active: 1 });
	});

	it('jumps to the ends with Home and End only while moving through the list', () => {
		expect(comboboxKey({ key: 'Home' }, open(2))).toEqual({ type: 'move', active: 0 });
		expect(comboboxKey({ key: 'End' }, open(0))).toEqual({ type: 'move', active: 2 });
		expect(comboboxKey({ key: 'Home' }, open(-1))).toBeNull();
	});

	it('picks the highlighted option with Enter, or the best one when none is, and sets the district with Shift', () => {
		expect(comboboxKey({ key: 'Enter' }, open(1))).toEqual({ type: 'pick', index: 1, setDistrict: false });
		expect(comboboxKey({ key: 'Enter' }, open(-1))).toEqual({ type: 'pick', index: 0, setDistrict: false });
		expect(comboboxKey({ key: 'Enter', shiftKey: true }, open(2))).toEqual({ type: 'pick', index: 2, setDistrict: true });
		expect(comboboxKey({ key: 'Enter' }, open(-1, 0))).toBeNull();
	});

	it('closes the list with Escape, then clears the box', () => {
		expect(comboboxKey({ key: 'Escape' }, open(1))).toEqual({ type: 'close' });
		expect(comboboxKey({ key: 'Escape' }, { active: -1, count: 3, open: false })).toEqual({ type: 'clear' });
	});

	it('leaves typing and arrows over an empty list to the input', () => {
		expect(comboboxKey({ key: 'a' }, open(1))).toBeNull();
		expect(comboboxKey({ key: 'ArrowLeft' }, open(1))).toBeNull();
		expect(comboboxKey({ key: 'ArrowDown' }, open(-1, 0))).toBeNull();
	});
});

describe('searchStatus', () => {
	const message = { code: 'outside-area' as const, value: 'TQ 300 800', text: 'TQ 300 800 is outside Kent & Medway.' };

	it('counts results and adds what the messages say', () => {
		expect(searchStatus({ query: 'ma', results: [{} as never, {} as never], messages: [] }, false)).toBe('2 results.');
		expect(searchStatus({ query: 'TQ 300 800', results: [{} as never], messages: [message] }, false)).toBe('1 result. TQ 300 800 is outside Kent & Medway.');
		expect(searchStatus({ query: 'x', results: [], messages: [{ ...message, code: 'no-match', text: 'No match.' }] }, false)).toBe('No match.');
	});

	it('says it is loading, and nothing for an empty box', () => {
		expect(searchStatus(null, true)).toBe('Place names are loading…');
		expect(searchStatus(null, false)).toBe('');
		expect(searchStatus({ query: '', results: [], messages: [] }, false)).toBe('');
	});
});
