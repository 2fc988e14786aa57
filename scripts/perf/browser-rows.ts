/** The perf table's browser rows: start-up, hexagons, initial JS, a large import with filtering, and scale. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { median } from '../bench/timing';
import { initialJs, launchBrowser, measureImport, measureStartup, serveApp, type ImportFigures } from './browser';
import { writeGeneratedCsv } from './csv-file';
import type { PerfOptions } from './main';
import { TAB_BASE_BYTES, TAB_BYTES_PER_ROW } from '../../src/lib/analysis/ingest/tab-capacity';
import { count, mib, ms, ratio, seconds, verdict, type PerfRow } from './table';

const BUILD = 'build';
// Not 4190: browsers and fetch refuse it (the "bad ports" list).
const PORT = 4188;
const SEED = 20240101;
const SHARED = new URL('../../../shared/data/open/', import.meta.url).pathname;
const TAB_BUDGET_BYTES = 1.5 * 2 ** 30;
const LONG_TASK_MS = 50;

const longTaskText = (tasks: readonly number[]) => {
	const over = tasks.filter((t) => t > LONG_TASK_MS);
	return over.length === 0 ? 'none over 50 ms' : `${over.length} over 50 ms, longest ${ms(Math.max(...over))}`;
};

function importRow(label: string, f: ImportFigures, short: boolean, budget: boolean): PerfRow {
	return {
		figure: `import ${count(f.rows)} rows in the tab (${mib(f.fileBytes)} file): time and peak memory`,
		measured: `${seconds(f.importMs / 1000)} to the worker's answer (${seconds(f.wallMs / 1000)} to the report), peak ${mib(f.peakRendererBytes)} (renderer process)`,
		baseline: label,
		target: budget ? 'under 1.5 GB at 5,000,000' : 'report',
		verdict: budget ? verdict(f.peakRendererBytes < TAB_BUDGET_BYTES, short) : 'reported'
	};
}

export async function browserRows(options: PerfOptions, work: string): Promise<PerfRow[]> {
	if (!existsSync(join(BUILD, 'index.html'))) throw new Error('perf needs the built app: run npm run build first');
	const short = options.short;
	const app = await serveApp(BUILD, work, PORT);
	const browser = await launchBrowser();
	const rows: PerfRow[] = [];
	try {
		const s = await measureStartup(browser, app, short ? 2 : 5);
		rows.push({
			figure: 'map ready after navigation (first complete frame)',
			measured: ms(s.appReadyMs),
			baseline: `empty-style MapLibre page ${ms(s.emptyMs)} (${ratio(s.appReadyMs / s.emptyMs)}); bare page with the app's style ${ms(s.styleMs)} (${ratio(s.appReadyMs / s.styleMs)})`,
			target: 'at most 1.5x the empty-style page',
			verdict: verdict(s.appReadyMs <= 1.5 * s.emptyMs, short)
		});
		rows.push({
			figure: "default dataset's hexagons drawn",
			measured: `${ms(s.hexesAfterReadyMs)} after map ready`,
			baseline: `map ready ${ms(s.appReadyMs)}`,
			target: 'at most 1 s after map ready',
			verdict: verdict(s.hexesAfterReadyMs <= 1000, short)
		});
		rows.push({ figure: 'long tasks before map ready', measured: longTaskText(s.longTasks), baseline: '-', target: 'report (goal: none over 50 ms)', verdict: 'reported' });
		const js = initialJs(BUILD, s.scriptsBeforeReady);
		rows.push({
			figure: "initial JS (the entry's module graph, run before anything is drawn)",
			measured: `${(js.gzipBytes / 1024).toFixed(0)} KB gzip in ${js.files.length} files (MapLibre's worker, off the main thread: ${(js.workerGzipBytes / 1024).toFixed(0)} KB more)`,
			baseline: '-',
			target: 'under 450 KB gzip',
			verdict: verdict(js.gzipBytes < 450 * 1024, false)
		});

		const importRows = short ? 100_000 : 1_000_000;
		const file = join(work, `perf-${importRows}-kent-street.csv`);
		writeGeneratedCsv(file, importRows, SEED, SHARED);
		const big = await measureImport(browser, app.url, file, importRows, true);
		const f = big.filters!;
		rows.push({
			figure: `filter change to map painted at ${count(importRows)} rows (8 month ticks)`,
			measured: `median ${ms(median(f.paintMs))}, max ${ms(Math.max(...f.paintMs))} click to painted frame`,
			baseline: `worker answer median ${ms(median(f.workerMs))}, max ${ms(Math.max(...f.workerMs))}`,
			target: 'report both',
			verdict: 'reported'
		});
		rows.push({
			figure: `long tasks during import and filtering at ${count(importRows)} rows`,
			measured: `import: ${longTaskText(big.import.longTasksDuringImport)}; filtering: ${longTaskText(f.longTasks)}`,
			baseline: '-',
			target: 'report (goal: none over 50 ms)',
			verdict: 'reported'
		});
		rows.push(importRow('-', big.import, short, false));

		if (!options.noScale) {
			const sizes = short ? [200_000, 500_000] : [2_000_000, 5_000_000];
			const scaled: ImportFigures[] = [];
			for (const n of sizes) {
				const path = join(work, `perf-${n}-kent-street.csv`);
				writeGeneratedCsv(path, n, SEED, SHARED);
				scaled.push((await measureImport(browser, app.url, path, n, false)).import);
			}
			// Memory per row between the two sizes: what the import's too-large check (tab-capacity.ts) is set from.
			const [a, b] = scaled;
			const perRow = (b.peakRendererBytes - a.peakRendererBytes) / (b.rows - a.rows);
			const base = a.peakRendererBytes - perRow * a.rows;
			rows.push(importRow('-', a, short, false));
			rows.push(importRow(`${Math.round(perRow)} bytes per row from ${count(a.rows)} to ${count(b.rows)} rows, over ${mib(base)} without an import (the too-large check assumes ${TAB_BYTES_PER_ROW} and ${mib(TAB_BASE_BYTES)})`, b, short, true));
		}
	} finally {
		await browser.close();
		app.stop();
	}
	return rows;
}
