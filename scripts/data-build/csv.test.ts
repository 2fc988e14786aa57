import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from './csv';

describe('parseCsv', () => {
	it('handles a BOM, CRLF, quoted commas and doubled quotes', () => {
		const text = '\uFEFFcode,rank,name\r\nE01,"6,597","a ""b"""\r\nE02,1,c\r\n';
		expect(parseCsv(text)).toEqual([
			{ code: 'E01', rank: '6,597', name: 'a "b"' },
			{ code: 'E02', rank: '1', name: 'c' }
		]);
	});

	it('rejects rows with the wrong number of fields', () => {
		expect(() => parseCsv('a,b\n1\n')).toThrow(/row 2/);
	});
});

describe('formatCsv', () => {
	it('quotes only when needed and ends with a newline', () => {
		expect(formatCsv(['a', 'b'], [['x,y', 1], [null, 'q"']])).toBe('a,b\n"x,y",1\n,"q"""\n');
	});

	it('round-trips through parseCsv', () => {
		const text = formatCsv(['a', 'b'], [['Folkestone & Hythe', 'line\nbreak']]);
		expect(parseCsv(text)).toEqual([{ a: 'Folkestone & Hythe', b: 'line\nbreak' }]);
	});
});
