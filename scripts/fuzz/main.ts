/**
 * `npm run fuzz [-- --cases 5000] [--seed 1] [--seconds 60]`: the long run of the fuzz targets (src/lib/test-support/
 * fuzz-targets.ts). Each target runs until its case count or time share is reached; a failure prints the target,
 * the seed and the case number that reproduce it, and the run exits 1.
 */
import { readAssignmentAreas } from '../assignment-areas';
import { seededRandom } from '../../src/lib/analysis/ingest/fixtures/seeded-random';
import { FUZZ_TARGETS } from '../../src/lib/test-support/fuzz-targets';

function option(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
	if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
	return v;
}

async function main(): Promise<number> {
	const cases = option('cases', 5000);
	const seed = option('seed', 1);
	const seconds = option('seconds', 300);
	const areas = readAssignmentAreas();
	const share = (seconds * 1000) / FUZZ_TARGETS.length;
	let total = 0;
	let failures = 0;
	for (const [t, target] of FUZZ_TARGETS.entries()) {
		const rand = seededRandom(seed * 1000 + t);
		const start = performance.now();
		let n = 0;
		let slowest = 0;
		for (; n < cases && performance.now() - start < share; n++) {
			const t0 = performance.now();
			try {
				await target.run(rand, areas);
			} catch (error) {
				failures++;
				console.log(`FAIL ${target.name}: case ${n} of seed ${seed} (target ${t}): ${(error as Error).message}`);
				break;
			}
			slowest = Math.max(slowest, performance.now() - t0);
		}
		total += n;
		console.log(`${target.name.padEnd(Math.max(...FUZZ_TARGETS.map((x) => x.name.length)))} ${String(n).padStart(7)} cases in ${((performance.now() - start) / 1000).toFixed(1)} s, slowest case ${slowest.toFixed(1)} ms`);
	}
	console.log(`${total} cases over ${FUZZ_TARGETS.length} targets (seed ${seed}); ${failures} failing`);
	return failures ? 1 : 0;
}

main().then((code) => (process.exitCode = code));
