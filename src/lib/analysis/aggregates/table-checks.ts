/**
 * Checks that compare rows: a figure counted twice, by the same area for overlapping periods or by
 * nested areas for the same period, and a table that mixes period kinds. Later rows take the blame,
 * so the report points at the row to remove.
 */
import { COUNTY_KEY } from './areas';
import type { AggregateRowCode } from './codes';
import type { PeriodKind } from './periods';
import type { AggregateRow } from './row';

export interface TableProblem {
	/** Index into the rows checked. */
	index: number;
	code: AggregateRowCode;
	value: string;
	/** Line of the earlier row it clashes with. */
	conflictsWith?: number;
}

/** What one measure and age group already holds in one month: lines by area, by whole district, by LSOA district. */
interface MonthClaims {
	areas: Map<string, number>;
	whole: Map<number, number>;
	lsoa: Map<number, number>;
}

function describe(row: AggregateRow): string {
	return `${row.area.code === COUNTY_KEY ? row.area.name : `${row.area.name} (${row.area.code})`} ${row.period.label}`;
}

/** The earlier line the row clashes with, and how; null when it adds new ground. */
function clash(row: AggregateRow, claims: MonthClaims): { code: AggregateRowCode; line: number } | null {
	const same = claims.areas.get(row.area.code);
	if (same !== undefined) return { code: 'overlapping_period', line: same };
	for (const d of row.area.districts) {
		const line = claims.whole.get(d) ?? (row.area.level === 'lsoa' ? undefined : claims.lsoa.get(d));
		if (line !== undefined) return { code: 'overlapping_area', line };
	}
	return null;
}

function claim(row: AggregateRow, claims: MonthClaims): void {
	claims.areas.set(row.area.code, row.line);
	const into = row.area.level === 'lsoa' ? claims.lsoa : claims.whole;
	for (const d of row.area.districts) if (!into.has(d)) into.set(d, row.line);
}

/** Rows that would count a month twice for one measure and age group. */
export function overlapProblems(rows: readonly AggregateRow[]): TableProblem[] {
	const months = new Map<string, MonthClaims>();
	const problems: TableProblem[] = [];
	rows.forEach((row, index) => {
		const keys = Array.from({ length: row.period.months }, (_, m) => `${row.measure}|${row.ageGroup}|${row.period.start + m}`);
		const held = keys.map((k) => months.get(k) ?? months.set(k, { areas: new Map(), whole: new Map(), lsoa: new Map() }).get(k)!);
		for (const claims of held) {
			const found = clash(row, claims);
			if (found) {
				problems.push({ index, code: found.code, value: describe(row), conflictsWith: found.line });
				return;
			}
		}
		for (const claims of held) claim(row, claims);
	});
	return problems;
}

/** The kind most rows use; a tie goes to the kind of the first row. */
export function majorityKind(rows: readonly AggregateRow[]): PeriodKind | undefined {
	const counts = new Map<PeriodKind, number>();
	for (const row of rows) counts.set(row.period.kind, (counts.get(row.period.kind) ?? 0) + 1);
	let best: PeriodKind | undefined;
	for (const [kind, n] of counts) if (best === undefined || n > counts.get(best)!) best = kind;
	return best;
}

/** Every row of a kind other than the majority's. */
export function mixedPeriodProblems(rows: readonly AggregateRow[], skip: ReadonlySet<number>): TableProblem[] {
	const majority = majorityKind(rows.filter((_, i) => !skip.has(i)));
	const problems: TableProblem[] = [];
	rows.forEach((row, index) => {
		if (!skip.has(index) && row.period.kind !== majority) problems.push({ index, code: 'mixed_periods', value: `${row.period.label} (${row.period.kind.replace('_', ' ')}; the table is mostly ${majority?.replace('_', ' ')}s)` });
	});
	return problems;
}

/** Overlaps first (a yearly total beside its months is a double count, whatever else), then mixed kinds among the rest. */
export function tableProblems(rows: readonly AggregateRow[]): TableProblem[] {
	const overlaps = overlapProblems(rows);
	const mixed = mixedPeriodProblems(rows, new Set(overlaps.map((p) => p.index)));
	return [...overlaps, ...mixed].sort((a, b) => a.index - b.index);
}
