import { describe, expect, it } from 'vitest';
import { describeFilters, describeHourMask, isUnfiltered } from './chips';
import { formatUkDate } from '../time/calendar-date';
import { NO_FILTERS } from './filter-state';
import { encodeMask, maskFromRange, TIME_PRESETS } from './hour-of-week';

const presetText = (id: string) => encodeMask(TIME_PRESETS.find((p) => p.id === id)!.mask());

describe('describeHourMask', () => {
	it('names presets', () => {
		expect(describeHourMask(presetText('nte'))).toBe('23:00-00:00 night-time economy');
		expect(describeHourMask(presetText('weekend-nights'))).toBe('weekend nights (Fri 18:00-Sun 06:00)');
	});

	it('describes one range on some days in 24-hour time', () => {
		expect(describeHourMask(encodeMask(maskFromRange({ startHour: 18, endHour: 20, weekdays: [0, 1, 2, 3, 4] })))).toBe(
			'18:00-20:00, Mon-Fri'
		);
		expect(describeHourMask(encodeMask(maskFromRange({ startHour: 22, endHour: 2, weekdays: [4, 5] })))).toBe('22:00-02:00, Fri, Sat');
	});

	it('falls back to a count of hours', () => {
		const mask = maskFromRange({ startHour: 1, endHour: 2, weekdays: [0] });
		mask[100] = 1;
		expect(describeHourMask(encodeMask(mask))).toBe('2 of 168 hours of the week');
	});
});

describe('describeFilters', () => {
	it('gives one chip per active filter, each clearing only itself', () => {
		const chips = describeFilters({
			...NO_FILTERS,
			months: [1, 5, 6],
			dateFrom: '2024-04-01',
			dateTo: '2024-06-30',
			groups: [1],
			districts: [10],
			requiredFlags: 1 | 4,
			hexDeciles: [2, 1]
		});
		expect(chips.map((c) => c.label)).toEqual([
			'Months: Jan, May, Jun',
			'Dates: 01/04/2024 to 30/06/2024',
			'Offences: Robbery',
			'Districts: Thanet',
			'Hexagons in IMD deciles 1–2',
			'Only: knife or sharp instrument',
			'Only: domestic'
		]);
		expect(chips[4].clear).toEqual({ hexDeciles: null });
		expect(chips[5].clear).toEqual({ requiredFlags: 4 });
		expect(chips[1].clear).toEqual({ dateFrom: null, dateTo: null });
	});

	it('summarises long lists and says when nothing is selected', () => {
		const chips = describeFilters({ ...NO_FILTERS, districts: [0, 1, 2, 3], groups: [] });
		expect(chips.map((c) => c.label)).toEqual(['Offences: no offence groups', 'Districts: 4 districts']);
	});

	it.each([
		[[3], 'Hexagons in IMD decile 3'],
		[[1, 2, 3, 7, 9, 10], 'Hexagons in IMD deciles 1–3, 7, 9–10'],
		[[5, 5], 'Hexagons in IMD decile 5'],
		[[], 'Hexagons in IMD deciles: none']
	])('describes hexagon deciles %j as runs', (hexDeciles, label) => {
		expect(describeFilters({ ...NO_FILTERS, hexDeciles }).map((c) => c.label)).toEqual([label]);
	});

	it('knows the unfiltered state', () => {
		expect(isUnfiltered(NO_FILTERS)).toBe(true);
		expect(isUnfiltered({ ...NO_FILTERS, requiredFlags: 1 })).toBe(false);
		expect(isUnfiltered({ ...NO_FILTERS, hexDeciles: [1] })).toBe(false);
	});

	it('writes UK dates', () => {
		expect(formatUkDate('2024-01-09')).toBe('09/01/2024');
	});
});

describe('the definition of serious violence', () => {
	it('shows as a chip when the link sets one, and clears back to the default', () => {
		const chips = describeFilters({ ...NO_FILTERS, definition: [0, 1, 2] });
		expect(chips).toEqual([{ key: 'definition', label: 'Serious violence (set by the user): homicide, robbery, sexual offences', clear: { definition: null } }]);
		expect(describeFilters(NO_FILTERS)).toEqual([]);
	});
});
