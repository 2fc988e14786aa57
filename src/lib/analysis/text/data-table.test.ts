import { describe, expect, it } from 'vitest';
import { readRecords, readTable } from './data-table';

describe('readTable', () => {
	it('reads quoted fields with commas, quotes and line breaks, a BOM and CRLF endings', () => {
		const text = '\uFEFFcode,name\r\nE01,"Folkestone, Hythe"\r\nE02,"The ""Old"" Town"\r\nE03,"two\nlines"\r\n\r\n';
		expect(readTable(text)).toEqual({ header: ['code', 'name'], rows: [['E01', 'Folkestone, Hythe'], ['E02', 'The "Old" Town'], ['E03', 'two\nlines']] });
		expect(readRecords(text)[0]).toEqual({ code: 'E01', name: 'Folkestone, Hythe' });
	});

	it('refuses a row of the wrong width instead of shifting its columns', () => {
		expect(() => readTable('a,b\n1,2\n3\n')).toThrow(/row 3 has 1 fields, header has 2/);
		expect(() => readTable('a,b\n1,"2\n')).toThrow(/CSV row/);
	});
});
