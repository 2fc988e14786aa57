import { describe, expect, it } from 'vitest';
import { coverage, fitCoverageModel } from '$lib/test-support/rate-ratio-coverage';

describe('deprivation rate ratio: coverage of the 95% interval on clustered counts', () => {
	it('the LSOA bootstrap covers the true ratio in 92-98% of 500 simulated tables; the Poisson interval does not', () => {
		const model = fitCoverageModel();
		// The sample's clustering, which the simulation reproduces: decile-1 counts vary far more than Poisson.
		expect(model.observedDispersion).toBeGreaterThan(10);
		const result = coverage(model, 500, 20240101);
		console.log(
			`coverage over ${result.tables} tables (k = ${model.k.toFixed(3)}, true ratio ${model.trueRatio.toFixed(2)}, decile-1 dispersion ${model.observedDispersion.toFixed(1)}): bootstrap ${(result.bootstrap * 100).toFixed(1)}%, Poisson ${(result.poisson * 100).toFixed(1)}%`
		);
		expect(result.skipped).toBe(0);
		expect(result.bootstrap).toBeGreaterThanOrEqual(0.92);
		expect(result.bootstrap).toBeLessThanOrEqual(0.98);
		expect(result.poisson).toBeLessThan(0.8);
	}, 120_000);
});
