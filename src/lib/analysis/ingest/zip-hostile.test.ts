/** Hostile archives (issue 18): each case failed, hung or crashed before the archive was bounded by what it really holds. */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createAreaIndex } from '../spatial/area-index';
import { createIngest } from './ingest';
import { bytesSource, ingestSources } from './sources';
import { unsafeEntryName } from './zip';

const AREAS = createAreaIndex(JSON.parse(readFileSync(new URL('../spatial/fixtures/areas.geojson', import.meta.url), 'utf8')));
const GOLDEN = new Uint8Array(readFileSync(new URL('./fixtures/2024-01-fixture-street.csv', import.meta.url)));

async function importZip(zip: Uint8Array, chunkSize = 1 << 20) {
	const ingest = createIngest({ areas: AREAS });
	await ingestSources(ingest, [bytesSource('download.zip', zip, chunkSize)]);
	return ingest.finish().report;
}

/** Replaces every occurrence of one byte string with another of the same length. */
function patch(bytes: Uint8Array, from: string, to: string): Uint8Array {
	const out = bytes.slice();
	const a = strToU8(from);
	const b = strToU8(to);
	for (let i = 0; i + a.length <= out.length; i++) if (a.every((v, j) => out[i + j] === v)) out.set(b, i);
	return out;
}

describe('hostile archives', () => {
	it('refuses an archive of more than 10,000 entries with a clear message, without overflowing the stack', async () => {
		const files = Object.fromEntries(Array.from({ length: 12_000 }, (_, i) => [`e${i}.txt`, strToU8('x')]));
		await expect(importZip(zipSync(files, { level: 0 }))).rejects.toMatchObject({ code: 'zip_too_many_entries', message: expect.stringContaining('download.zip (more than 10,000)') });
	});

	it('refuses a zip bomb by the bytes it really decompresses, naming the entry, before reading it all', async () => {
		// 64 MiB of one character on one line: about 64 KB compressed, 1,000 to 1.
		const bomb = zipSync({ '2024-01/2024-01-kent-street.csv': new Uint8Array(64 << 20).fill(97) }, { level: 9 });
		expect(bomb.length).toBeLessThan(1 << 20);
		await expect(importZip(bomb)).rejects.toMatchObject({ code: 'zip_too_large', message: expect.stringContaining('download.zip:2024-01/2024-01-kent-street.csv decompresses to more than 100 times its compressed size') });
	});

	it('lists duplicate, escaping, nested and unreadable entries by name, and reads the rest', async () => {
		const zip = zipSync({
			'2024-01/2024-01-kent-street.csv': GOLDEN,
			'2024-01/2024-01-kent-streex.csv': GOLDEN,
			'xx/../2024-02-kent-street.csv': GOLDEN,
			'2024-03/inner.zip': strToU8('PK'),
			'2024-04/2024-04-kent-street.csv': GOLDEN
		});
		// The second entry takes the first one's name; the last claims bzip2 (method 12) in its local header.
		let bytes = patch(zip, '2024-01/2024-01-kent-streex.csv', '2024-01/2024-01-kent-street.csv');
		const at = [...bytes.keys()].find((i) => bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 3 && bytes[i + 3] === 4 && new TextDecoder().decode(bytes.subarray(i + 30, i + 30 + 31)) === '2024-04/2024-04-kent-street.csv')!;
		bytes = bytes.slice();
		bytes[at + 8] = 12;
		const report = await importZip(bytes, 4096);
		const reasons = Object.fromEntries(report.files.map((f) => [f.name.replace('download.zip:', ''), f.reason ?? 'read']));
		expect(reasons).toEqual({
			'2024-01/2024-01-kent-street.csv': 'zip_entry_duplicate',
			'xx/../2024-02-kent-street.csv': 'zip_entry_unsafe_name',
			'2024-03/inner.zip': 'zip_nested',
			'2024-04/2024-04-kent-street.csv': 'zip_entry_unsupported'
		});
		expect(report.files.filter((f) => f.status === 'read')).toHaveLength(1);
		expect(report.total.kept).toBeGreaterThan(0);
	});

	it('knows an entry name that escapes the archive', () => {
		expect(['/etc/passwd', 'C:\\x.csv', 'a/../../b.csv', '..\\b.csv'].map(unsafeEntryName)).toEqual([true, true, true, true]);
		expect(['2024-01/2024-01-kent-street.csv', 'a..b.csv'].map(unsafeEntryName)).toEqual([false, false]);
	});
});
