/**
 * Re-filtering 1,000,000 incidents and rebuilding the cube (cell counts and every marginal) through
 * DatasetSession.cube, against a naive baseline in the same run: one object per row, Array.filter per
 * criterion and a Map of counts. Also times the row-by-row pass the session used before its cube index, so
 * before and after come from one process. Target (DESIGN.md section 7): at most 20 ms in the worst case.
 * Returns figures; filter.ts prints them and `npm run perf` tabulates them.
 */
import { buildDemo } from '../demo/load-demo';
import { DEMO_SEED } from '../../src/lib/analysis/demo/generate';
import { monthRangeOf } from '../../src/lib/analysis/filters/cube';
import { buildCubeByRow } from '../../src/lib/analysis/filters/cube-rows';
import { compileFilter, NO_FILTERS, type FilterState } from '../../src/lib/analysis/filters/filter-state';
import { encodeMask, TIME_PRESETS } from '../../src/lib/analysis/filters/hour-of-week';
import { DISTRICTS } from '../../src/lib/analysis/geography/districts';
import { NUMERIC_COLUMNS, type IncidentColumns } from '../../src/lib/analysis/ingest/columns';
import { definitionGroups } from '../../src/lib/analysis/offences/definition';
import { FLAG } from '../../src/lib/analysis/offences/groups';
import { DatasetSession, type CubeRequestOptions } from '../../src/lib/analysis/session/dataset-session';
import type { DatasetSummary } from '../../src/lib/analysis/session/dataset-summary';
import { locationsOf } from '../../src/lib/analysis/session/locations';
import { seededRandom } from '../../src/lib/analysis/ingest/fixtures/seeded-random';
import { median, timeMs } from './timing';

/** DESIGN.md section 7: re-filtering 1,000,000 incidents and rebuilding the cube, at most 20 ms in the worst case. */
export const FILTER_TARGET_MS = 20;

export interface FilterCaseFigures {
	name: string;
	/** Median of DatasetSession.cube (the cube index, as the app runs it). */
	oursMs: number;
	/** Median of the naive loop, same rows, same process. */
	naiveMs: number;
	/** Median of the row-by-row pass alone (what the session ran before the index), same options. */
	rowByRowMs: number;
	kept: number;
}

export interface FilterFigures {
	rows: number;
	shuffled: boolean;
	runs: number;
	cases: FilterCaseFigures[];
	worstMs: number;
	targetMs: number;
	met: boolean;
	/** The first cube of a fresh session: builds the coordinate index and the cube index once per dataset. */
	firstCubeMs: number;
}

/** The 60,000-row demo repeated to `rows` rows: the demo's real mix of places, times and groups. */
function scaled(columns: IncidentColumns, rows: number): IncidentColumns {
	const out = Object.fromEntries(
		NUMERIC_COLUMNS.map((k) => {
			const source = columns[k];
			const target = new (source.constructor as new (n: number) => typeof source)(rows);
			for (let i = 0; i < rows; i += source.length) target.set(source.subarray(0, Math.min(source.length, rows - i)), i);
			return [k, target];
		})
	);
	return { ...columns, ...out, length: rows } as IncidentColumns;
}

/** The same rows in a seeded random order: a real file is in no place order, while the repeated demo cycles through its places. */
function shuffled(columns: IncidentColumns): IncidentColumns {
	const rand = seededRandom(21);
	const order = Uint32Array.from({ length: columns.length }, (_, i) => i);
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[order[i], order[j]] = [order[j], order[i]];
	}
	const out = Object.fromEntries(
		NUMERIC_COLUMNS.map((k) => {
			const source = columns[k];
			const target = new (source.constructor as new (n: number) => typeof source)(source.length);
			for (let i = 0; i < order.length; i++) target[i] = source[order[i]];
			return [k, target];
		})
	);
	return { ...columns, ...out } as IncidentColumns;
}

const night = () => encodeMask(TIME_PRESETS.find((p) => p.id === 'night')!.mask());

/** The five cases the bench has always timed, then two that split months by date and ask for everything at once. */
function cases(): [string, FilterState, CubeRequestOptions][] {
	return [
		['no filters', NO_FILTERS, {}],
		['20:00-04:00 night', { ...NO_FILTERS, hourOfWeek: night() }, {}],
		['Jan/May/Jun sexual offences, 5 districts', { ...NO_FILTERS, months: [1, 5, 6], groups: [2], districts: [0, 3, 5, 9, 10] }, {}],
		['date range + knife + under-25s', { ...NO_FILTERS, dateFrom: '2024-04-01', dateTo: '2025-03-31', requiredFlags: 1, ageBands: [1, 2] }, {}],
		['hexagons in IMD deciles 1-3', { ...NO_FILTERS, hexDeciles: [1, 2, 3] }, {}],
		['12 Apr 2024-17 Mar 2025 (splits months)', { ...NO_FILTERS, dateFrom: '2024-04-12', dateTo: '2025-03-17' }, {}],
		['split dates + night + deciles 1-8, days, detail', { ...NO_FILTERS, dateFrom: '2024-04-12', dateTo: '2025-03-17', hourOfWeek: night(), hexDeciles: [1, 2, 3, 4, 5, 6, 7, 8] }, { days: true, detailCell: 100 }]
	];
}

