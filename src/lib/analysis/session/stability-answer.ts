/**
 * The stability table's answer: consecutive, non-overlapping windows of equal length ending at the data's last
 * month, each window's hotspots by two definitions (Gi* hot at q < 0.05, and the top 5% of cells by count), and
 * the capture of each window's incidents by the previous window's hotspots.
 */
import { daysInMonth, monthOf, monthUkLabel as monthText, yearOf } from '../time/month-index';
import { consecutivePairs, persistence, topShare, type WindowCounts, type WindowPair } from '../stats/stability';
import type { HotspotAnswer } from './hotspots';

export type WindowLength = 'month' | 'quarter' | 'year';
const MONTHS: Record<WindowLength, number> = { month: 1, quarter: 3, year: 12 };

export interface StabilityWindow {
	label: string;
	fromMonth: number;
	toMonth: number;
	/** "YYYY-MM-DD" bounds, for the date filter of each window's pass. */
	dateFrom: string;
	dateTo: string;
	/** False when the window holds a month the import reported missing or incomplete. */
	comparable: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');


/** Windows of `length`, aligned to end at the last month of data; a partial window at the start is left out. */
export function stabilityWindows(dataMonths: readonly [number, number], length: WindowLength, flagged: ReadonlySet<number> = new Set()): StabilityWindow[] {
	const size = MONTHS[length];
	const out: StabilityWindow[] = [];
	for (let to = dataMonths[1]; to - size + 1 >= dataMonths[0]; to -= size) {
		const from = to - size + 1;
		const label = size === 1 ? monthText(from) : size === 12 && monthOf(from) === 1 ? String(yearOf(from)) : `${monthText(from)} to ${monthText(to)}`;
		let comparable = true;
		for (let m = from; m <= to; m++) if (flagged.has(m)) comparable = false;
		out.unshift({ label, fromMonth: from, toMonth: to, dateFrom: `${yearOf(from)}-${pad(monthOf(from))}-01`, dateTo: `${yearOf(to)}-${pad(monthOf(to))}-${pad(daysInMonth(to))}`, comparable });
	}
	return out;
}

export interface StabilityAnswer {
	datasetId: string;
	length: WindowLength;
	resolution: number;
	k: number;
	cells: number;
	windows: (Omit<StabilityWindow, 'dateFrom' | 'dateTo'> & { incidents: number })[];
	/** Pairs of consecutive comparable windows, by hotspot definition. */
	pairs: { gi: WindowPair[]; top5: WindowPair[] };
	/** Cells by how often they were hotspots: in every window, in at least half, in at least one. */
	persistence: { gi: { always: number; half: number; ever: number }; top5: { always: number; half: number; ever: number } };
}

function persistenceSummary(windows: readonly WindowCounts[]) {
	const p = persistence(windows);
	let always = 0;
	let half = 0;
	let ever = 0;
	for (const v of p) {
		if (v >= 1 - 1e-9) always++;
		if (v >= 0.5 - 1e-9) half++;
		if (v > 0) ever++;
	}
	return { always, half, ever };
}

/** From each window's Gi* answer (same cells, same order). Pairs span only comparable neighbours. */
export function stabilityAnswer(datasetId: string, length: WindowLength, windows: readonly StabilityWindow[], answers: readonly HotspotAnswer[]): StabilityAnswer {
	const gi: WindowCounts[] = answers.map((a, i) => ({ label: windows[i].label, counts: a.counts, hot: Array.from(a.classes, (c) => c >= 2) }));
	const top5: WindowCounts[] = answers.map((a, i) => ({ label: windows[i].label, counts: a.counts, hot: topShare(a.counts) }));
	const comparablePairs = (list: WindowCounts[]) => consecutivePairs(list).filter((_, i) => windows[i].comparable && windows[i + 1].comparable);
	const usable = (list: WindowCounts[]) => list.filter((_, i) => windows[i].comparable);
	return {
		datasetId,
		length,
		resolution: answers[0]?.resolution ?? 0,
		k: answers[0]?.k ?? 0,
		cells: answers[0]?.cells.length ?? 0,
		windows: windows.map((w, i) => ({ label: w.label, fromMonth: w.fromMonth, toMonth: w.toMonth, comparable: w.comparable, incidents: answers[i].incidents })),
		pairs: { gi: comparablePairs(gi), top5: comparablePairs(top5) },
		persistence: { gi: persistenceSummary(usable(gi)), top5: persistenceSummary(usable(top5)) }
	};
}
