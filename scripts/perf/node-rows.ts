/** The perf table's Node rows: ingest against papaparse and DuckDB, filter plus cube, Gi* and emerging hot spots. */
import { join } from 'node:path';
import { runEmergingBench } from '../bench/emerging-bench';
import { runFilterBench } from '../bench/filter-bench';
import { runGiStarBench } from '../bench/gi-star-bench';
import { runIngestBench } from '../bench/ingest-bench';
import { PARALLEL_MIN_BYTES } from '../../src/lib/analysis/ingest/split-point';
import { writeGeneratedCsv } from './csv-file';
import { duckDbParse } from './duckdb-parse';
import type { PerfOptions } from './main';
import { count, ms, ratio, seconds, verdict, type PerfRow } from './table';

const SEED = 20240101;
const SHARED = new URL('../../../shared/data/open/', import.meta.url).pathname;

export async function nodeRows(options: PerfOptions, work: string): Promise<PerfRow[]> {
	const short = options.short;
	const rows: PerfRow[] = [];
	const ingestRows = short ? 100_000 : 1_000_000;
	for (const r of await runIngestBench({ rows: ingestRows })) {
		// The same seeded file the ingest read, written to disk for DuckDB.
		const path = join(work, `duckdb-${r.unique ? 'unique' : 'snapped'}.csv`);
		writeGeneratedCsv(path, ingestRows, SEED, SHARED, { unique: r.unique });
		const duck = await duckDbParse(path, 2, short ? 1 : 3);
		// The app reads a single CSV of PARALLEL_MIN_BYTES or more on two threads, a smaller one on one: judge that path.
		const twoThreads = r.bytes >= PARALLEL_MIN_BYTES && !r.parallelFellBack;
		const app = twoThreads ? r.parallelSeconds : r.oursSeconds;
		const times = `two threads ${seconds(r.parallelSeconds)}${r.parallelIdentical ? ' (result identical to one thread)' : ' (RESULT DIFFERS from one thread)'}, one thread ${seconds(r.oursSeconds)}`;
		rows.push({
			figure: `ingest ${count(ingestRows)} rows (${Math.round(r.bytes / 2 ** 20)} MB), ${r.input}: parse, dates, 3 H3 resolutions, LSOA/district, row report`,
			measured: `${seconds(app)} on the app's path, ${twoThreads ? 'two threads' : 'one thread'} (${times}); thread CPU ${seconds(r.parallelCpuSeconds)} on the two threads' critical path; peak rss ${r.parallelPeakRssMB} MB`,
			baseline: `papaparse + per-row latLngToCell ${seconds(r.baselineSeconds)} (${ratio(r.baselineSeconds / app)} of ours); DuckDB read_csv_auto, ${duck.threads} threads ${seconds(duck.seconds)} (${ratio(duck.seconds / app)} of ours)`,
			target: 'at most 2 s, at least 3x papaparse, no slower than DuckDB',
			verdict: verdict(app <= 2 && r.baselineSeconds / app >= 3 && app <= duck.seconds && r.parallelIdentical, short)
		});
	}

	const filterRows = short ? 100_000 : 1_000_000;
	const filter = await runFilterBench({ rows: filterRows });
	const worst = Math.max(...filter.cases.map((c) => c.oursMs));
	for (const c of filter.cases) {
		rows.push({
			figure: `filter plus cube at ${count(filterRows)} rows: ${c.name}`,
			measured: `${ms(c.oursMs)} (median)`,
			baseline: `naive loop ${ms(c.naiveMs)} (${ratio(c.naiveMs / c.oursMs)})`,
			target: 'at most 20 ms, worst case',
			verdict: verdict(worst <= 20, short)
		});
	}

	const gi = runGiStarBench(short ? 5 : 15);
	rows.push({
		figure: `Gi* on ${count(gi.cells)} cells (k = 1)`,
		measured: `${ms(gi.oursMs)} (neighbour lists built once in ${ms(gi.buildMs)})`,
		baseline: `naive gridDisk loop ${ms(gi.naiveMs)} (${ratio(gi.naiveMs / gi.oursMs)}); largest z difference ${gi.maxDiff.toExponential(1)}`,
		target: 'at most 10 ms',
		verdict: verdict(gi.oursMs <= 10, false)
	});
	const em = await runEmergingBench(short ? 2 : 5);
	rows.push({
		figure: `emerging hot spots, resolution 8, ${em.steps} monthly steps (${count(em.cells)} study cells, synthetic demo)`,
		measured: ms(em.emergingMs),
		baseline: `naive gridDisk Gi* once per step ${ms(em.naiveMs)} (${ratio(em.naiveMs / em.emergingMs)}); one Gi* request ${ms(em.giStarMs)}`,
		target: 'at most 1 s',
		verdict: verdict(em.emergingMs <= 1000, false)
	});
	return rows;
}
