import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAreaIndex } from '../spatial/area-index';
import { seededRandom } from './fixtures/seeded-random';
import { createIngest } from './ingest';
import type { FileReport } from './report';
import { bytesSource, ingestSources } from './sources';

const AREAS = createAreaIndex(JSON.parse(readFileSync(new URL('../spatial/fixtures/areas.geojson', import.meta.url), 'utf8')));
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/generic/${name}`, import.meta.url)));
const NAMES = ['force-extract.csv', 'council-1252.csv', 'partner.tsv', 'ae-points.geojson'];

async function ingestBytes(name: string, bytes: Uint8Array, chunk: number): Promise<FileReport> {
	const ingest = createIngest({ areas: AREAS, format: 'auto', now: Date.UTC(2024, 5, 1) });
	await ingestSources(ingest, [bytesSource(name, bytes, chunk)]);
	return ingest.finish().report.files[0];
}

function balanced(f: FileReport): boolean {
	return f.rowsRead === f.kept + Object.values(f.rejected).reduce((a, b) => a + b, 0);
}

describe('generic ingest never throws and always balances rows', () => {
	it('on random bytes (binary, text-like, with delimiters and quotes)', async () => {
		const random = seededRandom(61);
		const alphabet = Array.from('abc019;,\t"\n\r.-/: ', (c) => c.charCodeAt(0));
		for (let trial = 0; trial < 200; trial++) {
			const n = Math.floor(random() * 600);
			const textLike = trial % 2 === 0;
			const bytes = Uint8Array.from({ length: n }, () => (textLike ? alphabet[Math.floor(random() * alphabet.length)] : Math.floor(random() * 256)));
			const name = ['x.csv', 'x.tsv', 'x.geojson', 'x.txt'][trial % 4];
			const f = await ingestBytes(name, bytes, 1 + Math.floor(random() * 64));
			expect(balanced(f), `trial ${trial}`).toBe(true);
		}
	});

	it('on every fixture truncated at every byte', async () => {
		for (const name of NAMES) {
			const bytes = fixture(name);
			for (let cut = 0; cut <= bytes.length; cut += 3) {
				const f = await ingestBytes(name, bytes.subarray(0, cut), 16);
				expect(balanced(f), `${name} cut at ${cut}`).toBe(true);
			}
		}
	});

	it('reads the same rows from the force extract with its columns shuffled', async () => {
		const random = seededRandom(7);
		const text = new TextDecoder().decode(fixture('force-extract.csv')).replace(/^\uFEFF/, '');
		// Split records with the embedded newline kept inside its quoted field.
		const records = text.replace(/\r\n$/, '').split(/\r\n(?=CR|\r\n|$)/);
		const base = await ingestBytes('f.csv', fixture('force-extract.csv'), 64);
		for (let trial = 0; trial < 10; trial++) {
			const order = Array.from({ length: 9 }, (_, i) => i).sort(() => random() - 0.5);
			const shuffled = records.map((r) => (r.includes(';') ? order.map((i) => splitFields(r)[i]).join(';') : r)).join('\r\n') + '\r\n';
			const f = await ingestBytes('f.csv', new TextEncoder().encode(shuffled), 64);
			expect({ rowsRead: f.rowsRead, kept: f.kept, rejected: f.rejected, groups: f.groups }).toEqual({ rowsRead: base.rowsRead, kept: base.kept, rejected: base.rejected, groups: base.groups });
		}
	});
});

/** Semicolon fields of one record, quotes respected. */
function splitFields(record: string): string[] {
	const out: string[] = [];
	let field = '';
	let quoted = false;
	for (const c of record) {
		if (c === '"') quoted = !quoted;
		if (c === ';' && !quoted) {
			out.push(field);
			field = '';
		} else field += c;
	}
	out.push(field);
	return out;
}