interface NaiveRow {
	cell: number;
	hour: number;
	weekday: number;
	month: number;
	monthIndex: number;
	group: number;
	district: number;
	flags: number;
	age: number;
	time: number;
}

/** The naive way: rows as objects, one Array.filter per criterion, counts in a Map keyed by cell. */
function naive(rows: NaiveRow[], f: FilterState, mask: Uint8Array | null, deciles: Uint8Array) {
	const { fromMs, toMs, fromMonthIndex, toMonthIndex } = compileFilter(f);
	const outside = FLAG.outside;
	let kept = rows.filter((r) => (r.flags & outside) === 0);
	if (mask) kept = kept.filter((r) => r.hour !== 255 && mask[r.weekday * 24 + r.hour] === 1);
	if (f.months) kept = kept.filter((r) => f.months!.includes(r.month));
	if (f.groups) kept = kept.filter((r) => f.groups!.includes(r.group));
	if (f.districts) kept = kept.filter((r) => f.districts!.includes(r.district));
	if (f.ageBands) kept = kept.filter((r) => f.ageBands!.includes(r.age));
	if (f.requiredFlags) kept = kept.filter((r) => (r.flags & f.requiredFlags) === f.requiredFlags);
	if (f.hexDeciles) kept = kept.filter((r) => f.hexDeciles!.includes(deciles[r.cell]));
	if (f.dateFrom || f.dateTo) kept = kept.filter((r) => (r.time === r.time ? r.time >= fromMs && r.time < toMs : r.monthIndex >= fromMonthIndex && r.monthIndex <= toMonthIndex));
	const counts = new Map<number, number>();
	for (const r of kept) counts.set(r.cell, (counts.get(r.cell) ?? 0) + 1);
	return counts.size;
}

export function runFilterBench(options: { rows?: number; runs?: number; shuffle?: boolean } = {}): FilterFigures {
	const rows = options.rows ?? 1_000_000;
	const runs = options.runs ?? 15;
	const shuffle = options.shuffle === true;
	const demo = buildDemo(DEMO_SEED).columns;
	const columns = shuffle ? shuffled(scaled(demo, rows)) : scaled(demo, rows);
	const summary = { id: 'bench', cells: columns.cells, lsoaCodes: demo.lsoaCodes, lsoaNames: demo.lsoaCodes } as unknown as DatasetSummary;
	const session = new DatasetSession(columns, summary);
	// A stand-in decile per res-9 cell, so the hexagon-decile filter is timed on every cell.
	const cellDeciles = Uint8Array.from(columns.cells[9], (_, c) => (c % 10) + 1);
	const naiveRows: NaiveRow[] = Array.from({ length: rows }, (_, i) => ({
		cell: columns.cell9[i],
		hour: columns.hour[i],
		weekday: columns.weekday[i],
		month: columns.month[i],
		monthIndex: columns.monthIndex[i],
		group: columns.group[i],
		district: columns.district[i],
		flags: columns.flags[i],
		age: columns.ageBand[i],
		time: columns.time[i]
	}));
	const firstCubeMs = timeMs(() => session.cube(NO_FILTERS, 9, { cellDeciles }));
	const locations = locationsOf(columns.lng, columns.lat);
	const monthRange = monthRangeOf(columns.monthIndex);

	const figures = cases().map(([name, filters, extra]): FilterCaseFigures => {
		const request = { ...extra, cellDeciles };
		const mask = filters.hourOfWeek ? TIME_PRESETS.find((p) => encodeMask(p.mask()) === filters.hourOfWeek)!.mask() : null;
		// The options DatasetSession.cube passes, for the row-by-row pass.
		const compiled = compileFilter({ ...filters, groups: filters.groups ?? definitionGroups(filters.definition) });
		const rowOptions = {
			cells: columns.cell9,
			cellCount: columns.cells[9].length,
			districtCount: DISTRICTS.length,
			excludeFlag: FLAG.outside,
			cellExcludeFlag: FLAG.area_only,
			lsoaCount: demo.lsoaCodes.length,
			monthRange,
			period: { dateFrom: filters.dateFrom, dateTo: filters.dateTo },
			detailCell: extra.detailCell ?? -1,
			days: extra.days === true,
			cellDeciles,
			locations
		};
		for (let i = 0; i < 3; i++) session.cube(filters, 9, request);
		let kept = 0;
		const ours = Array.from({ length: runs }, () => timeMs(() => (kept = session.cube(filters, 9, request).total)));
		const rowByRow = Array.from({ length: Math.max(3, runs >> 1) }, () => timeMs(() => buildCubeByRow(columns, compiled, rowOptions)));
		const base = Array.from({ length: 5 }, () => timeMs(() => naive(naiveRows, filters, mask, cellDeciles)));
		return { name, oursMs: median(ours), naiveMs: median(base), rowByRowMs: median(rowByRow), kept };
	});
	const worstMs = Math.max(...figures.map((c) => c.oursMs));
	return { rows, shuffled: shuffle, runs, cases: figures, worstMs, targetMs: FILTER_TARGET_MS, met: worstMs <= FILTER_TARGET_MS, firstCubeMs };
}
