/**
 * Emerging hot spots for the current filters (issue 16 item 2): a space-time cube of counts per study cell and
 * month (or quarter), classified by stats/emerging.ts. Not available with fewer than 10 steps, or when a step
 * covers a month the import reported missing or incomplete (a gap would read as a cold spot).
 */
import { EMERGING_CLASSES, MIN_STEPS, emergingHotspots } from '../stats/emerging';
import type { IncidentColumns } from '../ingest/columns';
import type { HotspotCache } from './hotspots';
import { CELL_COLUMN, type MappedResolution } from './dataset-summary';
import { monthUkLabel as monthText } from '../time/month-index';

export type EmergingStep = 'month' | 'quarter';

export interface EmergingAnswer {
	datasetId: string;
	resolution: MappedResolution;
	k: number;
	step: EmergingStep;
	steps: number;
	/** Why the view is not available, or null. */
	unavailable: string | null;
	cells: readonly string[];
	/** Per cell: 0-7 hot classes, 8-15 cold (EMERGING_CLASSES order), -1 no pattern. */
	classes: Int8Array;
	counts: Uint32Array;
	trendZ: Float64Array;
	hot: number[];
	cold: number[];
}


export interface EmergingInput {
	datasetId: string;
	columns: IncidentColumns;
	/** Rows passing the filters (1) from the same pass as the map. */
	pass: Uint8Array;
	resolution: MappedResolution;
	k: number;
	step: EmergingStep;
	/** First and last month to cube (the data's, cut to the date range). */
	months: readonly [number, number];
	flagged: ReadonlySet<number>;
}

export function emergingAnswer(input: EmergingInput, cache: HotspotCache): EmergingAnswer {
	const { columns, pass, resolution, k, step } = input;
	const { cells, index } = cache.cellsAt(resolution);
	const size = step === 'quarter' ? 3 : 1;
	// Steps end at the last month; a partial step at the start is left out.
	const steps = Math.floor((input.months[1] - input.months[0] + 1) / size);
	const first = input.months[1] - steps * size + 1;
	const empty = (unavailable: string): EmergingAnswer => ({ datasetId: input.datasetId, resolution, k, step, steps, unavailable, cells, classes: new Int8Array(cells.length).fill(-1), counts: new Uint32Array(cells.length), trendZ: new Float64Array(cells.length), hot: EMERGING_CLASSES.map(() => 0), cold: EMERGING_CLASSES.map(() => 0) });
	if (steps < MIN_STEPS) return empty(`Emerging hot spots need at least ${MIN_STEPS} ${step === 'quarter' ? 'quarters' : 'months'} of data (as ArcGIS requires); these filters cover ${steps}.`);
	const gaps = [...input.flagged].filter((m) => m >= first && m <= input.months[1]).sort((a, b) => a - b);
	if (gaps.length) return empty(`The months ${gaps.map(monthText).join(', ')} were reported missing or incomplete at import; a gap would read as a cold spot, so choose a date range without them.`);
	const dictionary = columns.cells[resolution];
	const toStudy = Int32Array.from(dictionary, (c) => index.get(c) ?? -1);
	const cellColumn = columns[CELL_COLUMN[resolution]];
	const n = cells.length;
	const cube = new Float64Array(n * steps);
	const counts = new Uint32Array(n);
	for (let r = 0; r < columns.length; r++) {
		if (pass[r] === 0) continue;
		const m = columns.monthIndex[r];
		if (m < first || m > input.months[1]) continue;
		const i = toStudy[cellColumn[r]];
		if (i < 0) continue;
		cube[Math.floor((m - first) / size) * n + i]++;
		counts[i]++;
	}
	const result = emergingHotspots(cube, n, steps, cache.adjacencyAt(resolution, k));
	return { datasetId: input.datasetId, resolution, k, step, steps, unavailable: null, cells, classes: result.classes, counts, trendZ: result.trendZ, hot: result.hot, cold: result.cold };
}
