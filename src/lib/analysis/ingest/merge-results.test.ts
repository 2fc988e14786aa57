import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAreaIndex } from '../spatial/area-index';
import { NUMERIC_COLUMNS } from './columns';
import { seededRandom } from './fixtures/seeded-random';
import { createIngest, type IngestOptions, type IngestResult } from './ingest';
import { mergeIngestResults, MergeError } from './merge-results';
import { ingestPart, joinParts, type PartResult } from './parallel-ingest';
import { createCentroidIndex } from './precision';
import { bytesSource, ingestSources } from './sources';
import { findSplit } from './split-point';

const AREAS = createAreaIndex(JSON.parse(readFileSync(new URL('../spatial/fixtures/areas.geojson', import.meta.url), 'utf8')));
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const GOLDEN = fixture('2024-01-fixture-street.csv');
const TRUNCATED = fixture('2024-03-truncated-street.csv');
const GENERIC = fixture('generic/force-extract.csv');
const GOLDEN_NAME = '2024-01/2024-01-fixture-street.csv';
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytes = (s: string) => new TextEncoder().encode(s);

/** Columns as bytes and the report as JSON (key order included), so equality is byte for byte. */
function canonical({ columns, report }: IngestResult) {
	const numeric = Object.fromEntries(NUMERIC_COLUMNS.map((k) => [k, Buffer.from(columns[k].buffer, columns[k].byteOffset, columns[k].byteLength).toString('base64')]));
	const { issues, ...rest } = report;
	return {
		length: columns.length,
		numeric,
		dictionaries: JSON.stringify([columns.cells, columns.offenceCodes, columns.lsoaCodes, columns.sources]),
		report: JSON.stringify(rest),
		issues: JSON.stringify([issues.length, [...issues.source], [...issues.line], [...issues.code]])
	};
}

async function sequential(files: { name: string; bytes: Uint8Array }[], options: Partial<IngestOptions> = {}): Promise<IngestResult> {
	const ingest = createIngest({ areas: AREAS, ...options });
	await ingestSources(ingest, files.map((f) => bytesSource(f.name, f.bytes, 97)));
	return ingest.finish();
}

/** Small chunks, so chunk boundaries fall everywhere, CR and LF pairs included. */
function chunked(b: Uint8Array, size = 29): Uint8Array[] {
	const out: Uint8Array[] = [];
	for (let i = 0; i < b.length; i += size) out.push(b.subarray(i, i + size));
	return out;
}

async function parts(name: string, file: Uint8Array, at: number, headerEnd: number, options: Partial<IngestOptions> = {}): Promise<[PartResult, PartResult]> {
	const make = () => createIngest({ areas: AREAS, ...options, skipPoliceUkPrecision: true });
	const first = await ingestPart(make(), { name, sizeBytes: file.length, part: 'first', chunks: chunked(file.subarray(0, at)) });
	const second = await ingestPart(make(), { name, sizeBytes: file.length, part: 'second', header: file.subarray(0, headerEnd), chunks: chunked(file.subarray(at)) });
	return [first, second];
}

/** Every cut just after a line feed past the header. */
function cuts(file: Uint8Array): number[] {
	const out: number[] = [];
	for (let i = file.indexOf(10) + 1; i < file.length; i++) if (file[i - 1] === 10) out.push(i);
	return out;
}

describe('joinParts on the golden fixture (BOM, CRLF, quotes, a quoted newline, every reject code)', () => {
	const headerEnd = GOLDEN.indexOf(10) + 1;
	const quotedNewline = Buffer.from(GOLDEN).indexOf('On or near\r\nHigh') + 'On or near\r\n'.length;

	it('equals the sequential ingest at every cut between records, and falls back inside the quoted field', async () => {
		const expected = canonical(await sequential([{ name: GOLDEN_NAME, bytes: GOLDEN }]));
		const all = cuts(GOLDEN);
		expect(all.length).toBeGreaterThan(15);
		for (const at of all) {
			const [first, second] = await parts(GOLDEN_NAME, GOLDEN, at, headerEnd);
			const merged = joinParts(first, second, { encoding: 'auto' });
			if (at === quotedNewline) expect(merged).toBeNull();
			else expect(merged && canonical(merged), `cut at byte ${at}`).toEqual(expected);
		}
	});

	it('puts rejects on both sides of the cut and still counts each once', async () => {
		const at = cuts(GOLDEN)[9];
		const [first, second] = await parts(GOLDEN_NAME, GOLDEN, at, headerEnd);
		expect(first.result.report.issues.length).toBeGreaterThan(0);
		expect(second.result.report.issues.length).toBeGreaterThan(0);
		const merged = joinParts(first, second, { encoding: 'auto' })!;
		expect(merged.report.total.rowsRead).toBe(first.result.report.total.rowsRead + second.result.report.total.rowsRead);
	});
});

