/** Regression tests for hostile and broken files (issue 18): each failed before its fix. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAreaIndex } from '../spatial/area-index';
import { createIngest } from './ingest';
import { bytesSource, ingestSources } from './sources';
import { createChunkDecoder } from './text-decoding';

const AREAS = createAreaIndex(JSON.parse(readFileSync(new URL('../spatial/fixtures/areas.geojson', import.meta.url), 'utf8')));
const GOLDEN = readFileSync(new URL('./fixtures/2024-01-fixture-street.csv', import.meta.url), 'utf8');

async function importBytes(name: string, bytes: Uint8Array, chunkSize: number, format: 'auto' | 'police-uk' = 'police-uk') {
	const ingest = createIngest({ areas: AREAS, format, now: Date.UTC(2024, 5, 1) });
	await ingestSources(ingest, [bytesSource(name, bytes, chunkSize)]);
	return ingest.finish().report;
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
	const out = new Uint8Array(2 + text.length * 2);
	out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		out[2 + 2 * i + (endian === 'le' ? 0 : 1)] = c & 0xff;
		out[2 + 2 * i + (endian === 'le' ? 1 : 0)] = c >> 8;
	}
	return out;
}

describe('hostile and broken input', () => {
	it('decodes UTF-16 with a byte-order mark (Excel "Unicode Text"), little- and big-endian, like the UTF-8 file', async () => {
		const name = '2024-01/2024-01-kent-street.csv';
		const utf8 = await importBytes(name, new TextEncoder().encode(GOLDEN), 4096);
		for (const endian of ['le', 'be'] as const) {
			const r = await importBytes(name, utf16(GOLDEN, endian), 4095);
			expect(r.total).toEqual(utf8.total);
			const decoder = createChunkDecoder('auto');
			expect(decoder.decode(utf16('a,b', endian), true)).toBe('a,b');
			expect(decoder.encoding).toBe(`utf-16${endian}`);
		}
	});

	it('decides "binary" from the same first 64 KB whatever the size of the first read, so the CLI and the browser agree', async () => {
		const line = '2024-01-01,51.27,0.52,Robbery\n';
		const text = `date,latitude,longitude,offence\n${line.repeat(Math.ceil(100_000 / line.length))}`;
		const late = new TextEncoder().encode(`${text}\0${line}`);
		for (const chunk of [1 << 16, 1 << 20]) {
			const r = await importBytes('extract.csv', late, chunk, 'auto');
			expect(r.files[0].reason).toBeUndefined();
			expect(r.total.kept).toBeGreaterThan(3000);
		}
		const early = new TextEncoder().encode(`date,latitude\0,longitude\n${line}`);
		expect((await importBytes('extract.csv', early, 1 << 20, 'auto')).files[0].reason).toBe('binary_file');
	});

	it('rejects a line over 1 MiB as line_too_long and a quoted cell over 1 MiB holding newlines as field_too_long, reading no row from inside the cell', async () => {
		const [header, ...rest] = GOLDEN.split('\n');
		const rows = rest.filter((l) => l.length > 0);
		const cells = header.split(',').length;
		const longLine = `${'x'.repeat(1_100_000)}${','.repeat(cells - 1)}`;
		// A cell that holds 10,000 row-like lines: before the fix they came back as 10,001 rejects and 5 "kept" rows.
		const inside = `${rows[0]}\n`.repeat(Math.ceil(1_100_000 / rows[0].length));
		const longCell = `"${inside}"${','.repeat(cells - 1)}`;
		const text = [header, rows[0], longLine, rows[1], longCell, rows[2], ''].join('\n');
		for (const chunk of [4096, 65_536, 1 << 21]) {
			const r = await importBytes('2024-01/2024-01-kent-street.csv', new TextEncoder().encode(text), chunk);
			const nonZero = Object.entries(r.total.rejected).filter(([, n]) => n > 0);
			expect(nonZero).toEqual([
				['line_too_long', 1],
				['field_too_long', 1]
			]);
			expect([r.total.rowsRead, r.total.kept]).toEqual([5, 3]);
		}
	});
});

describe('hostile GeoJSON', () => {
	const feature = (i: number, extra: Record<string, unknown>) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [0.52, 51.27] }, properties: { date: '2024-01-01', offence: 'Robbery', ...extra, [`note_${i}`]: 'x' } });

	it('builds rows from the mapped properties only: 5,000 features with 5,000 distinct keys import in linear time', async () => {
		const text = JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 5000 }, (_, i) => feature(i, {})) });
		const r = await importBytes('incidents.geojson', new TextEncoder().encode(text), 1 << 16, 'auto');
		expect(r.total.rowsRead).toBe(5000);
		expect(r.total.kept + Object.values(r.total.rejected).reduce((a, b) => a + b, 0)).toBe(5000);
	}, 10_000);

	it('refuses nothing and crashes on nothing when a property nests 20,000 deep: the value is not mapped, the row is read', async () => {
		const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
		const text = `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[0.52,51.27]},"properties":{"date":"2024-01-01","offence":"Robbery","deep":${deep}}}]}`;
		const r = await importBytes('incidents.geojson', new TextEncoder().encode(text), 1 << 16, 'auto');
		expect(r.total.rowsRead).toBe(1);
	});

	it('refuses a GeoJSON file over the stated limit (256 MiB by default) with its own reason and lets its text go, and reads one at the limit', async () => {
		const text = JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 200 }, (_, i) => feature(i, {})) });
		const read = async (maxGeoJsonChars: number) => {
			const ingest = createIngest({ areas: AREAS, format: 'auto', now: Date.UTC(2024, 5, 1), maxGeoJsonChars });
			await ingestSources(ingest, [bytesSource('incidents.geojson', new TextEncoder().encode(text), 4096)]);
			return ingest.finish().report.files[0];
		};
		const over = await read(text.length - 1);
		expect([over.status, over.reason, over.rowsRead]).toEqual(['refused', 'geojson_too_large', 0]);
		expect(over.detail).toContain(`${(text.length - 1).toLocaleString('en-GB')} characters`);
		expect((await read(text.length)).rowsRead).toBe(200);
	});
});
