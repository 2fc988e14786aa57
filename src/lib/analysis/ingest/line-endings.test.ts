import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAreaIndex } from '../spatial/area-index';
import { createIngest } from './ingest';
import { LineEndings } from './line-endings';

const AREAS = createAreaIndex(JSON.parse(readFileSync(new URL('../spatial/fixtures/areas.geojson', import.meta.url), 'utf8')));
const GOLDEN = readFileSync(new URL('./fixtures/2024-01-fixture-street.csv', import.meta.url), 'utf8');

function importText(text: string, chunkSize: number) {
	const ingest = createIngest({ areas: AREAS });
	ingest.beginFile('2024-01/2024-01-kent-street.csv', text.length, { read: true });
	for (let i = 0; i < text.length; i += chunkSize) ingest.push(text.slice(i, i + chunkSize));
	ingest.endFile();
	return ingest.finish().report.total;
}

describe('line endings', () => {
	const lf = GOLDEN.replace(/\r\n/g, '\n');
	const expected = importText(lf, 1 << 16);

	it('reads a CR-only police.uk file (Excel "CSV (Macintosh)") row for row like the LF one, in any chunking', () => {
		expect(expected.kept).toBeGreaterThanOrEqual(10);
		const cr = lf.replace(/\n/g, '\r');
		for (const size of [1, 7, 1 << 16]) expect(importText(cr, size)).toEqual(expected);
	});

	it('ends a line at a lone CR in the middle of an LF file, instead of merging two rows into one rejected row', () => {
		const lines = lf.split('\n');
		const mixed = [...lines.slice(0, 3).join('\n').split(''), '\r', ...lines.slice(3).join('\n').split('')].join('');
		expect(importText(mixed, 5)).toEqual(expected);
	});

	it('keeps CRLF as one line end when the CR ends one chunk and the LF starts the next', () => {
		const e = new LineEndings();
		expect(e.push('a\r') + e.push('\nb\rc') + e.end()).toBe('a\r\nb\nc');
		expect(e.loneCr).toBe(1);
	});
});
