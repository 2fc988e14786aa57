/** `npm run bench` (third part): Gi* on 40,000 cells against a naive gridDisk loop (gi-star-bench.ts). */
import { runGiStarBench } from './gi-star-bench';

const f = runGiStarBench();
console.log(`Gi* bench: ${f.cells.toLocaleString('en-GB')} resolution-9 cells, k = 1, median of 15`);
console.log(`  ours ${f.oursMs.toFixed(2)} ms (neighbour lists built once in ${f.buildMs.toFixed(0)} ms)  naive gridDisk loop ${f.naiveMs.toFixed(1)} ms  ratio ${(f.naiveMs / f.oursMs).toFixed(1)}x; largest z difference ${f.maxDiff.toExponential(1)}`);
console.log(`  target <= 10 ms: ${f.oursMs <= 10 ? 'MET' : 'NOT MET'}`);
console.log(JSON.stringify({ giStarBench: f }));
