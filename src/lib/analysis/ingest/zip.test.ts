import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createAreaIndex } from '../spatial/area-index';
import { IngestError } from './codes';
import { classifyArchiveEntry } from './file-kinds';
import { createIngest } from './ingest';
import { bytesSource, ingestSources } from './sources';

const AREAS = createAreaIndex(JSON.parse(readFileSync(new URL('../spatial/fixtures/areas.geojson', import.meta.url), 'utf8')));
const GOLDEN = readFileSync(new URL('./fixtures/2024-01-fixture-street.csv', import.meta.url));

describe('classifyArchiveEntry', () => {
	it.each([
		['2024-01/2024-01-kent-street.csv', { read: true }],
		['download/2024-01/2024-01-city-of-london-street.csv', { read: true }],
		['2024-01/2024-01-kent-outcomes.csv', { read: false, code: 'outcomes_file' }],
		['2024-01/2024-01-kent-stop-and-search.csv', { read: false, code: 'stop_and_search_file' }],
		['2024-01/2023-12-kent-street.csv', { read: false, code: 'not_street_csv' }],
		['readme.txt', { read: false, code: 'not_street_csv' }]
	])('%s', (path, kind) => expect(classifyArchiveEntry(path)).toEqual(kind));
});

describe('ingestSources with a police.uk zip', () => {
	const zip = zipSync({
		'2024-01/2024-01-kent-street.csv': new Uint8Array(GOLDEN),
		'2024-01/2024-01-kent-outcomes.csv': strToU8('Crime ID,Month\n'),
		'2024-02/2024-02-kent-stop-and-search.csv': strToU8('Type,Date\n'),
		'2024-02/2024-02-kent-street.csv': strToU8('Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n,2024-02,K,K,0.55,51.25,x,,,Robbery,,\n'),
		'notes.txt': strToU8('hello')
	});

	it('reads street entries, lists the rest as skipped, for any chunk size', async () => {
		for (const chunkSize of [7, 1000, 1 << 20]) {
			const ingest = createIngest({ areas: AREAS });
			await ingestSources(ingest, [bytesSource('police.zip', zip, chunkSize)]);
			const { report } = ingest.finish();
			expect(report.files.map((f) => [f.name, f.status, f.reason ?? '', f.rowsRead])).toEqual([
				['police.zip:2024-01/2024-01-kent-street.csv', 'read', '', 19],
				['police.zip:2024-01/2024-01-kent-outcomes.csv', 'skipped', 'outcomes_file', 0],
				['police.zip:2024-02/2024-02-kent-stop-and-search.csv', 'skipped', 'stop_and_search_file', 0],
				['police.zip:2024-02/2024-02-kent-street.csv', 'read', '', 1],
				['police.zip:notes.txt', 'skipped', 'not_street_csv', 0]
			]);
			expect([report.total.rowsRead, report.total.kept]).toEqual([20, 11]);
		}
	});

	it('throws IngestError unreadable_zip for bytes that are not a zip, or a damaged one', async () => {
		const ingest = createIngest({ areas: AREAS });
		const notZip = ingestSources(ingest, [bytesSource('bad.zip', strToU8('not a zip at all'))]);
		await expect(notZip).rejects.toBeInstanceOf(IngestError);
		await expect(notZip).rejects.toMatchObject({ code: 'unreadable_zip' });
		const damaged = zip.slice();
		damaged.fill(0xff, 200, 400);
		const r = ingestSources(createIngest({ areas: AREAS }), [bytesSource('damaged.zip', damaged)]);
		await expect(r).rejects.toMatchObject({ code: 'unreadable_zip' });
	});

	it('refuses a zip over the size limit before reading it', async () => {
		const ingest = createIngest({ areas: AREAS, maxFileBytes: 100 });
		await ingestSources(ingest, [bytesSource('police.zip', zip)]);
		expect(ingest.finish().report.files.map((f) => [f.name, f.reason])).toEqual([['police.zip', 'file_too_large']]);
	});

	it('stops between chunks when the signal is aborted', async () => {
		const controller = new AbortController();
		const ingest = createIngest({ areas: AREAS });
		controller.abort();
		await expect(ingestSources(ingest, [bytesSource('2024-01-kent-street.csv', new Uint8Array(GOLDEN), 64)], { signal: controller.signal })).rejects.toThrow();
	});

	it('decodes a multi-byte character split across chunks', async () => {
		const text = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n,2024-02,K,K,0.55,51.25,Café Road,,,Robbery,,\n';
		const ingest = createIngest({ areas: AREAS });
		await ingestSources(ingest, [bytesSource('x-street.csv', strToU8(text), 1)]);
		expect(ingest.finish().report.total.kept).toBe(1);
	});
});
