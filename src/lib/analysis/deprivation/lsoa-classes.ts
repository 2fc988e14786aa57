/**
 * Classes for colouring LSOAs by incident count or by rate per 1,000 residents (the overlay's "count" and
 * "rate" modes). LSOAs with no incidents get their own class, so a zero never shares a colour with a few.
 */
import { formatCount, formatFixed } from '../text/numbers';

export type LsoaValueMode = 'count' | 'rate';

export interface ValueClass {
	/** Inclusive bounds of the values in the class. */
	min: number;
	max: number;
	label: string;
}

/** Count, or incidents per 1,000 residents, per table row. */
export function lsoaValues(counts: ArrayLike<number>, population: ArrayLike<number>, mode: LsoaValueMode): Float64Array {
	const out = new Float64Array(counts.length);
	for (let i = 0; i < counts.length; i++) out[i] = mode === 'count' ? counts[i] : population[i] > 0 ? (counts[i] / population[i]) * 1000 : 0;
	return out;
}

function format(v: number, mode: LsoaValueMode): string {
	return mode === 'count' && Number.isInteger(v) ? formatCount(v) : formatFixed(v, 1);
}

/**
 * A "0" class when some value is 0, then up to k quantile classes of the positive values (ties keep classes
 * fewer rather than split one value across two colours). Returns [] when every value is 0.
 */
export function valueClasses(values: ArrayLike<number>, k: number, mode: LsoaValueMode): ValueClass[] {
	if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive whole number, got ${k}`);
	const positive: number[] = [];
	let zeros = 0;
	for (let i = 0; i < values.length; i++) {
		if (values[i] > 0) positive.push(values[i]);
		else zeros++;
	}
	positive.sort((a, b) => a - b);
	const classes: ValueClass[] = zeros > 0 ? [{ min: 0, max: 0, label: '0' }] : [];
	let min = positive[0];
	for (let c = 1; c <= k && positive.length > 0; c++) {
		const max = positive[Math.ceil((c * positive.length) / k) - 1];
		if (classes.length > 0 && max <= classes[classes.length - 1].max) continue;
		classes.push({ min, max, label: min === max ? format(min, mode) : `${format(min, mode)}–${format(max, mode)}` });
		min = positive.find((v) => v > max) ?? max;
	}
	return classes;
}

/** Index of the class holding v (values above the last class go in the last). */
export function valueClassIndex(v: number, classes: readonly ValueClass[]): number {
	for (let i = 0; i < classes.length; i++) if (v <= classes[i].max) return i;
	return classes.length - 1;
}

/** What the LSOA overlay is coloured by. */
export type ImdColourBy = 'decile' | 'count' | 'rate';