describe('joinParts over line-ending variants', () => {
	const variants: [string, string][] = [
		['LF only', text(GOLDEN).replaceAll('\r\n', '\n')],
		['lone CRs mixed in', text(GOLDEN).replace(/\r\n(aa0[3-6])/g, '\r$1').replace(/\r\n(aa1[5-7])/g, '\r$1')],
		['no final line break', text(GOLDEN).replace(/\r\n$/, '')]
	];
	for (const [label, variant] of variants) {
		it(label, async () => {
			const file = bytes(variant);
			const expected = canonical(await sequential([{ name: GOLDEN_NAME, bytes: file }]));
			let merges = 0;
			for (const at of cuts(file)) {
				const [first, second] = await parts(GOLDEN_NAME, file, at, file.indexOf(10) + 1);
				const merged = joinParts(first, second, { encoding: 'auto' });
				if (merged === null) continue;
				merges++;
				expect(canonical(merged), `cut at byte ${at}`).toEqual(expected);
			}
			expect(merges).toBeGreaterThan(5);
		});
	}
});

describe('joinParts falls back', () => {
	const headerEnd = GOLDEN.indexOf(10) + 1;
	const at = cuts(GOLDEN)[5];

	it('when auto detection reads one part as Windows-1252', async () => {
		const file = new Uint8Array([...GOLDEN.subarray(0, at), ...bytes('zz01,2024-01,Kent Police,Kent Police,0.55,51.25,On or near Caf'), 0xe9, ...bytes(',E01000001,Fixture A,Robbery,,\r\n'), ...GOLDEN.subarray(at)]);
		const [first, second] = await parts(GOLDEN_NAME, file, at, headerEnd);
		expect(second.encoding).toBe('windows-1252');
		expect(joinParts(first, second, { encoding: 'auto' })).toBeNull();
	});

	it('for a generic file in auto format', async () => {
		const [first, second] = await parts('force-extract.csv', GENERIC, cuts(GENERIC)[2], GENERIC.indexOf(10) + 1, { format: 'auto' });
		expect(joinParts(first, second, { encoding: 'auto' })).toBeNull();
	});

	it('for parts given in the wrong order', async () => {
		const [first, second] = await parts(GOLDEN_NAME, GOLDEN, at, headerEnd);
		expect(joinParts(second, first, { encoding: 'auto' })).toBeNull();
	});

	it('mergeIngestResults refuses to join parts of different files', async () => {
		const a = await sequential([{ name: GOLDEN_NAME, bytes: GOLDEN }]);
		const b = await sequential([{ name: '2024-03/2024-03-truncated-street.csv', bytes: TRUNCATED }]);
		expect(() => mergeIngestResults(a, b, { join: { lineOffset: 0 } })).toThrow(MergeError);
	});
});

/** A force extract with a Home Office code column (see offence-code-ingest.test.ts). */
const codedCsv = (codes: string[]) =>
	['Crime Ref,Committed From,Easting,Northing,HO Offence Description,HO Code', ...codes.map((c, i) => `CR${i},0${i + 3}/02/2024 21:30,578058,153181,Assault with injury,${c}`)].join('\n');

