/**
 * Emerging hot spots at resolution 8 over 36 monthly steps (issue 16: at most 1 s in the worker), timed through
 * the service on the synthetic demo, against one Gi* at the same resolution in the same run.
 */
import { NO_FILTERS } from '../../src/lib/analysis/filters/filter-state';
import { nodeService } from '../cli/node-service';

const s = nodeService();
await s.call('loadDemo', { seed: 20240101 });
// The study cells and neighbour lists are built by the first request of a dataset, as in the app.
await s.call('hotspots', { filters: NO_FILTERS, resolution: 8, k: 1 });
const time = async (f: () => Promise<unknown>) => {
	const t = performance.now();
	await f();
	return performance.now() - t;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gi: number[] = [];
const em: number[] = [];
for (let r = 0; r < 5; r++) {
	gi.push(await time(() => s.call('hotspots', { filters: NO_FILTERS, resolution: 8, k: 1 })));
	em.push(await time(() => s.call('emerging', { filters: NO_FILTERS, resolution: 8, k: 1, step: 'month' })));
}
const [g, e] = [median(gi), median(em)];
console.log(`emerging hot spots bench: synthetic demo (60,000 incidents), resolution 8, 36 monthly steps, median of 5`);
console.log(`  emerging ${e.toFixed(0)} ms against one Gi* request ${g.toFixed(0)} ms (${(e / g).toFixed(1)}x); target <= 1,000 ms: ${e <= 1000 ? 'MET' : 'NOT MET'}`);
console.log(JSON.stringify({ emergingBench: { emergingMs: e, giStarMs: g } }));
