/**
 * NHS England "Making Data Count" special-cause rules, run over the whole series (baseline included), as MDC does:
 * - beyond_limit: a point strictly above upper or below lower; a lower limit floored at 0 cannot be crossed.
 * - run: RUN_LENGTH or more consecutive points on one side of the mean (the Poisson median on a c-chart,
 *   limits.runCentre, where a point on it ends the run). A point exactly on the XmR mean neither
 *   counts towards nor breaks a run (MDC's reading), and is not among the run's points.
 * - trend: TREND_LENGTH or more consecutive points each strictly higher (or lower) than the one before; an
 *   equal value breaks it. The mean plays no part.
 * - two_of_three: in three consecutive points, two or more strictly beyond the same 2-sigma line (the third
 *   anywhere). Only the points beyond the line are the signal's points; overlapping windows merge into one.
 * A null breaks runs, trends and two-of-three windows. Each maximal run or trend is reported once.
 * Signals come sorted by their first point, then by rule in the order above.
 */
import type { ChartLimits } from './control-chart';

export type SignalRule = 'beyond_limit' | 'run' | 'trend' | 'two_of_three';

export interface Signal {
	rule: SignalRule;
	direction: 'up' | 'down';
	/** Indices into values of the points that make the signal. */
	points: number[];
	/** The line the points crossed, for words: the process limit, the mean (run) or the 2-sigma line; absent for a trend. */
	limit?: number;
}

/** MDC: seven points on one side of the mean. */
export const RUN_LENGTH = 7;
/** MDC: seven points each rising (or falling), as NHSRplotthedots counts them. */
export const TREND_LENGTH = 7;
/** Two of three points beyond 2 sigma. */
const WINDOW = 3;
const IN_WINDOW = 2;

const RULE_ORDER: Readonly<Record<SignalRule, number>> = { beyond_limit: 0, run: 1, trend: 2, two_of_three: 3 };

function beyondLimits(values: readonly (number | null)[], limits: ChartLimits): Signal[] {
	const out: Signal[] = [];
	values.forEach((v, i) => {
		if (v === null) return;
		if (v > limits.upper) out.push({ rule: 'beyond_limit', direction: 'up', points: [i], limit: limits.upper });
		else if (!limits.lowerFloored && v < limits.lower) out.push({ rule: 'beyond_limit', direction: 'down', points: [i], limit: limits.lower });
	});
	return out;
}

/** `tiesBreak`: on a c-chart a count on the median ends a run, since with rare events most months sit on it and skipping them would join scattered months into one "run". */
function runs(values: readonly (number | null)[], mean: number, tiesBreak: boolean): Signal[] {
	const out: Signal[] = [];
	let side: 'up' | 'down' | null = null;
	let points: number[] = [];
	const close = () => {
		if (side && points.length >= RUN_LENGTH) out.push({ rule: 'run', direction: side, points, limit: mean });
		side = null;
		points = [];
	};
	values.forEach((v, i) => {
		if (v === null) return close();
		// On the mean: skipped, so the run carries on over it (on a c-chart's median it ends the run).
		if (v === mean) return tiesBreak ? close() : undefined;
		const here = v > mean ? 'up' : 'down';
		if (here !== side) close();
		side = here;
		points.push(i);
	});
	close();
	return out;
}

function trends(values: readonly (number | null)[]): Signal[] {
	const out: Signal[] = [];
	let direction: 'up' | 'down' | null = null;
	let start = 0;
	const close = (end: number) => {
		if (direction && end - start + 1 >= TREND_LENGTH) out.push({ rule: 'trend', direction, points: range(start, end) });
		direction = null;
	};
	for (let i = 1; i < values.length; i++) {
		const a = values[i - 1];
		const b = values[i];
		const step = a === null || b === null || a === b ? null : b > a ? 'up' : 'down';
		if (step !== direction) {
			close(i - 1);
			// A turning point ends one trend and starts the next.
			start = i - 1;
		}
		direction = step;
	}
	close(values.length - 1);
	return out;
}

function twoOfThree(values: readonly (number | null)[], limits: ChartLimits): Signal[] {
	const out: Signal[] = [];
	// A floored 2-sigma line of 0 cannot be crossed by a count, as for the 3-sigma limit.
	const lower2Floored = limits.lowerFloored && limits.lower2 === 0;
	const sides = [
		{ direction: 'up' as const, limit: limits.upper2, beyond: (v: number) => v > limits.upper2 },
		{ direction: 'down' as const, limit: limits.lower2, beyond: (v: number) => !lower2Floored && v < limits.lower2 }
	];
	for (const { direction, limit, beyond } of sides) {
		let group: number[] = [];
		let lastWindow = -Infinity;
		for (let w = 0; w + WINDOW <= values.length; w++) {
			const window = values.slice(w, w + WINDOW);
			if (window.some((v) => v === null)) continue;
			const hits = range(w, w + WINDOW - 1).filter((i) => beyond(values[i] as number));
			if (hits.length < IN_WINDOW) continue;
			// Windows that overlap the last qualifying one belong to the same signal.
			if (w - lastWindow >= WINDOW && group.length > 0) {
				out.push({ rule: 'two_of_three', direction, points: group, limit });
				group = [];
			}
			for (const i of hits) if (!group.includes(i)) group.push(i);
			lastWindow = w;
		}
		if (group.length > 0) out.push({ rule: 'two_of_three', direction, points: group, limit });
	}
	return out;
}

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/** Every special-cause signal in the series against the limits. */
export function detectSignals(values: readonly (number | null)[], limits: ChartLimits): Signal[] {
	const all = [...beyondLimits(values, limits), ...runs(values, limits.runCentre, limits.kind === 'c'), ...trends(values), ...twoOfThree(values, limits)];
	return all.sort((a, b) => a.points[0] - b.points[0] || RULE_ORDER[a.rule] - RULE_ORDER[b.rule]);
}
