import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeGolden, GOLDEN_PATH } from '../../../../scripts/golden/cube-golden';

describe('cube golden answers (regenerate on purpose with npm run golden)', () => {
	const expected = JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')) as ReturnType<typeof computeGolden>;
	const actual = JSON.parse(JSON.stringify(computeGolden())) as ReturnType<typeof computeGolden>;
	const cases: [string, number][] = expected.cases.map((c, i) => [c.name, i]);

	it('is computed on the same seeded dataset', () => {
		expect(actual.dataset).toEqual(expected.dataset);
	});

	it.each(cases)('answers %s as pinned', (_name, i) => {
		expect(actual.cases[i]).toEqual(expected.cases[i]);
	});
});
