/**
 * Human-readable chips for the active filters: each says what it filters in UK conventions
 * (dd/mm/yyyy, 24-hour times) and carries the patch that removes it.
 */
import { formatUkDate } from '../time/calendar-date';
import { DISTRICTS } from '../geography/districts';
import { AGE_BAND_KEYS, FLAG_KEYS, FLAG_LABELS, FLAG, OFFENCE_GROUP_KEYS, OFFENCE_GROUP_LABELS } from '../offences/groups';
import type { FilterState } from './filter-state';
import { countSlots, decodeMask, encodeMask, maskFromRange, TIME_PRESETS, WEEKDAY_LABELS } from './hour-of-week';
import { describeDefinition } from '../offences/definition';

export interface FilterChip {
	key: keyof FilterState | 'dates';
	label: string;
	/** Applying this patch removes the filter. */
	clear: Partial<FilterState>;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MAX_LISTED = 3;

const hh = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;


function listed(names: string[], noun: string): string {
	if (names.length === 0) return `no ${noun}`;
	return names.length <= MAX_LISTED ? names.join(', ') : `${names.length} ${noun}`;
}

/** Deciles as runs, e.g. "1–3, 7" (en dash for ranges); "none" for an empty list. */
export function decileRuns(deciles: readonly number[]): string {
	const sorted = [...new Set(deciles)].sort((a, b) => a - b);
	if (sorted.length === 0) return 'none';
	const runs: string[] = [];
	for (let i = 0; i < sorted.length; ) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
		runs.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
		i = j + 1;
	}
	return runs.join(', ');
}

/** Days as "Mon-Fri", "Sat, Sun" or "every day". */
function dayList(days: number[]): string {
	if (days.length === 7) return 'every day';
	const contiguous = days.every((d, i) => i === 0 || d === days[i - 1] + 1);
	if (contiguous && days.length > 2) return `${WEEKDAY_LABELS[days[0]]}-${WEEKDAY_LABELS[days[days.length - 1]]}`;
	return days.map((d) => WEEKDAY_LABELS[d]).join(', ');
}

/** Describes a mask as a preset, as one hour range on some days, or as a count of hours. */
export function describeHourMask(text: string): string {
	const preset = TIME_PRESETS.find((p) => encodeMask(p.mask()) === text);
	if (preset) return preset.label;
	const mask = decodeMask(text);
	if (!mask) return 'invalid time filter';
	for (let start = 0; start < 24; start++) {
		for (let length = 1; length < 24; length++) {
			const days = [0, 1, 2, 3, 4, 5, 6].filter((d) => mask[d * 24 + start] === 1);
			if (days.length === 0) break;
			const candidate = maskFromRange({ startHour: start, endHour: (start + length) % 24, weekdays: days });
			if (encodeMask(candidate) === text) return `${hh(start)}-${hh(start + length)}, ${dayList(days)}`;
		}
	}
	return `${countSlots(mask)} of 168 hours of the week`;
}

export function describeFilters(f: FilterState): FilterChip[] {
	const chips: FilterChip[] = [];
	if (f.hourOfWeek !== null) chips.push({ key: 'hourOfWeek', label: `Time: ${describeHourMask(f.hourOfWeek)}`, clear: { hourOfWeek: null } });
	if (f.months !== null) chips.push({ key: 'months', label: `Months: ${listed(f.months.map((m) => MONTHS[m - 1]), 'months')}`, clear: { months: null } });
	if (f.dateFrom !== null || f.dateTo !== null) {
		const label =
			f.dateFrom && f.dateTo
				? `Dates: ${formatUkDate(f.dateFrom)} to ${formatUkDate(f.dateTo)}`
				: f.dateFrom
					? `Dates: from ${formatUkDate(f.dateFrom)}`
					: `Dates: up to ${formatUkDate(f.dateTo!)}`;
		chips.push({ key: 'dates', label, clear: { dateFrom: null, dateTo: null } });
	}
	if (f.groups !== null) {
		const names = f.groups.map((g) => OFFENCE_GROUP_LABELS[OFFENCE_GROUP_KEYS[g]]);
		chips.push({ key: 'groups', label: `Offences: ${listed(names, 'offence groups')}`, clear: { groups: null } });
	}
	if (f.ageBands !== null) chips.push({ key: 'ageBands', label: `Ages: ${listed(f.ageBands.map((a) => AGE_BAND_KEYS[a]), 'age bands')}`, clear: { ageBands: null } });
	if (f.districts !== null) {
		chips.push({ key: 'districts', label: `Districts: ${listed(f.districts.map((d) => DISTRICTS[d].label), 'districts')}`, clear: { districts: null } });
	}
	if (f.hexDeciles !== null) {
		const n = new Set(f.hexDeciles).size;
		const label = n === 0 ? 'Hexagons in IMD deciles: none' : `Hexagons in IMD ${n === 1 ? 'decile' : 'deciles'} ${decileRuns(f.hexDeciles)}`;
		chips.push({ key: 'hexDeciles', label, clear: { hexDeciles: null } });
	}
	if (f.definition !== null) chips.push({ key: 'definition', label: describeDefinition(f.definition).replace(/\.$/, ''), clear: { definition: null } });
	for (const key of FLAG_KEYS) {
		if ((f.requiredFlags & FLAG[key]) !== 0) {
			chips.push({ key: 'requiredFlags', label: `Only: ${FLAG_LABELS[key].toLowerCase()}`, clear: { requiredFlags: f.requiredFlags & ~FLAG[key] } });
		}
	}
	return chips;
}

/** True when no filter is active. */
export function isUnfiltered(f: FilterState): boolean {
	return describeFilters(f).length === 0;
}
