/**
 * `npm run bench` (second part): re-filtering incidents and rebuilding the cube, ours against a naive loop
 * and the old row-by-row pass in the same run (filter-bench.ts). BENCH_ROWS (or BENCH_FILTER_ROWS) for fewer
 * than 1,000,000 rows; BENCH_SHUFFLE=1 puts the rows in random order. Target (DESIGN.md section 7): at most
 * 20 ms, worst case, at 1,000,000 rows.
 */
import { runFilterBench } from './filter-bench';

const rows = Number(process.env.BENCH_ROWS ?? process.env.BENCH_FILTER_ROWS ?? 1_000_000);
const f = runFilterBench({ rows, shuffle: process.env.BENCH_SHUFFLE === '1' });
const ms = (v: number) => `${v.toFixed(1).padStart(6)} ms`;
console.log(`filter bench: ${f.rows.toLocaleString('en-GB')} incidents (the synthetic demo repeated${f.shuffled ? ', rows shuffled' : ''}), resolution 9, median of ${f.runs} runs`);
console.log(`  first cube of a fresh session (coordinate and cube indexes, once per dataset): ${f.firstCubeMs.toFixed(0)} ms`);
for (const c of f.cases) {
	console.log(
		`  ${c.name.padEnd(48)} ours ${ms(c.oursMs)}  naive ${ms(c.naiveMs)}  ratio ${(c.naiveMs / c.oursMs).toFixed(1)}x  (row by row ${ms(c.rowByRowMs)}; ${c.kept.toLocaleString('en-GB')} kept)`
	);
}
const scale = f.rows === 1_000_000 ? '' : ` (at ${f.rows.toLocaleString('en-GB')} rows; the target is for 1,000,000)`;
console.log(`filter + cube: worst median ${f.worstMs.toFixed(1)} ms, target <= ${f.targetMs} ms (DESIGN.md section 7): ${f.met ? 'MET' : 'NOT MET'}${scale}`);
console.log(JSON.stringify({ filterBench: f }));
