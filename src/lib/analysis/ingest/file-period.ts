/**
 * The months an import covers in a dataset that grows: each read file's period runs from the first to the last
 * month of its kept rows (a police.uk file is one month; a partner extract its whole span, quiet months inside it
 * included), and an import covers the union of its files' periods. A later import replaces exactly these months.
 */
import type { SourceMonth } from './report';

/** First and last month of each source's kept rows, by source index; sources that kept nothing are absent. */
export function filePeriods(sourceMonths: readonly SourceMonth[]): Map<number, [number, number]> {
	const periods = new Map<number, [number, number]>();
	for (const { source, monthIndex, rows } of sourceMonths) {
		if (rows <= 0) continue;
		const p = periods.get(source);
		if (!p) periods.set(source, [monthIndex, monthIndex]);
		else periods.set(source, [Math.min(p[0], monthIndex), Math.max(p[1], monthIndex)]);
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
	return monthsOfPeriods(filePeriods(sourceMonths).values());
}
