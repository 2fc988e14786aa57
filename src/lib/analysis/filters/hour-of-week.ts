/**
 * Time-of-day and weekday filters compile to one 168-slot hour-of-week mask (DESIGN.md section 2):
 * slot = weekday * 24 + hour, Monday = 0. Presets, the hour x weekday matrix and the URL all read and
 * write this one mask.
 */

export const HOURS_PER_WEEK = 168;
export const WEEKDAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** A read-only 168-slot mask: 1 = slot included. */
export type HourOfWeekMask = Readonly<Uint8Array>;

export function slotOf(weekday: number, hour: number): number {
	return weekday * 24 + hour;
}

/** Every slot included: the "no time filter" mask. */
export function fullMask(): Uint8Array {
	return new Uint8Array(HOURS_PER_WEEK).fill(1);
}

export interface HourRange {
	/** First hour included, 0-23. */
	startHour: number;
	/** Hour the range stops before, 0-24; at or before the start it wraps past midnight. */
	endHour: number;
	/** Days on which the range starts (Mon = 0). A range that wraps midnight belongs to the day it starts. */
	weekdays: readonly number[];
}

function checkHour(value: number, max: number, name: string): void {
	if (!Number.isInteger(value) || value < 0 || value > max) {
		throw new RangeError(`${name} must be a whole hour from 0 to ${max}, got ${value}`);
	}
}

/**
 * The mask for an hour range on chosen days. "Fri 20:00-04:00" includes Saturday 00:00-03:59;
 * "23:00-00:00" is the single hour from 23:00. A range whose end equals its start covers 24 hours.
 */
export function maskFromRange({ startHour, endHour, weekdays }: HourRange): Uint8Array {
	checkHour(startHour, 23, 'startHour');
	checkHour(endHour, 24, 'endHour');
	const mask = new Uint8Array(HOURS_PER_WEEK);
	const length = endHour > startHour ? endHour - startHour : endHour + 24 - startHour;
	for (const day of weekdays) {
		if (!Number.isInteger(day) || day < 0 || day > 6) throw new RangeError(`weekday must be 0-6, got ${day}`);
		for (let i = 0; i < length; i++) mask[(slotOf(day, startHour) + i) % HOURS_PER_WEEK] = 1;
	}
	return mask;
}

/** Union of masks, e.g. a preset made of several ranges. */
export function unionMasks(...masks: HourOfWeekMask[]): Uint8Array {
	const out = new Uint8Array(HOURS_PER_WEEK);
	for (const mask of masks) for (let i = 0; i < HOURS_PER_WEEK; i++) out[i] |= mask[i];
	return out;
}

export function isFullMask(mask: HourOfWeekMask): boolean {
	return mask.every((v) => v === 1);
}

export function countSlots(mask: HourOfWeekMask): number {
	let n = 0;
	for (const v of mask) n += v;
	return n;
}

const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6] as const;

/** The partnership's known peaks and the night-time economy, as the filter panel offers them. */
export const TIME_PRESETS = [
	{ id: 'school-out', label: '15:00-16:00 school-out', mask: () => maskFromRange({ startHour: 15, endHour: 16, weekdays: ALL_DAYS }) },
	{ id: 'evening', label: '18:00-20:00 evening', mask: () => maskFromRange({ startHour: 18, endHour: 20, weekdays: ALL_DAYS }) },
	{ id: 'nte', label: '23:00-00:00 night-time economy', mask: () => maskFromRange({ startHour: 23, endHour: 0, weekdays: ALL_DAYS }) },
	{ id: 'night', label: '20:00-04:00 night', mask: () => maskFromRange({ startHour: 20, endHour: 4, weekdays: ALL_DAYS }) },
	{
		id: 'weekend-nights',
		label: 'weekend nights (Fri 18:00-Sun 06:00)',
		// Friday 18:00 through to Sunday 06:00 as one continuous span of 36 hours.
		mask: () => {
			const mask = new Uint8Array(HOURS_PER_WEEK);
			for (let i = 0; i < 36; i++) mask[slotOf(4, 18) + i] = 1;
			return mask;
		}
	}
] as const;

export type TimePresetId = (typeof TIME_PRESETS)[number]['id'];

/** Compact, URL-safe text for a mask: 42 hex digits (4 slots a digit). */
export function encodeMask(mask: HourOfWeekMask): string {
	let out = '';
	for (let i = 0; i < HOURS_PER_WEEK; i += 4) {
		out += ((mask[i] << 3) | (mask[i + 1] << 2) | (mask[i + 2] << 1) | mask[i + 3]).toString(16);
	}
	return out;
}

/** Inverse of encodeMask; undefined for text that is not exactly a mask, so a bad URL is reported, not guessed. */
export function decodeMask(text: string): Uint8Array | undefined {
	if (!/^[0-9a-f]{42}$/.test(text)) return undefined;
	const mask = new Uint8Array(HOURS_PER_WEEK);
	for (let d = 0; d < 42; d++) {
		const nibble = parseInt(text[d], 16);
		for (let b = 0; b < 4; b++) mask[d * 4 + b] = (nibble >> (3 - b)) & 1;
	}
	return mask;
}

/**
 * The one hour range that gives exactly this mask, so the range controls can show the filter in force;
 * null when no single range on a set of days does (a selection made in the hour x weekday matrix).
 * The shortest range wins, so "23:00-00:00" reads as one hour, not as a day-long span.
 */
export function rangeOfMask(mask: HourOfWeekMask): HourRange | null {
	for (let length = 1; length <= 24; length++) {
		for (let startHour = 0; startHour < 24; startHour++) {
			const weekdays = ALL_DAYS.filter((d) => mask[slotOf(d, startHour)] === 1);
			if (weekdays.length === 0) continue;
			const range = { startHour, endHour: (startHour + length) % 24, weekdays };
			const candidate = maskFromRange(range);
			if (candidate.every((v, i) => v === mask[i])) return range;
		}
	}
	return null;
}
