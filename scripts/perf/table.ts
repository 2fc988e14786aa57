/** The perf table: one row per figure, each with its baseline from the same run, its target and a verdict. */
export type Verdict = 'met' | 'not met' | 'reported';

export interface PerfRow {
	figure: string;
	measured: string;
	baseline: string;
	target: string;
	verdict: Verdict;
}

/** The verdict of a figure against a target that holds when `ok`; a short run reports, since targets are for full size. */
export function verdict(ok: boolean, short: boolean): Verdict {
	if (short) return 'reported';
	return ok ? 'met' : 'not met';
}

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function renderTable(rows: readonly PerfRow[], heading: readonly string[]): string {
	const lines = [...heading, '', '| figure | measured | baseline in the same run | target | verdict |', '|---|---|---|---|---|'];
	for (const r of rows) lines.push(`| ${[r.figure, r.measured, r.baseline, r.target, r.verdict].map(cell).join(' | ')} |`);
	const missed = rows.filter((r) => r.verdict === 'not met').length;
	const met = rows.filter((r) => r.verdict === 'met').length;
	lines.push('', `${met} met, ${missed} not met, ${rows.length - met - missed} reported without a target verdict.`);
	return lines.join('\n') + '\n';
}

/** Seconds with two decimals, milliseconds whole or to one decimal under 10. */
export const seconds = (s: number) => `${s.toFixed(2)} s`;
export const ms = (v: number) => (v < 10 ? `${v.toFixed(1)} ms` : `${Math.round(v).toLocaleString('en-GB')} ms`);
export const ratio = (r: number) => `${r.toFixed(2)}x`;
export const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString('en-GB')} MB`;
export const count = (n: number) => n.toLocaleString('en-GB');
