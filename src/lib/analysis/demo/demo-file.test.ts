/**
 * The prebuilt demo codec: round trips on a small demo, the committed data/demo/demo-columns.bin
 * against a fresh generation of the default seed (so a generator change without a rebuild fails here),
 * and clear errors for files it cannot read.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, loadDemoInputs } from '../../../../scripts/demo/load-demo';
import { DATA_PATHS } from '../data-paths';
import { NUMERIC_COLUMNS, type IncidentColumns } from '../ingest/columns';
import { FLAG } from '../offences/groups';
import { demoColumns } from './demo-columns';
import { decodeDemoColumns } from './demo-file';
import { encodeDemoColumns } from './demo-file-encode';
import { DEMO_SEED, generateDemo } from './generate';

const ROOT = new URL('../../../../', import.meta.url);
const { areas, inputs } = loadDemoInputs();
const SMALL_SEED = 7;
const small = demoColumns(generateDemo(inputs, { seed: SMALL_SEED, incidents: 3_000 }), areas, SMALL_SEED);

/** Field by field, so a failure names the column and its first differing row (Object.is: NaN and -0 count). */
function expectSameColumns(actual: IncidentColumns, expected: IncidentColumns): void {
	expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
	expect(actual.length).toBe(expected.length);
	for (const k of NUMERIC_COLUMNS) {
		const a = actual[k];
		const e = expected[k];
		const first = e.findIndex((v: number, i: number) => !Object.is(v, a[i]));
		expect({ column: k, type: a.constructor.name, length: a.length, firstDifference: first }).toEqual({ column: k, type: e.constructor.name, length: e.length, firstDifference: -1 });
	}
	for (const k of ['cells', 'lsoaCodes', 'sources', 'offenceCodes'] as const) expect(actual[k], k).toEqual(expected[k]);
}

describe('demo column file codec', () => {
	it('gives back every column of a generated demo, the very same doubles included', () => {
		const decoded = decodeDemoColumns(encodeDemoColumns(small, { seed: SMALL_SEED }), areas);
		expect(decoded.seed).toBe(SMALL_SEED);
		expectSameColumns(decoded.columns, small);
		expect(Object.is(decoded.columns.lng[0], small.lng[0])).toBe(true);
	});

	it('keeps rows outside the study area and times in both clock changes', () => {
		const at = (lng: number, lat: number, year: number, month: number, day: number, hour: number, minute: number) =>
			({ lng, lat, year, month, day, hour, minute, group: 3, ageBand: 2, flags: FLAG.knife, point: 0 }) as const;
		// Out at sea, the spring hour the clocks skip, the autumn hour they repeat, and midnight either side of them.
		const incidents = [
			at(1.6, 51.2, 2024, 1, 1, 0, 0),
			at(0.52, 51.27, 2024, 3, 31, 1, 30),
			at(0.52, 51.27, 2024, 10, 27, 1, 15),
			at(0.521, 51.271, 2024, 3, 30, 23, 59),
			at(0.519, 51.269, 2024, 10, 28, 0, 1),
			at(1.6, 51.2, 2025, 12, 31, 23, 59)
		];
		const columns = demoColumns(incidents, areas, SMALL_SEED);
		expect([...columns.flags].map((f) => f & FLAG.outside)).toEqual([FLAG.outside, 0, 0, 0, 0, FLAG.outside]);
		expect([...columns.hour.slice(1, 3)]).toEqual([2, 1]);
		expectSameColumns(decodeDemoColumns(encodeDemoColumns(columns, { seed: SMALL_SEED }), areas).columns, columns);
	});

	it('writes the same bytes twice', () => {
		expect(encodeDemoColumns(small, { seed: SMALL_SEED })).toEqual(encodeDemoColumns(small, { seed: SMALL_SEED }));
	});

	it('refuses what it cannot hold exactly, other files, old versions, corrupt and truncated ones', () => {
		const lng = small.lng.slice();
		lng[0] += 1e-9;
		expect(() => encodeDemoColumns({ ...small, lng }, { seed: SMALL_SEED })).toThrow(/more than 6 decimals/);
		expect(() => encodeDemoColumns(small, { seed: SMALL_SEED + 1 })).toThrow(/not the demo of seed 8/);
		const bytes = encodeDemoColumns(small, { seed: SMALL_SEED });
		expect(() => decodeDemoColumns(bytes, areas, { seed: DEMO_SEED })).toThrow(`demo column file holds seed ${SMALL_SEED}, not ${DEMO_SEED}: rebuild data/ (npm run data:build)`);
		expect(() => decodeDemoColumns(new TextEncoder().encode('lng,lat\n0.5,51.2\n'), areas)).toThrow(/demo column file is corrupt .*: rebuild data\//);
		expect(() => decodeDemoColumns(gzipSync(new TextEncoder().encode('PUKS\u0001\u0000\u0000\u0000')), areas)).toThrow(/not a demo column file/);
		const raw = gunzipSync(bytes);
		const old = raw.slice();
		new DataView(old.buffer).setUint32(4, 0, true);
		expect(() => decodeDemoColumns(gzipSync(old), areas)).toThrow('demo column file version 0, expected 1: rebuild data/ (npm run data:build)');
		expect(() => decodeDemoColumns(gzipSync(raw.subarray(0, raw.length - 3)), areas)).toThrow(/truncated/);
		const longer = new Uint8Array(raw.length + 1);
		longer.set(raw);
		expect(() => decodeDemoColumns(gzipSync(longer), areas)).toThrow(/trailing bytes/);
	});
});

describe(`data/${DATA_PATHS.demoColumns}`, () => {
	let generated: IncidentColumns;
	let generateMs: number;
	beforeAll(() => {
		const started = performance.now();
		generated = buildDemo(DEMO_SEED).columns;
		generateMs = performance.now() - started;
	});

	it(`decodes to what generating seed ${DEMO_SEED} from the committed data/ gives, cell dictionaries included`, () => {
		const bytes = readFileSync(new URL(`data/${DATA_PATHS.demoColumns}`, ROOT));
		const started = performance.now();
		const decoded = decodeDemoColumns(bytes, areas, { seed: DEMO_SEED });
		const decodeMs = performance.now() - started;
		console.log(`demo column file: ${bytes.length} bytes, ${decoded.columns.length} rows, decoded in ${decodeMs.toFixed(0)} ms; generating took ${generateMs.toFixed(0)} ms`);
		expect(decoded.seed).toBe(DEMO_SEED);
		expectSameColumns(decoded.columns, generated);
	});
});
