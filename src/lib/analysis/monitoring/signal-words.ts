/**
 * Plain UK English for a special-cause signal, naming the periods by their labels, e.g.
 * "concern: 05/2025 above the upper limit (42 against 38.1)". Whether a signal is an improvement or a concern
 * depends on the measure's direction; the icon shows the signal's direction (up or down) and the UI colours it
 * by kind, as MDC's icons do.
 */
import type { Signal } from './chart-rules';
import { countToken } from './count-tokens';

export interface SignalWords {
	kind: 'improvement' | 'concern';
	icon: string;
	text: string;
}

export interface DescribeOptions {
	/** True for every Duty KPI: a fall is an improvement. */
	lowerIsBetter: boolean;
	unit: 'month' | 'quarter';
	/** What runs were counted about: the mean (XmR, the default) or the Poisson median (c-chart). */
	centre?: 'mean' | 'median';
}

const ICONS = { up: '▲', down: '▼' } as const;

/** Whole numbers as they are; anything else (a limit, a deseasonalised value) to one decimal place. */
function formatNumber(x: number): string {
	return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

/** "a, b and c". */
function listOf(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function describeSignal(signal: Signal, values: readonly (number | null)[], labels: readonly string[], options: DescribeOptions): SignalWords {
	const { rule, direction, points } = signal;
	const better = options.lowerIsBetter ? 'down' : 'up';
	const kind = direction === better ? 'improvement' : 'concern';
	// A missing label should not blank the sentence: name the point by its position instead.
	const label = (i: number) => labels[i] ?? `point ${i + 1}`;
	const units = (n: number) => `${n} ${options.unit}${n === 1 ? '' : 's'}`;
	const span = points.length > 0 ? `${label(points[0])} to ${label(points[points.length - 1])}` : '';
	const side = direction === 'up' ? 'above' : 'below';
	const limitName = direction === 'up' ? 'upper limit' : 'lower limit';
	let words: string;
	switch (rule) {
		case 'beyond_limit': {
			const value = values[points[0]];
			// A whole count is a token, so disclosure control can reach it where the sentence is shown.
			const shown = (v: number) => (Number.isInteger(v) && v >= 0 ? countToken(v) : formatNumber(v));
			const numbers = value !== null && value !== undefined && signal.limit !== undefined ? ` (${shown(value)} against ${formatNumber(signal.limit)})` : '';
			words = `${label(points[0])} ${side} the ${limitName}${numbers}`;
			break;
		}
		case 'run':
			words = `${units(points.length)} ${side} the baseline ${options.centre ?? 'mean'}, ${span}`;
			break;
		case 'trend':
			words = `${units(points.length)} ${direction === 'up' ? 'rising' : 'falling'} in a row, ${span}`;
			break;
		case 'two_of_three': {
			// Points two apart share a window of three; a longer cluster is counted over the months it spans.
			const spanned = Math.max(3, points[points.length - 1] - points[0] + 1);
			words = `${points.length} of ${units(spanned)} near the ${limitName} (beyond 2 sigma), ${listOf(points.map(label))}`;
			break;
		}
	}
	return { kind, icon: ICONS[direction], text: `${kind}: ${words}` };
}
