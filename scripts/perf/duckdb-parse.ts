/**
 * The ingest's outside baseline (DESIGN.md section 7): DuckDB's read_csv_auto of the same file on 2 threads,
 * materialised into a table so every column is really parsed (a count alone would let it skip the columns).
 */
import { DuckDBInstance } from '@duckdb/node-api';

export interface DuckDbFigures {
	seconds: number;
	rows: number;
	threads: number;
}

export async function duckDbParse(path: string, threads = 2, runs = 3): Promise<DuckDbFigures> {
	const db = await DuckDBInstance.create(':memory:', { threads: String(threads) });
	const connection = await db.connect();
	const quoted = `'${path.replaceAll("'", "''")}'`;
	const times: number[] = [];
	let rows = 0;
	// The first run warms the file cache and DuckDB's own start-up; the best of the rest is reported.
	for (let r = 0; r <= runs; r++) {
		await connection.run('DROP TABLE IF EXISTS t');
		const t0 = performance.now();
		await connection.run(`CREATE TABLE t AS SELECT * FROM read_csv_auto(${quoted})`);
		const seconds = (performance.now() - t0) / 1000;
		if (r > 0) times.push(seconds);
		if (r === 0) rows = Number((await connection.runAndReadAll('SELECT count(*) FROM t')).getRows()[0][0]);
	}
	connection.closeSync();
	times.sort((a, b) => a - b);
	return { seconds: times[times.length >> 1], rows, threads };
}