describe('mergeIngestResults over several files', () => {
	const TRUNCATED_NAME = '2024-03/2024-03-truncated-street.csv';
	const LATER = '2024-04/2024-04-fixture-street.csv';

	it('joins the middle file of three and concatenates the others, sources and lines remapped', async () => {
		const expected = canonical(await sequential([{ name: TRUNCATED_NAME, bytes: TRUNCATED }, { name: GOLDEN_NAME, bytes: GOLDEN }, { name: LATER, bytes: GOLDEN }]));
		const at = cuts(GOLDEN)[7];
		const firstIngest = createIngest({ areas: AREAS });
		await ingestSources(firstIngest, [bytesSource(TRUNCATED_NAME, TRUNCATED, 13)]);
		firstIngest.beginFile(GOLDEN_NAME, GOLDEN.length);
		firstIngest.push(text(GOLDEN.subarray(0, at)));
		const nextLine = firstIngest.recordBoundary()!.line;
		firstIngest.endFile();
		const secondIngest = createIngest({ areas: AREAS });
		secondIngest.beginFile(GOLDEN_NAME, GOLDEN.length);
		secondIngest.push(text(GOLDEN.subarray(0, GOLDEN.indexOf(10) + 1)) + text(GOLDEN.subarray(at)));
		secondIngest.endFile();
		await ingestSources(secondIngest, [bytesSource(LATER, GOLDEN, 31)]);
		const merged = mergeIngestResults(firstIngest.finish(), secondIngest.finish(), { join: { lineOffset: nextLine - 2 } });
		expect(canonical(merged)).toEqual(expected);
	});

	it('concatenates separate ingests of police.uk and generic files (offence codes remapped)', async () => {
		const files = [
			{ name: GOLDEN_NAME, bytes: GOLDEN },
			{ name: 'force-extract.csv', bytes: GENERIC },
			{ name: 'notes.pdf', bytes: bytes('%PDF') },
			{ name: 'codes-a.csv', bytes: bytes(codedCsv(['5a ', '8N', ''])) },
			{ name: 'second-extract.csv', bytes: GENERIC },
			{ name: 'codes-b.csv', bytes: bytes(codedCsv(['3A', '8N', '12'])) },
			{ name: TRUNCATED_NAME, bytes: TRUNCATED }
		];
		const options: Partial<IngestOptions> = { format: 'auto', now: Date.UTC(2030, 0, 1) };
		const expected = await sequential(files, options);
		for (let k = 1; k < files.length; k++) {
			const merged = mergeIngestResults(await sequential(files.slice(0, k), options), await sequential(files.slice(k), options));
			expect(canonical(merged), `split before file ${k}`).toEqual(canonical(expected));
		}
		expect(expected.columns.offenceCodes.length).toBeGreaterThan(0);
	});
});

/** A seeded police.uk file over the fixture areas: repeated and unique points, rows outside, rejects, quoted fields. */
function generated(rows: number, seed: number): Uint8Array {
	const rand = seededRandom(seed);
	const types = ['Violence and sexual offences', 'Robbery', 'Anti-social behaviour', 'Shoplifting', 'Drugs', 'Possession of weapons', 'Knife crime'];
	const snaps = Array.from({ length: 300 }, () => [(0.5 + rand() * 0.5).toFixed(6), (51.1 + rand() * 0.2).toFixed(6)]);
	const lines = ['Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context'];
	for (let i = 0; i < rows; i++) {
		const r = rand();
		const month = `2024-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`;
		const [lng, lat] = r < 0.5 ? snaps[Math.floor(rand() * snaps.length)] : [(0.45 + rand() * 0.6).toFixed(6), (51.05 + rand() * 0.3).toFixed(6)];
		const type = types[Math.floor(rand() * types.length)];
		if (r < 0.01) lines.push(`x${i},${month},Kent Police,Kent Police,,,No Location,,,${type},,`);
		else if (r < 0.015) lines.push(`x${i},2024-13,Kent Police,Kent Police,${lng},${lat},On or near Here,,,${type},,`);
		else if (r < 0.02) lines.push(`x${i},${month},Kent Police`);
		else if (r < 0.03) lines.push(`x${i},${month},Kent Police,Kent Police,${lng},${lat},"On or near ""Quoted"", Road",,,${type},,`);
		else lines.push(`x${i},${month},Kent Police,Kent Police,${lng},${lat},On or near Road ${i % 50},,,${type},,`);
	}
	return bytes(lines.join('\r\n') + '\r\n');
}

describe('a generated 20,000-row file cut at its middle', () => {
	const file = generated(20_000, 21);
	const name = '2024/2024-kent-street.csv';

	it('merges to exactly the sequential ingest, precision check included', async () => {
		// Centroids on the points of the first rows, so the check finds some in both parts.
		const points = text(file).split('\r\n').slice(1, 40).map((l) => l.split(',')).filter((f) => f.length === 12 && f[4] !== '');
		const centroids = createCentroidIndex(points.map((f) => [Number(f[4]), Number(f[5])] as [number, number]));
		const options: Partial<IngestOptions> = { centroids, format: 'auto', precisionPolicy: 'exclude' };
		const plan = findSplit(file, { minBytes: 0 })!;
		expect(plan.at).toBeGreaterThan(file.length / 2);
		const [first, second] = await parts(name, file, plan.at, plan.headerEnd, options);
		const merged = joinParts(first, second, { encoding: 'auto', centroids, precisionPolicy: 'exclude' })!;
		const expected = await sequential([{ name, bytes: file }], options);
		expect(expected.columns.length).toBeGreaterThan(19_000);
		expect(expected.columns.cells[9].length).toBeGreaterThan(1000);
		expect(canonical(merged)).toEqual(canonical(expected));
		expect(merged.report.files[0].precision).toMatchObject({ policy: 'exclude', applied: false });
		expect(merged.report.files[0].precision!.centroid).toBeGreaterThan(0);
	});
});
