/**
 * The hour x weekday matrix (issue 7 item 1): cell values and colour classes from Cube.hourOfWeek, which cells
 * the hour-of-week filter selects, and the filter patch a click or a dragged block makes.
 */
import { formatCount } from '../text/numbers';
import { countClasses, classIndex, type CountClass } from '../classify/classes';
import { sequentialHex } from '../classify/palette';
import type { FilterState } from '../filters/filter-state';
import { decodeMask, encodeMask, HOURS_PER_WEEK, isFullMask, slotOf, WEEKDAY_LABELS } from '../filters/hour-of-week';

/** Five classes: enough to show the evening and weekend peaks, few enough to tell apart in a small grid. */
export const MATRIX_CLASSES = 5;

export interface MatrixCell {
	weekday: number;
	hour: number;
	slot: number;
	count: number;
	/** Class index, -1 for zero. */
	classIndex: number;
	/** CSS colour, or null for zero (drawn as an empty cell). */
	colour: string | null;
	/** True when the hour-of-week filter includes the slot (every slot when there is no time filter). */
	selected: boolean;
	/** "Fri 23:00-00:00: 12 incidents", for screen readers and tooltips. */
	label: string;
}

export interface MatrixModel {
	/** 7 rows (Mon first) of 24 cells. */
	rows: MatrixCell[][];
	classes: CountClass[];
	colours: readonly string[];
	total: number;
	/** True when a time filter is set (so unselected cells are dimmed). */
	filtered: boolean;
}

const hh = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;

/** The mask a filter text selects; undefined for no time filter (or an unreadable one, which the URL reports). */
export function selectedMask(hourOfWeek: string | null): Uint8Array | undefined {
	return hourOfWeek === null ? undefined : decodeMask(hourOfWeek);
}

export function matrixModel(counts: ArrayLike<number>, hourOfWeek: string | null): MatrixModel {
	const classes = countClasses(counts, MATRIX_CLASSES, 'quantile');
	const colours = classes.length ? sequentialHex(classes.length) : [];
	const mask = selectedMask(hourOfWeek);
	let total = 0;
	const rows = WEEKDAY_LABELS.map((day, weekday) =>
		Array.from({ length: 24 }, (_, hour) => {
			const slot = slotOf(weekday, hour);
			const count = counts[slot] ?? 0;
			total += count;
			const k = classIndex(count, classes);
			return {
				weekday,
				hour,
				slot,
				count,
				classIndex: k,
				colour: k >= 0 ? colours[k] : null,
				selected: mask === undefined || mask[slot] === 1,
				label: `${day} ${hh(hour)}-${hh(hour + 1)}: ${formatCount(count)} incident${count === 1 ? '' : 's'}`
			};
		})
	);
	return { rows, classes, colours, total, filtered: mask !== undefined };
}

export interface MatrixPoint {
	weekday: number;
	hour: number;
}

/** Slots of the rectangle between two cells: the weekday range by the hour range, either corner first. */
export function blockSlots(a: MatrixPoint, b: MatrixPoint): number[] {
	const slots: number[] = [];
	for (let w = Math.min(a.weekday, b.weekday); w <= Math.max(a.weekday, b.weekday); w++) {
		for (let h = Math.min(a.hour, b.hour); h <= Math.max(a.hour, b.hour); h++) slots.push(slotOf(w, h));
	}
	return slots;
}

/** A mask back to filter text: every slot or none means no time filter, so the chip and the URL parameter go. */
function patchOf(mask: Uint8Array): Pick<FilterState, 'hourOfWeek'> {
	return { hourOfWeek: isFullMask(mask) || mask.every((v) => v === 0) ? null : encodeMask(mask) };
}

/**
 * How a click or a drag changes the filter. 'replace' selects just these slots (a drag); 'add' adds them
 * (shift-drag); 'toggle' flips them together: all off if every one was selected, else all on (click, Enter, Space).
 * From "no time filter", toggling a cell selects that cell alone rather than removing it from all 168.
 */
export function selectSlotsPatch(hourOfWeek: string | null, slots: readonly number[], mode: 'replace' | 'add' | 'toggle'): Pick<FilterState, 'hourOfWeek'> {
	const current = selectedMask(hourOfWeek);
	const mask = new Uint8Array(HOURS_PER_WEEK);
	if (current && mode !== 'replace') mask.set(current);
	const allOn = current !== undefined && slots.every((s) => current[s] === 1);
	const value = mode === 'toggle' && allOn ? 0 : 1;
	for (const s of slots) mask[s] = value;
	return patchOf(mask);
}
