/**
 * Emerging hot spots at resolution 8 over 36 monthly steps (DESIGN.md section 7, issue 16: at most 1 s in the
 * worker), timed through the service on the synthetic demo, against the naive gridDisk Gi* loop run once per
 * step over the same study cells, in the same run.
 */
import { NO_FILTERS } from '../../src/lib/analysis/filters/filter-state';
import { Random } from '../../src/lib/analysis/stats/random';
import { nodeService } from '../cli/node-service';
import { naiveGiStar } from './gi-star-bench';
import { median, timeMs, timeMsAsync } from './timing';

export interface EmergingFigures {
	cells: number;
	steps: number;
	emergingMs: number;
	/** One Gi* request through the service at the same resolution. */
	giStarMs: number;
	/** The naive gridDisk Gi* loop once per step over the same study cells. */
	naiveMs: number;
}

const STEPS = 36;

export async function runEmergingBench(runs = 5): Promise<EmergingFigures> {
	const s = nodeService();
	await s.call('loadDemo', { seed: 20240101 });
	// The study cells and neighbour lists are built by the first request of a dataset, as in the app.
	const first = await s.call('hotspots', { filters: NO_FILTERS, resolution: 8, k: 1 });
	const cells = first.cells;
	const gi: number[] = [];
	const em: number[] = [];
	for (let r = 0; r < runs; r++) {
		gi.push(await timeMsAsync(() => s.call('hotspots', { filters: NO_FILTERS, resolution: 8, k: 1 })));
		em.push(await timeMsAsync(() => s.call('emerging', { filters: NO_FILTERS, resolution: 8, k: 1, step: 'month' })));
	}
	const random = new Random(20240101);
	const steps = Array.from({ length: STEPS }, () => cells.map(() => Math.floor(random.next() * 4)));
	const naiveMs = timeMs(() => steps.forEach((x) => naiveGiStar(cells, x)));
	return { cells: cells.length, steps: STEPS, emergingMs: median(em), giStarMs: median(gi), naiveMs };
}
