/**
 * Flags months that are missing or far below their neighbours, so charts grey them instead of
 * showing a fall in crime (police.uk's Kent 2018-11 and 2018-12 files are partial).
 */
import { daysInMonth, monthLabel } from '../time/month-index';
import type { SourceMonth } from './report';

export type MonthStatus = 'ok' | 'missing' | 'low';

export interface MonthSummary {
	readonly monthIndex: number;
	/** "YYYY-MM". */
	readonly month: string;
	readonly rows: number;
	/** Rows per day divided by the busiest neighbouring month's rows per day; NaN without neighbours. */
	readonly ratio: number;
	readonly status: MonthStatus;
}

/**
 * A month is "low" below 80% of the busiest present month within two months either side, per day.
 * Recorded crime per day in a county moves by about 10-15% month to month (February, summer peaks),
 * so a fall past 20% against every nearby month points to incomplete publication. Per-day rates stop
 * February reading as low; taking the busiest neighbour (not the median) keeps one partial month from
 * hiding the next. Kent 2018-11 is at 0.74 and 2018-12 at 0.43; real months in the shared files stay above 0.87.
 */
export const LOW_MONTH_RATIO = 0.8;
const NEIGHBOURS = 2;

/** The span from the first to the last month with rows, every month listed, gaps included. */
export function summariseMonths(rowsByMonth: ReadonlyMap<number, number>): MonthSummary[] {
	const present = [...rowsByMonth].filter(([, n]) => n > 0).map(([m]) => m);
	if (present.length === 0) return [];
	const first = Math.min(...present);
	const last = Math.max(...present);
	const perDay = (m: number) => (rowsByMonth.get(m) ?? 0) / daysInMonth(m);
	const out: MonthSummary[] = [];
	for (let m = first; m <= last; m++) {
		const rows = rowsByMonth.get(m) ?? 0;
		let busiest = 0;
		for (let d = -NEIGHBOURS; d <= NEIGHBOURS; d++) {
			if (d !== 0 && m + d >= first && m + d <= last) busiest = Math.max(busiest, perDay(m + d));
		}
		const ratio = busiest > 0 ? perDay(m) / busiest : NaN;
		const status: MonthStatus = rows === 0 ? 'missing' : ratio < LOW_MONTH_RATIO ? 'low' : 'ok';
		out.push({ monthIndex: m, month: monthLabel(m), rows, ratio, status });
	}
	return out;
}

/** The month summary of an import's rows per source and month (all sources together). */
export function summariseSourceMonths(sourceMonths: readonly SourceMonth[]): MonthSummary[] {
	const byMonth = new Map<number, number>();
	for (const sm of sourceMonths) byMonth.set(sm.monthIndex, (byMonth.get(sm.monthIndex) ?? 0) + sm.rows);
	return summariseMonths(byMonth);
}

/** Month indices the import flagged: missing or low by default, or only the missing ones (no rows at all). */
export function flaggedMonths(months: readonly MonthSummary[] | null | undefined, which: 'flagged' | 'missing' = 'flagged'): Set<number> {
	return new Set((months ?? []).filter((m) => (which === 'missing' ? m.status === 'missing' : m.status !== 'ok')).map((m) => m.monthIndex));
}
