/**
 * What an add did, in words for the row report: one line per month it covered (added, replaced with rows before
 * and after, or unchanged), then a summary with the months kept as before and any files left out as already imported.
 */
import type { AddReport } from '$lib/analysis/ingest/append-import';
import type { MonthChangeKind } from '$lib/analysis/ingest/month-changes';
import { formatCount } from '$lib/analysis/text/numbers';
import { monthUkLabel } from '$lib/analysis/time/month-index';

export interface MonthChangeLine {
	monthIndex: number;
	change: MonthChangeKind;
	text: string;
}

const rows = (n: number) => `${formatCount(n)} row${n === 1 ? '' : 's'}`;

export function monthChangeLines(added: AddReport): MonthChangeLine[] {
	return added.months.map(({ monthIndex, change, before, after }) => {
		const month = monthUkLabel(monthIndex);
		const text =
			change === 'added'
				? `${month}: added, ${rows(after)}`
				: change === 'replaced'
					? `${month}: replaced, ${formatCount(before)} → ${rows(after)}`
					: `${month}: unchanged, the same ${rows(after)} imported again`;
		return { monthIndex, change, text };
	});
}

/** "1 month added, 1 replaced, 0 unchanged; 3 kept as before." with the files left out, if any. */
export function addSummary(added: AddReport): string {
	const n = (kind: MonthChangeKind) => added.months.filter((m) => m.change === kind).length;
	const months = added.importId === null ? 'Nothing was added' : `${n('added')} month${n('added') === 1 ? '' : 's'} added, ${n('replaced')} replaced, ${n('unchanged')} unchanged`;
	const kept = `${added.keptAsBefore} month${added.keptAsBefore === 1 ? '' : 's'} kept as before`;
	const seen = added.alreadyImported.length ? ` Already imported, so not read again: ${added.alreadyImported.join(', ')}.` : '';
	return `${months}; ${kept}.${seen}`;
}
