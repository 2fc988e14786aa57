/**
 * `npm run bench` (second part): re-filtering 1,000,000 incidents and rebuilding the cube (cell counts and
 * every marginal) in one pass over the columns, against a naive baseline in the same run: one object per
 * row, Array.filter per criterion and a Map of counts. Target (DESIGN.md section 7): at most 20 ms, worst case.
 */
import { buildDemo } from '../demo/load-demo';
import { DEMO_SEED } from '../../src/lib/analysis/demo/generate';
import { NO_FILTERS, type FilterState } from '../../src/lib/analysis/filters/filter-state';
import { encodeMask, TIME_PRESETS } from '../../src/lib/analysis/filters/hour-of-week';
import { NUMERIC_COLUMNS, type IncidentColumns } from '../../src/lib/analysis/ingest/columns';
import { DatasetSession } from '../../src/lib/analysis/session/dataset-session';
import type { DatasetSummary } from '../../src/lib/analysis/session/dataset-summary';

const ROWS = Number(process.env.BENCH_FILTER_ROWS ?? 1_000_000);
const RUNS = 15;

/** The 60,000-row demo repeated to ROWS rows: the demo's real mix of places, times and groups. */
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

const night = encodeMask(TIME_PRESETS.find((p) => p.id === 'night')!.mask());
const CASES: [string, FilterState][] = [
	['no filters', NO_FILTERS],
	['20:00-04:00 night', { ...NO_FILTERS, hourOfWeek: night }],
	['Jan/May/Jun sexual offences, 5 districts', { ...NO_FILTERS, months: [1, 5, 6], groups: [2], districts: [0, 3, 5, 9, 10] }],
	['date range + knife + under-25s', { ...NO_FILTERS, dateFrom: '2024-04-01', dateTo: '2025-03-31', requiredFlags: 1, ageBands: [1, 2] }],
	['hexagons in IMD deciles 1-3', { ...NO_FILTERS, hexDeciles: [1, 2, 3] }]
];

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

/** The naive way: rows as objects, one Array.filter per criterion, counts in a Map keyed by cell. */
function naive(rows: { cell: number; hour: number; weekday: number; month: number; group: number; district: number; flags: number; age: number; time: number }[], f: FilterState, mask: Uint8Array | null) {
	let kept = rows.filter((r) => (r.flags & 64) === 0);
	if (mask) kept = kept.filter((r) => r.hour !== 255 && mask[r.weekday * 24 + r.hour] === 1);
	if (f.months) kept = kept.filter((r) => f.months!.includes(r.month));
	if (f.groups) kept = kept.filter((r) => f.groups!.includes(r.group));
	if (f.districts) kept = kept.filter((r) => f.districts!.includes(r.district));
	if (f.ageBands) kept = kept.filter((r) => f.ageBands!.includes(r.age));
	if (f.requiredFlags) kept = kept.filter((r) => (r.flags & f.requiredFlags) === f.requiredFlags);
	if (f.hexDeciles) kept = kept.filter((r) => f.hexDeciles!.includes((r.cell % 10) + 1));
	const counts = new Map<number, number>();
	for (const r of kept) counts.set(r.cell, (counts.get(r.cell) ?? 0) + 1);
	return counts.size;
}

const demo = buildDemo(DEMO_SEED).columns;
const columns = scaled(demo, ROWS);
const session = new DatasetSession(columns, { id: 'bench', cells: columns.cells, lsoaCodes: demo.lsoaCodes, lsoaNames: demo.lsoaCodes } as unknown as DatasetSummary);
// A stand-in decile per res-9 cell, so the hexagon-decile filter is timed on every cell.
const cellDeciles = Uint8Array.from(columns.cells[9], (_, c) => (c % 10) + 1);
const rows = Array.from({ length: ROWS }, (_, i) => ({
	cell: columns.cell9[i],
	hour: columns.hour[i],
	weekday: columns.weekday[i],
	month: columns.month[i],
	group: columns.group[i],
	district: columns.district[i],
	flags: columns.flags[i],
	age: columns.ageBand[i],
	time: columns.time[i]
}));
console.log(`filter bench: ${ROWS.toLocaleString('en-GB')} incidents (the synthetic demo repeated), ${columns.cells[9].length} res-9 cells, median of ${RUNS} runs`);

const results = CASES.map(([name, filters]) => {
	const mask = filters.hourOfWeek ? TIME_PRESETS.find((p) => encodeMask(p.mask()) === filters.hourOfWeek)!.mask() : null;
	for (let i = 0; i < 3; i++) session.cube(filters, 9, { cellDeciles });
	const ours: number[] = [];
	let total = 0;
	for (let i = 0; i < RUNS; i++) {
		const t0 = performance.now();
		total = session.cube(filters, 9, { cellDeciles }).total;
		ours.push(performance.now() - t0);
	}
	const base: number[] = [];
	for (let i = 0; i < 5; i++) {
		const t0 = performance.now();
		naive(rows, filters, mask);
		base.push(performance.now() - t0);
	}
	const [o, b] = [median(ours), median(base)];
	console.log(`  ${name.padEnd(44)} ours ${o.toFixed(1).padStart(6)} ms  naive ${b.toFixed(1).padStart(7)} ms  ratio ${(b / o).toFixed(1)}x  (${total.toLocaleString('en-GB')} kept)`);
	return { name, oursMs: +o.toFixed(2), naiveMs: +b.toFixed(2) };
});
const worst = Math.max(...results.map((r) => r.oursMs));
// DESIGN.md section 7: re-filtering 1,000,000 incidents and rebuilding the cube, at most 20 ms in the worst case.
const TARGET_MS = 20;
console.log(`filter + cube at ${ROWS.toLocaleString('en-GB')} rows: worst median ${worst.toFixed(1)} ms (target <= ${TARGET_MS} ms, DESIGN.md section 7): ${worst <= TARGET_MS ? 'MET' : 'NOT MET'}`);
console.log(JSON.stringify({ filterBench: results }));
