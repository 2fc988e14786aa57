import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIngest } from '../../src/lib/analysis/ingest/ingest';
import { INCIDENT_CSV_HEADER, renderIncidentsCsv } from '../../src/lib/analysis/ingest/incidents-csv';
import { DEFAULT_GROUP_CODES, FLAG } from '../../src/lib/analysis/offences/groups';
import { readAssignmentAreas } from '../assignment-areas';
import { lsoaCountsFromCsv } from './deprivation-command';

const GOLDEN = new URL('../../src/lib/analysis/ingest/fixtures/2024-01-fixture-street.csv', import.meta.url);

describe('cli deprivation', () => {
	const ingest = createIngest({ areas: readAssignmentAreas() });
	ingest.beginFile('2024-01-fixture-street.csv', 0);
	ingest.push(readFileSync(GOLDEN, 'utf8'));
	ingest.endFile();
	const { columns: c } = ingest.finish();
	const csv = `${INCIDENT_CSV_HEADER}\n${renderIncidentsCsv(c)}`;

	it('counts per LSOA the in-area rows of the serious groups, or of all groups, as the columns hold them', () => {
		for (const allGroups of [false, true]) {
			const expected = new Map<string, number>();
			for (let i = 0; i < c.length; i++) {
				if (c.flags[i] & FLAG.outside || c.lsoa[i] === 0xffff) continue;
				if (!allGroups && !DEFAULT_GROUP_CODES.includes(c.group[i])) continue;
				const code = c.lsoaCodes[c.lsoa[i]];
				expected.set(code, (expected.get(code) ?? 0) + 1);
			}
			const got = lsoaCountsFromCsv(csv, { allGroups });
			expect(new Map(got.codes.map((code, k) => [code, got.counts[k]]))).toEqual(expected);
			expect(got.rows).toBe([...expected.values()].reduce((a, b) => a + b, 0));
			expect(got.rows).toBeGreaterThan(0);
		}
	});

	it('refuses a file that is not an incidents CSV', () => {
		expect(() => lsoaCountsFromCsv('a,b\n1,2\n', { allGroups: false })).toThrow(/not an incidents CSV/);
	});
});
