/** `npm run bench` (fourth part): emerging hot spots at resolution 8 over 36 months (emerging-bench.ts). */
import { runEmergingBench } from './emerging-bench';

const f = await runEmergingBench();
console.log(`emerging hot spots bench: synthetic demo, ${f.cells.toLocaleString('en-GB')} study cells at resolution 8, ${f.steps} monthly steps, median of 5`);
console.log(`  emerging ${f.emergingMs.toFixed(0)} ms; naive gridDisk Gi* once per step ${f.naiveMs.toFixed(0)} ms (${(f.naiveMs / f.emergingMs).toFixed(1)}x); one Gi* request ${f.giStarMs.toFixed(0)} ms; target <= 1,000 ms: ${f.emergingMs <= 1000 ? 'MET' : 'NOT MET'}`);
console.log(JSON.stringify({ emergingBench: f }));
