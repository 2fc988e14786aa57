/**
 * Rows taken out of an import after it was read (a later import replaced their month, or they repeat another
 * file's rows) stay counted: each file's report gains them as `replaced`, month by month, with what took them.
 */
import type { IncidentColumns } from './columns';
import type { FileReport } from './report';

/** Which rows stay (1) and, for the rest, how many leave per source and month. */
export function splitRows(columns: IncidentColumns, leaves: (monthIndex: number, source: number) => boolean): { keep: Uint8Array; dropped: Map<number, Map<number, number>> } {
	const keep = new Uint8Array(columns.length);
	const dropped = new Map<number, Map<number, number>>();
	for (let r = 0; r < columns.length; r++) {
		const [m, source] = [columns.monthIndex[r], columns.source[r]];
		if (!leaves(m, source)) {
			keep[r] = 1;
			continue;
		}
		const bySource = dropped.get(source) ?? new Map<number, number>();
		bySource.set(m, (bySource.get(m) ?? 0) + 1);
		dropped.set(source, bySource);
	}
	return { keep, dropped };
}

/** The file's report with the rows it lost counted, month by month; `by` names what took each month's rows. */
export function withReplaced(file: FileReport, dropped: ReadonlyMap<number, ReadonlyMap<number, number>>, by: (monthIndex: number) => string): FileReport {
	const mine = file.source >= 0 ? dropped.get(file.source) : undefined;
	if (!mine) return file;
	const months = [...mine].sort((a, b) => a[0] - b[0]);
	const rows = months.reduce((s, [, n]) => s + n, 0);
	return { ...file, replaced: (file.replaced ?? 0) + rows, replacements: [...(file.replacements ?? []), ...months.map(([monthIndex, n]) => ({ monthIndex, rows: n, by: by(monthIndex) }))] };
}
