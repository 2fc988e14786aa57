import { ckmeans } from 'simple-statistics';
import { formatCount } from '../text/numbers';
/**
 * Class breaks for colouring counts on the map, with legend labels that state exactly which whole
 * numbers fall in each class. Zero-count cells are never drawn, so classes start at the smallest count.
 */

export type ClassMethod = 'head-tail' | 'natural-breaks' | 'quantile' | 'equal-interval';

/** Methods in the order the style control lists them, with plain names; the help names the technique. */
export const CLASS_METHODS: readonly { key: ClassMethod; label: string }[] = [
	{ key: 'head-tail', label: 'Head/tail breaks' },
	{ key: 'natural-breaks', label: 'Natural breaks' },
	{ key: 'quantile', label: 'Quantile' },
	{ key: 'equal-interval', label: 'Equal interval' }
];

/**
 * The default. Counts per hexagon are heavy-tailed (many cells with a few incidents, a few with very many), so
 * quantile classes put a quarter of the county in the top class (on the police.uk sample at resolution 8,
 * 5 quantile classes give the top class most of the incidents). Head/tail breaks split at the mean again and
 * again inside the head, so the top class is the small, hot part of the map (Jiang 2013).
 */
export const DEFAULT_CLASS_METHOD: ClassMethod = 'head-tail';

/** A head keeps being split while it holds at most this share of the cells (Jiang 2013's 40% rule). */
export const HEAD_TAIL_LIMIT = 0.4;

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
 * range evenly; natural breaks are Jenks' optimal classes by Wang & Song's Ckmeans.1d.dp (simple-statistics'
 * ckmeans); head/tail breaks split at the mean, then at the mean of the values above it, while the head holds
 * at most 40% of the cells. Returns [] when no cell has a count.
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
	} else if (method === 'natural-breaks') {
		const distinct = new Set(sorted).size;
		for (const cluster of ckmeans(sorted, Math.min(k, distinct))) uppers.push(cluster[cluster.length - 1]);
	} else if (method === 'head-tail') {
		uppers.push(...headTailUppers(sorted, k));
	} else {
		const width = (hi - lo + 1) / k;
		for (let c = 1; c <= k; c++) {
			const upper = c === k ? hi : Math.floor(lo - 1 + width * c);
			if (uppers.length === 0 || upper > uppers[uppers.length - 1]) uppers.push(upper);
		}
	}
	return toClasses(lo, uppers);
}

/** Head/tail upper bounds of sorted positive counts: each break is the floor of the mean of the head above the last. */
function headTailUppers(sorted: readonly number[], k: number): number[] {
	const uppers: number[] = [];
	let from = 0;
	while (uppers.length < k - 1) {
		const head = sorted.slice(from);
		const mean = head.reduce((s, v) => s + v, 0) / head.length;
		const upper = Math.floor(mean);
		// The head: cells above the mean. Whole-number classes put a count equal to the floor in the tail.
		let next = from;
		while (next < sorted.length && sorted[next] <= upper) next++;
		if (next === from || next === sorted.length || (sorted.length - next) / head.length > HEAD_TAIL_LIMIT) break;
		uppers.push(upper);
		from = next;
	}
	uppers.push(sorted[sorted.length - 1]);
	return uppers;
}

/** Index of the class holding `value`, or -1 below the first class (zero counts). */
export function classIndex(value: number, classes: readonly CountClass[]): number {
	for (let i = 0; i < classes.length; i++) if (value <= classes[i].max) return value >= classes[i].min ? i : -1;
	return classes.length - 1;
}
