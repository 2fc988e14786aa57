/**
 * `npm run bench`: seeded 1,000,000-row police.uk CSVs through the whole ingest path (scan, months,
 * H3 7/8/9 each from the point itself, LSOA/district on the published boundaries, row report) against a
 * baseline of papaparse (header + dynamicTyping, one object per row) plus per-row latLngToCell at
 * resolution 9, in the same process. Two inputs: police.uk-like (snap points repeat, so the per-coordinate
 * memo helps) and unique coordinates (where it cannot). Prints ratios.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { latLngToCell } from 'h3-js';
import Papa from 'papaparse';
import { createIngest, renderIssuesCsv, summaryOf } from '../../src/lib/analysis/ingest/index';
import { CoordinateTable } from '../../src/lib/analysis/ingest/coordinate-table';
import type { AreaIndex } from '../../src/lib/analysis/spatial/area-index';
import { ASSIGNMENT_BOUNDARIES, readAssignmentAreas } from '../assignment-areas';
import { generatePoliceUkCsv, type GenerateOptions } from './generate';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SEED = 20240101;
const SHARED = new URL('../../../shared/data/open/', import.meta.url).pathname;
const MB = 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Peak rss and heapUsed, sampled by the code under test between chunks (a timer cannot fire inside sync work). */
class PeakMemory {
	rss = 0;
	heap = 0;
	sample(): void {
		const m = process.memoryUsage();
		if (m.rss > this.rss) this.rss = m.rss;
		if (m.heapUsed > this.heap) this.heap = m.heapUsed;
	}
}

function ours(chunks: readonly string[], areas: AreaIndex, peak?: PeakMemory) {
	const ingest = createIngest({ areas });
	ingest.beginFile('2024-kent-street.csv', 0);
	for (const c of chunks) {
		ingest.push(c);
		peak?.sample();
	}
	ingest.endFile();
	const result = ingest.finish();
	const issuesCsv = renderIssuesCsv(result.report);
	peak?.sample();
	return { result, issuesBytes: issuesCsv.length };
}

function baseline(text: string, peak?: PeakMemory): number {
	let cells = 0;
	let rows = 0;
	Papa.parse<Record<string, unknown>>(text, {
		header: true,
		dynamicTyping: true,
		skipEmptyLines: true,
		step: (row) => {
			const { Longitude: lng, Latitude: lat } = row.data;
			if (typeof lng === 'number' && typeof lat === 'number') {
				latLngToCell(lat, lng, 9);
				cells++;
			}
			if (++rows % 50_000 === 0) peak?.sample();
		}
	});
	peak?.sample();
	return cells;
}

/** Counted after the timed run, so the count costs ours nothing. */
function distinctCoordinates(lng: Float64Array, lat: Float64Array): number {
	const table = new CoordinateTable();
	for (let i = 0; i < lng.length; i++) if (table.get(lng[i], lat[i]) < 0) table.set(lng[i], lat[i], i);
	return table.size;
}

function time<T>(fn: () => T): [T, number] {
	const t0 = performance.now();
	const out = fn();
	return [out, (performance.now() - t0) / 1000];
}

const [areas, tAreas] = time(() => readAssignmentAreas());
console.log(`boundaries: ${areas.codes.length} LSOAs from ${ASSIGNMENT_BOUNDARIES} (published precision), indexed in ${tAreas.toFixed(2)} s (once per session, not counted below)`);

/** Times ours against the baseline on one generated input; both see the same text, each after a warm-up. */
function benchInput(name: string, options: GenerateOptions) {
	const [csv, tGen] = time(() => generatePoliceUkCsv(ROWS, SEED, SHARED, options));
	const text = csv.chunks.join('');
	console.log(`\ninput "${name}": ${ROWS.toLocaleString('en-GB')} rows, ${(csv.bytes / MB).toFixed(0)} MB, from ${csv.snapPoints.toLocaleString('en-GB')} snap points (${csv.snapSource}); generated in ${tGen.toFixed(2)} s`);

	// Warm both paths on a slice so neither pays for JIT compilation in the timed run.
	const warm = csv.chunks.slice(0, 10);
	ours(warm, areas);
	baseline(warm.join(''));

	gc();
	const before = process.memoryUsage();
	const peakOurs = new PeakMemory();
	const [{ result, issuesBytes }, tOurs] = time(() => ours(csv.chunks, areas, peakOurs));
	const summary = summaryOf(result.report);
	const c = result.columns;
	const distinct = distinctCoordinates(c.lng, c.lat);
	console.log(`  ours: ${tOurs.toFixed(2)} s  (${((tOurs * 1e6) / ROWS).toFixed(2)} us/row; ${c.length.toLocaleString('en-GB')} kept; ${distinct.toLocaleString('en-GB')} distinct coordinates, each given latLngToCell at 9, 8 and 7 and an LSOA; cells r9/r8/r7 ${c.cells[9].length}/${c.cells[8].length}/${c.cells[7].length}; issues CSV ${(issuesBytes / MB).toFixed(1)} MB)`);
	console.log(`  ours peak: rss ${(peakOurs.rss / MB).toFixed(0)} MB (+${((peakOurs.rss - before.rss) / MB).toFixed(0)} over the held input), heapUsed ${(peakOurs.heap / MB).toFixed(0)} MB (+${((peakOurs.heap - before.heapUsed) / MB).toFixed(0)})`);

	gc();
	const beforeBase = process.memoryUsage();
	const peakBase = new PeakMemory();
	const [cells, tBase] = time(() => baseline(text, peakBase));
	console.log(`  baseline (papaparse header+dynamicTyping + latLngToCell r9): ${tBase.toFixed(2)} s (${((tBase * 1e6) / ROWS).toFixed(2)} us/row; ${cells.toLocaleString('en-GB')} cells)`);
	console.log(`  baseline peak: rss ${(peakBase.rss / MB).toFixed(0)} MB (+${((peakBase.rss - beforeBase.rss) / MB).toFixed(0)}), heapUsed ${(peakBase.heap / MB).toFixed(0)} MB (+${((peakBase.heap - beforeBase.heapUsed) / MB).toFixed(0)})`);

	const ratio = tBase / tOurs;
	const met = ratio >= 3 && tOurs <= 2;
	console.log(`  ratio: ours is ${ratio.toFixed(2)}x the baseline (target >= 3x) and ${tOurs.toFixed(2)} s (target <= 2 s): ${met ? 'MET' : 'NOT MET'}`);
	return { input: name, rows: ROWS, distinct, oursSeconds: +tOurs.toFixed(3), baselineSeconds: +tBase.toFixed(3), ratio: +ratio.toFixed(2), met, peakRssMB: Math.round(peakOurs.rss / MB), peakHeapMB: Math.round(peakOurs.heap / MB), summary };
}

const results = [benchInput('police.uk-like (snap points repeat)', {}), benchInput('unique coordinates (no snap points)', { unique: true })];
console.log(JSON.stringify({ ingestBench: results }));
