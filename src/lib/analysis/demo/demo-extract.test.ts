import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDemoColumns } from './demo-file';
import { DEMO_SEED } from './generate';
import { demoExtractName, demoExtracts, DEMO_EXTRACT_HEADER } from './demo-extract';
import { areaIndexFromPack } from '../spatial/boundary-pack';
import { bytesSource, createIngest, ingestSources } from '../ingest';
import { FLAG } from '../offences/groups';

const DATA = new URL('../../../../data/', import.meta.url);
const areas = areaIndexFromPack(new Uint8Array(readFileSync(new URL('boundaries/lsoa21-assign.bin', DATA))));
const { columns } = decodeDemoColumns(new Uint8Array(readFileSync(new URL('demo/demo-columns.bin', DATA))), areas, { seed: DEMO_SEED });

/** Counts by month, group, age band and knife flag: what the KPIs read. */
function profile(c: { length: number; monthIndex: ArrayLike<number>; group: ArrayLike<number>; ageBand: ArrayLike<number>; flags: ArrayLike<number>; district: ArrayLike<number> }) {
	const counts = new Map<string, number>();
	for (let i = 0; i < c.length; i++) {
		const key = `${c.monthIndex[i]}|${c.group[i]}|${c.ageBand[i]}|${c.flags[i] & FLAG.knife}|${c.district[i]}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}

describe('the demo as monthly extracts', () => {
	const extracts = demoExtracts(columns);

	it('writes one file per month, named month first, every row once', () => {
		expect(extracts.size).toBe(36);
		expect(demoExtractName(2025 * 12 + 11)).toBe('2025-12-synthetic-demo-extract.csv');
		const rows = [...extracts.values()].reduce((n, text) => n + text.trim().split('\n').length - 1, 0);
		expect(rows).toBe(columns.length);
		expect([...extracts.values()].every((t) => t.startsWith(`${DEMO_EXTRACT_HEADER}\n`))).toBe(true);
	});

	it('reads back through the import with the same months, groups, ages, knife flags and districts', async () => {
		const ingest = createIngest({ areas, format: 'auto', now: Date.parse('2026-12-05T12:00:00Z') });
		await ingestSources(ingest, [...extracts].map(([m, text]) => bytesSource(demoExtractName(m), new TextEncoder().encode(text))));
		const { columns: back, report } = ingest.finish();
		expect(report.total.kept).toBe(columns.length);
		expect(report.total.unmapped).toEqual([]);
		expect(profile(back)).toEqual(profile(columns));
	});
});
