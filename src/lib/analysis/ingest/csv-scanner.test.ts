import { describe, expect, it } from 'vitest';
import { CsvScanner, type CsvRecord } from './csv-scanner';
import { seededRandom } from './fixtures/seeded-random';

interface Row {
	line: number;
	ok: boolean;
	fields: string[];
	problem?: string;
}

function scan(chunks: readonly string[], maxRecordChars?: number): Row[] {
	const rows: Row[] = [];
	const s = new CsvScanner(
		(r: CsvRecord) =>
			rows.push({ line: r.line, ok: r.ok, fields: Array.from({ length: r.count }, (_, i) => r.field(i)), ...(r.problem ? { problem: r.problem } : {}) }),
		{ maxRecordChars }
	);
	for (const c of chunks) s.push(c);
	s.end();
	return rows;
}

function chunked(text: string, size: number): string[] {
	const out: string[] = [];
	for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
	return out;
}

const TRICKY = '\ufeffa,b,c\r\n1,"x,y",3\r\n"multi\r\nline ""quoted""",,\n\n4,5,6\r\n"end"';

describe('CsvScanner', () => {
	it('splits fields, strips the BOM and reads CRLF and LF alike', () => {
		expect(scan(['\ufeffa,b\r\n1,2\n3,4'])).toEqual([
			{ line: 1, ok: true, fields: ['a', 'b'] },
			{ line: 2, ok: true, fields: ['1', '2'] },
			{ line: 3, ok: true, fields: ['3', '4'] }
		]);
	});

	it('unescapes quotes, keeps embedded newlines and numbers records by their first physical line', () => {
		expect(scan([TRICKY])).toEqual([
			{ line: 1, ok: true, fields: ['a', 'b', 'c'] },
			{ line: 2, ok: true, fields: ['1', 'x,y', '3'] },
			{ line: 3, ok: true, fields: ['multi\r\nline "quoted"', '', ''] },
			{ line: 5, ok: true, fields: [''] },
			{ line: 6, ok: true, fields: ['4', '5', '6'] },
			{ line: 7, ok: true, fields: ['end'] }
		]);
	});

	it('gives the same records for every chunk size', () => {
		const whole = scan([TRICKY]);
		for (let size = 1; size <= TRICKY.length; size++) expect(scan(chunked(TRICKY, size)), `chunk size ${size}`).toEqual(whole);
	});

	it('does not emit a record after a final newline', () => {
		expect(scan(['a\n', 'b\r\n'])).toHaveLength(2);
		expect(scan([''])).toEqual([]);
	});

	it('reports an unterminated quote at end of input as malformed and resumes at the next line', () => {
		const rows = scan(['a,b\n1,"open\n2,3\n']);
		expect(rows.map((r) => [r.line, r.ok])).toEqual([
			[1, true],
			[2, false],
			[3, true]
		]);
	});

	it('marks junk after a closing quote as malformed without losing the next record', () => {
		const rows = scan(['"a"b,c\nd,e\n']);
		expect(rows.map((r) => [r.line, r.ok, r.fields.length])).toEqual([
			[1, false, 2],
			[2, true, 2]
		]);
	});

	it('rejects a quoted cell longer than maxRecordChars whole, with its own reason, and never reads lines inside it as rows', () => {
		const body = 'x'.repeat(100);
		const problems: (string | null)[] = [];
		const closed = new CsvScanner((r) => problems.push(r.problem), { maxRecordChars: 50 });
		for (const c of chunked(`h\n"${body}\n${body}\nmore",1\nok\n`, 7)) closed.push(c);
		closed.end();
		expect(problems).toEqual([null, 'field_too_long', null]);
		expect(scan(chunked(`h\n"${body}\n${body}\nmore",1\nok\n`, 7), 50).map((r) => [r.line, r.ok])).toEqual([
			[1, true],
			[2, false],
			[5, true]
		]);
		// Never closed: everything after the quote is inside the cell.
		expect(scan(chunked(`h\n"${body}\nshort\nok\n`, 7), 50).map((r) => [r.line, r.ok])).toEqual([
			[1, true],
			[2, false]
		]);
	});

	it('rejects a line longer than maxRecordChars with its own reason and reads on from the next line', () => {
		const problems: (string | null)[] = [];
		const s = new CsvScanner((r) => problems.push(r.ok ? 'ok' : r.problem), { maxRecordChars: 50 });
		for (const c of chunked(`h\n${'y,'.repeat(60)}\nok\n`, 7)) s.push(c);
		s.end();
		expect(problems).toEqual(['ok', 'line_too_long', 'ok']);
	});

	it('cuts and names an over-long record the same way whatever the chunk size (each case, found by fuzzing, differed before)', () => {
		const cases: [string, string][] = [
			// 16 quotes and a comma: one line whose quoted cell runs past the limit.
			[`${'"'.repeat(16)},`, 'field_too_long'],
			// An unterminated quote: the character past the limit is inside it.
			['"""""\r\r,"a', 'field_too_long'],
			// Junk after a closing quote reads on unquoted: the line is what is too long.
			[`a,"b"${'x'.repeat(12)}\n"c\nd"`, 'line_too_long'],
			// A long quoted cell, then a second quoted cell holding a line break: the whole record is skipped.
			[`"${'x'.repeat(20)}","a\nb"\nok`, 'field_too_long']
		];
		for (const [text, problem] of cases) {
			const whole = scan([text], 8);
			expect(whole[0].problem).toBe(problem);
			for (let size = 1; size <= text.length; size++) expect(scan(chunked(text, size), 8), `${JSON.stringify(text)} in chunks of ${size}`).toEqual(whole);
		}
		expect(scan([`"${'x'.repeat(20)}","a\nb"\nok`], 8).map((r) => [r.line, r.ok])).toEqual([
			[1, false],
			[3, true]
		]);
	});

	it('never throws on random input and accounts for every physical line it consumes', () => {
		const rand = seededRandom(42);
		const alphabet = ['a', '1', ',', '"', '\n', '\r', ' ', '\ufeff', 'é', '""', 'aaaaaaaaaaaaaaaaaaaa'];
		for (let t = 0; t < 2000; t++) {
			let text = '';
			const n = Math.floor(rand() * 200);
			for (let i = 0; i < n; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
			// A cut record's text is whatever was buffered; only its line and status are defined.
			const comparable = (rows: Row[]) => rows.map((r) => (r.ok ? r : { ...r, fields: [] }));
			const whole = scan([text], 64);
			const size = 1 + Math.floor(rand() * 17);
			expect(comparable(scan(chunked(text, size), 64))).toEqual(comparable(whole));
			const lines = whole.map((r) => r.line);
			expect([...lines].sort((a, b) => a - b)).toEqual(lines);
			expect(new Set(lines).size).toBe(lines.length);
		}
	});
	it('reads lines without a delimiter in linear time: 400,000 one-field lines in one 2.8 MB chunk (a search to the end of the buffer per record would take minutes)', () => {
		let n = 0;
		const s = new CsvScanner(() => n++);
		s.push('value\n'.repeat(400_000));
		s.end();
		expect(n).toBe(400_000);
	}, 10_000);
});
