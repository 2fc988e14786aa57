import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerSignature, parseColumnMapping } from './column-mapping';
import { detectColumns } from './detect-columns';
import { detectDelimiter, looksBinary } from './sniff';
import { detectDecimalStyle, parseLocaleNumber } from './locale-number';
import { createChunkDecoder } from './text-decoding';
import { isFormulaLike, neutraliseFormula } from './cell-safety';
import { csvField } from './issues-csv';

const text = (name: string) => readFileSync(new URL(`./fixtures/generic/${name}`, import.meta.url), 'utf8');
const NOW = Date.UTC(2024, 5, 1);

describe('detectColumns', () => {
	it('finds the force extract mapping with a preview and the sample rows it would reject', () => {
		const d = detectColumns(text('force-extract.csv'), { now: NOW, complete: true });
		expect(d).toMatchObject({ format: 'delimited', delimiter: ';', signature: headerSignature(d.headers), sampleRows: 10 });
		expect(d.mapping?.coordinates).toEqual({ kind: 'bng', easting: 'Easting', northing: 'Northing' });
		expect(d.previewRows[0].slice(0, 2)).toEqual(['CR1', '03/02/2024 21:30']);
		expect(d.wouldReject.map((w) => w.code)).toEqual(['invalid_date', 'future_date', 'zero_coordinates', 'coordinates_out_of_range']);
		expect(d.confidence).toBe('medium');
	});

	it('reads a clean file with high confidence and checks a mapping the user edited', () => {
		const clean = 'lat,lng,date,offence\n51.251234,0.551234,03/02/2024,Robbery\n51.261234,0.561234,04/02/2024,Murder\n';
		const d = detectColumns(clean, { complete: true });
		expect(d).toMatchObject({ confidence: 'high', delimiter: ',', wouldReject: [] });
		const edited = detectColumns(clean, { complete: true, mapping: { ...d.mapping!, date: 'offence' } });
		expect(edited.wouldReject).toEqual([
			{ line: 2, code: 'invalid_date' },
			{ line: 3, code: 'invalid_date' }
		]);
	});

	it('swaps latitude and longitude columns that hold each other, and says so', () => {
		const d = detectColumns('Latitude,Longitude,Date\n0.551234,51.251234,03/02/2024\n0.561234,51.261234,03/02/2024\n', { complete: true });
		expect(d.mapping?.coordinates).toEqual({ kind: 'lnglat', lng: 'Latitude', lat: 'Longitude' });
		expect(d.problems.map((p) => p.code)).toContain('coordinates_swapped');
		expect(d.wouldReject).toEqual([]);
	});

	it('tells x/y in degrees from x/y in metres', () => {
		expect(detectColumns('x,y,date\n0.551234,51.251234,2024-02-03\n', { complete: true }).mapping?.coordinates).toEqual({ kind: 'lnglat', lng: 'x', lat: 'y' });
		expect(detectColumns('x,y,date\n578058,153181,2024-02-03\n', { complete: true }).mapping?.coordinates).toEqual({ kind: 'bng', easting: 'x', northing: 'y' });
	});

	it.each([
		['', 'empty_file'],
		['a,b,c\n', 'header_only'],
		['colour,size,weight\nred,1,2\n', 'no_usable_columns'],
		['PK\u0003\u0004\u0000\u0000binary', 'binary_file'],
		['{"type":"Feature"}', 'invalid_geojson']
	])('reports %j as %s with no mapping', (sample, code) => {
		const d = detectColumns(sample, { complete: true });
		expect(d.mapping).toBeNull();
		expect(d.confidence).toBe('none');
		expect(d.problems.map((p) => p.code)).toContain(code);
	});

	it('gives a stable short header signature, blind to case, spacing and punctuation', () => {
		expect(headerSignature(['Incident Date', 'Easting'])).toBe(headerSignature([' incident_date', 'EASTING']));
		expect(headerSignature(['a', 'b'])).not.toBe(headerSignature(['b', 'a']));
		expect(headerSignature(['a', 'b'])).toMatch(/^h2-[0-9a-f]{8}$/);
	});

	it('validates a mapping read from JSON', () => {
		expect(parseColumnMapping({ version: 1, coordinates: { kind: 'geometry' }, date: 'month', decimal: 'point' })).not.toHaveProperty('error');
		expect(parseColumnMapping({ version: 2 })).toHaveProperty('error');
		expect(parseColumnMapping({ version: 1, coordinates: { kind: 'bng', easting: 'E' }, date: 'd', decimal: 'point' })).toHaveProperty('error');
	});
});

