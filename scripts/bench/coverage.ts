/**
 * The longer run of the rate-ratio coverage check (issue 14): 2,000 LSOA tables simulated from a negative
 * binomial fitted to the police.uk sample; prints how often each 95% interval holds the true ratio.
 */
import { coverage, fitCoverageModel } from '../../src/lib/test-support/rate-ratio-coverage';

const TABLES = Number(process.env.COVERAGE_TABLES ?? 2000);
const SEED = 20240101;

const model = fitCoverageModel();
const started = performance.now();
const result = coverage(model, TABLES, SEED);
const seconds = (performance.now() - started) / 1000;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(
	`rate-ratio coverage: ${result.tables} tables (seed ${SEED}; negative binomial k = ${model.k.toFixed(3)}, true ratio ${model.trueRatio.toFixed(2)}, decile-1 LSOAs ${model.groups[0].mu.length}, decile-10 ${model.groups[1].mu.length})`
);
console.log(`  bootstrap over LSOAs (2,000 resamples): ${pct(result.bootstrap)} (target 92-98%): ${result.bootstrap >= 0.92 && result.bootstrap <= 0.98 ? 'MET' : 'NOT MET'}`);
console.log(`  Poisson (assumes independence):         ${pct(result.poisson)}`);
console.log(`  ${seconds.toFixed(1)} s for ${result.tables} tables`);
console.log(JSON.stringify({ coverageBench: { tables: result.tables, bootstrap: result.bootstrap, poisson: result.poisson, seconds } }));
