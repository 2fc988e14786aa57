import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAreaIndex } from '$lib/analysis/spatial/area-index';
import { seededRandom } from '$lib/analysis/ingest/fixtures/seeded-random';
import { FUZZ_TARGETS } from './fuzz-targets';

const AREAS = createAreaIndex(JSON.parse(readFileSync(new URL('../analysis/spatial/fixtures/areas.geojson', import.meta.url), 'utf8')));
/** The fixed-seed subset `npm test` runs; `npm run fuzz` runs far more. */
const CASES = 120;

describe('fuzz, fixed seed', () => {
	for (const [i, target] of FUZZ_TARGETS.entries()) {
		it(`${target.name}: ${CASES} cases, no escaped exception, every row report balanced`, async () => {
			const rand = seededRandom(20240101 + i);
			for (let c = 0; c < CASES; c++) await expect(Promise.resolve().then(() => target.run(rand, AREAS)), `case ${c}`).resolves.toBeUndefined();
		}, 60_000);
	}
});