describe('sniffing, numbers, encodings and cells', () => {
	it.each([
		['a,b,c\n1,2,3\n', ','],
		['a;b;c\n51,2745;0,5;"x;y"\n', ';'],
		['a\tb\n1,5\t2\n', '\t'],
		['"a,b";c;d\n1;2;3\n', ';'],
		['single\nvalue\n', ',']
	])('detects the delimiter of %j', (sample, d) => {
		expect(detectDelimiter(sample)).toBe(d);
	});

	it('reads decimal commas and thousands separators under the detected style', () => {
		expect(detectDecimalStyle(['51,2745'], { degrees: true })).toBe('comma');
		expect(detectDecimalStyle(['575,900'])).toBe('point');
		expect(detectDecimalStyle(['1.234,5'])).toBe('comma');
		expect(parseLocaleNumber('51,2745', 'comma')).toBe(51.2745);
		expect(parseLocaleNumber('575,900', 'point')).toBe(575900);
		expect(parseLocaleNumber('575 900.5', 'point')).toBe(575900.5);
		expect(parseLocaleNumber('1.234,5', 'comma')).toBe(1234.5);
		expect(parseLocaleNumber('n/a', 'point')).toBeNaN();
	});

	it('decodes UTF-8, and Windows-1252 after the first invalid byte, even across chunks', () => {
		const d = createChunkDecoder('auto');
		const cp1252 = Uint8Array.from([0x61, 0xa3, 0x35, 0x30, 0x20, 0x96, 0x20, 0x43, 0x61, 0x66, 0xe9]);
		expect(d.decode(Uint8Array.from([0x41, 0xc2])) + d.decode(Uint8Array.from([0xa3, 0x0a])) + d.decode(cp1252, true)).toBe('A£\na£50 – Café');
		expect(d.encoding).toBe('windows-1252');
		const utf8 = createChunkDecoder('auto');
		expect(utf8.decode(new TextEncoder().encode('£ é'), true)).toBe('£ é');
		expect(utf8.encoding).toBe('utf-8');
		expect(createChunkDecoder('windows-1252').decode(Uint8Array.from([0xa3]), true)).toBe('£');
	});

	it('keeps a genuine U+FFFD as UTF-8, in any chunking, and falls back on an invalid byte after a split sequence', () => {
		const bytes = new TextEncoder().encode('a\uFFFDb £ é\n'.repeat(5));
		for (let cut = 0; cut <= bytes.length; cut++) {
			const d = createChunkDecoder('auto');
			expect(d.decode(bytes.subarray(0, cut)) + d.decode(bytes.subarray(cut), true)).toBe('a\uFFFDb £ é\n'.repeat(5));
			expect(d.encoding).toBe('utf-8');
		}
		// 0xC2 opens a two-byte sequence; 0x41 cannot continue it, so both chunks' bytes are read as Windows-1252.
		const split = createChunkDecoder('auto');
		expect(split.decode(Uint8Array.from([0x78, 0xc2])) + split.decode(Uint8Array.from([0x41, 0x0a]), true)).toBe('xÂA\n');
		expect(split.encoding).toBe('windows-1252');
		// A file cut inside a sequence.
		const cut = createChunkDecoder('auto');
		expect(cut.decode(Uint8Array.from([0x78, 0xe2, 0x80])) + cut.decode(new Uint8Array(0), true)).toBe('xâ\u20ac');
		expect(cut.encoding).toBe('windows-1252');
	});

	it('spots binary text, and neutralises formula-like cells in CSV output but not negative numbers', () => {
		expect(looksBinary('a,b\n1,2\n')).toBe(false);
		expect(looksBinary('a\u0000b')).toBe(true);
		expect(isFormulaLike('=HYPERLINK("x")', 0, 15)).toBe(true);
		expect(isFormulaLike('-0.55', 0, 5)).toBe(false);
		expect(isFormulaLike('@SUM(A1)', 0, 8)).toBe(true);
		expect(neutraliseFormula('+cmd')).toBe("'+cmd");
		expect(csvField('=1+1,2')).toBe('"\'=1+1,2"');
	});
});
