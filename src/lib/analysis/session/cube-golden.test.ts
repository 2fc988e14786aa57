import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeGolden, GOLDEN_PATH } from '../../../../scripts/golden/cube-golden';

describe('cube golden answers (regenerate on purpose with npm run golden)', () => {
	const expected = JSON.parse(readFileSync(GOLDEN_PATH, 'utf8'));
	const actual = JSON.parse(JSON.stringify(computeGolden()));

	it('is computed on the same seeded dataset', () => {
		expect(actual.dataset).toEqual(expected.dataset);
	});

	it.each(expected.cases.map((c: { name: string }, i: number) => [c.name, i]))('answers %s as pinned', (_name, i) => {
		expect(actual.cases[i as number]).toEqual(expected.cases[i as number]);
	});
});
