/**
 * The months an import covers in a dataset that grows: each read file's period runs from the first to the last
 * month of its kept rows (a police.uk file is one month; a partner extract its whole span, quiet months inside it
 * included), and an import covers the union of its files' periods. A later import replaces exactly these months.
 * A gap of more than MAX_QUIET_MONTHS months with no rows splits a file's period, so one mis-dated row (2014 for
 * 2024) replaces its own month, never the ten years between.
 */
import type { SourceMonth } from './report';

/** Quiet months a period may hold inside it: a serious-violence extract with three empty months in a row is not one period. */
export const MAX_QUIET_MONTHS = 2;

/** The periods of each source's kept rows (first and last month of each run of months), by source index; sources that kept nothing are absent. */
export function filePeriods(sourceMonths: readonly SourceMonth[]): Map<number, [number, number][]> {
	const months = new Map<number, number[]>();
	for (const { source, monthIndex, rows } of sourceMonths) {
		if (rows <= 0) continue;
		const list = months.get(source) ?? [];
		list.push(monthIndex);
		months.set(source, list);
	}
	const periods = new Map<number, [number, number][]>();
	for (const [source, list] of months) {
		const sorted = [...new Set(list)].sort((a, b) => a - b);
		const runs: [number, number][] = [];
		for (const m of sorted) {
			const last = runs[runs.length - 1];
			if (last && m - last[1] - 1 <= MAX_QUIET_MONTHS) last[1] = m;
			else runs.push([m, m]);
		}
		periods.set(source, runs);
	}
	return periods;
}

/** Every month inside any of the periods, ascending, each once. */
export function monthsOfPeriods(periods: Iterable<readonly [number, number]>): number[] {
	const months = new Set<number>();
	for (const [first, last] of periods) for (let m = first; m <= last; m++) months.add(m);
	return [...months].sort((a, b) => a - b);
}

/** The months an import's rows cover, which adding it replaces. */
export function importMonths(sourceMonths: readonly SourceMonth[]): number[] {
	return monthsOfPeriods([...filePeriods(sourceMonths).values()].flat());
}
