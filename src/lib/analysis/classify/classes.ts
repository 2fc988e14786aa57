import { formatCount } from '../text/numbers';
/**
 * Class breaks for colouring counts on the map, with legend labels that state exactly which whole
 * numbers fall in each class. Zero-count cells are never drawn, so classes start at the smallest count.
 */

export type ClassMethod = 'quantile' | 'equal-interval';

export interface CountClass {
	/** Smallest and largest count in the class (inclusive, whole numbers). */
	min: number;
	max: number;
	label: string;
}

/** Counts above zero, sorted ascending (a new array). */
function positiveSorted(values: ArrayLike<number>): number[] {
	const out: number[] = [];
	for (let i = 0; i < values.length; i++) if (values[i] > 0) out.push(values[i]);
	return out.sort((a, b) => a - b);
}

function label(min: number, max: number): string {
	return min === max ? formatCount(min) : `${formatCount(min)}–${formatCount(max)}`;
}

/** Turns ascending upper bounds into contiguous whole-number classes starting at `first`. */
function toClasses(first: number, uppers: number[]): CountClass[] {
	const classes: CountClass[] = [];
	let min = first;
	for (const upper of uppers) {
		if (upper < min) continue;
		classes.push({ min, max: upper, label: label(min, upper) });
		min = upper + 1;
	}
	return classes;
}

/**
 * Up to `k` classes of whole-number counts. Quantile classes hold roughly equal numbers of cells (ties keep
 * classes fewer than k rather than split one count across two colours); equal-interval classes split the
 * range evenly. Returns [] when no cell has a count.
 */
export function countClasses(values: ArrayLike<number>, k: number, method: ClassMethod): CountClass[] {
	if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive whole number, got ${k}`);
	const sorted = positiveSorted(values);
	if (sorted.length === 0) return [];
	const lo = sorted[0];
	const hi = sorted[sorted.length - 1];
	const uppers: number[] = [];
	if (method === 'quantile') {
		for (let c = 1; c <= k; c++) {
			const upper = sorted[Math.ceil((c * sorted.length) / k) - 1];
			if (uppers.length === 0 || upper > uppers[uppers.length - 1]) uppers.push(upper);
		}
	} else {
		const width = (hi - lo + 1) / k;
		for (let c = 1; c <= k; c++) {
			const upper = c === k ? hi : Math.floor(lo - 1 + width * c);
			if (uppers.length === 0 || upper > uppers[uppers.length - 1]) uppers.push(upper);
		}
	}
	return toClasses(lo, uppers);
}

/** Index of the class holding `value`, or -1 below the first class (zero counts). */
export function classIndex(value: number, classes: readonly CountClass[]): number {
	for (let i = 0; i < classes.length; i++) if (value <= classes[i].max) return value >= classes[i].min ? i : -1;
	return classes.length - 1;
}
