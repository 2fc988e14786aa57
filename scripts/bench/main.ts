/**
 * `npm run bench`'s ingest part: runIngestBench (ingest-bench.ts) at BENCH_ROWS rows (1,000,000 by default), one
 * thread and two worker threads against the papaparse baseline; the figures end as one JSON line.
 */
import { runIngestBench } from './ingest-bench';

const results = await runIngestBench({ rows: Number(process.env.BENCH_ROWS ?? 1_000_000) });
console.log(JSON.stringify({ ingestBench: results }));
