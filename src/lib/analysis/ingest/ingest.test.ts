import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../geography/districts';
import { FLAG, OFFENCE_GROUP_KEYS } from '../offences/groups';
import { createOffenceMapping } from '../offences/mapping';
import { createAreaIndex } from '../spatial/area-index';
import { monthLabel } from '../time/month-index';
import { ROW_ISSUE_CODES } from './codes';
import { transferables, UNKNOWN_U16 } from './columns';
import { seededRandom } from './fixtures/seeded-random';
import { createIngest, type IngestOptions, type IngestResult } from './ingest';
import { renderIssuesCsv } from './issues-csv';
import { INCIDENT_CSV_HEADER, renderIncidentsCsv } from './incidents-csv';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const AREAS = createAreaIndex(JSON.parse(readFileSync(new URL('../spatial/fixtures/areas.geojson', import.meta.url), 'utf8')));
const GOLDEN = readFileSync(fixture('2024-01-fixture-street.csv'), 'utf8');
const TRUNCATED = readFileSync(fixture('2024-03-truncated-street.csv'), 'utf8');
const EXPECTED = JSON.parse(readFileSync(fixture('2024-01-fixture-street.expected.json'), 'utf8'));

function run(files: { name: string; text: string }[], chunkSize = 1 << 16, options: Partial<IngestOptions> = {}): IngestResult {
	const ingest = createIngest({ areas: AREAS, ...options });
	for (const { name, text } of files) {
		ingest.beginFile(name, text.length);
		for (let i = 0; i < text.length; i += chunkSize) ingest.push(text.slice(i, i + chunkSize));
		ingest.endFile();
	}
	return ingest.finish();
}

function keptRows({ columns: c }: IngestResult) {
	return Array.from({ length: c.length }, (_, i) => ({
		line: c.line[i],
		group: OFFENCE_GROUP_KEYS[c.group[i]],
		lsoa: c.lsoa[i] === UNKNOWN_U16 ? '' : c.lsoaCodes[c.lsoa[i]],
		district: c.district[i] === UNKNOWN_U16 ? '' : DISTRICTS[c.district[i]].code,
		month: monthLabel(c.monthIndex[i]),
		outside: (c.flags[i] & FLAG.outside) !== 0
	}));
}

function issues({ report }: IngestResult) {
	const is = report.issues;
	return Array.from({ length: is.length }, (_, i) => [is.line[i], ROW_ISSUE_CODES[is.code[i]]]);
}

describe('createIngest on the golden fixture (BOM, CRLF, quotes, embedded newline, every reason code)', () => {
	const result = run([{ name: '2024-01/2024-01-fixture-street.csv', text: GOLDEN }]);
	const t = result.report.total;

	it('counts every row as kept or rejected, by code', () => {
		expect({ rowsRead: t.rowsRead, kept: t.kept, rejected: t.rejected, flagged: t.flagged, groups: t.groups, unmapped: t.unmapped }).toEqual({
			rowsRead: EXPECTED.rowsRead,
			kept: EXPECTED.kept,
			rejected: EXPECTED.rejected,
			flagged: EXPECTED.flagged,
			groups: EXPECTED.groups,
			unmapped: EXPECTED.unmapped
		});
		expect(t.rowsRead).toBe(t.kept + Object.values(t.rejected).reduce((a, b) => a + b, 0));
	});

	it('keeps rows with their physical line, group, LSOA, district, month and outside flag', () => {
		expect(keptRows(result)).toEqual(EXPECTED.kept_rows);
	});

	it('lists rejected and flagged rows by line and code', () => {
		expect(issues(result)).toEqual(EXPECTED.issues);
		const csv = renderIssuesCsv(result.report).split('\r\n');
		expect(csv[0]).toBe('source,line,code,reason');
		expect(csv[1].split(',').slice(0, 3)).toEqual(['2024-01/2024-01-fixture-street.csv', '5', 'no_coordinates']);
		expect(csv).toHaveLength(EXPECTED.issues.length + 2);
	});

	it('stores month precision: time NaN, hour and weekday unknown', () => {
		const c = result.columns;
		expect(Array.from(c.time).every(Number.isNaN)).toBe(true);
		expect(new Set(c.precision)).toEqual(new Set([3]));
		expect(new Set(c.hour)).toEqual(new Set([255]));
		expect(new Set(c.weekday)).toEqual(new Set([255]));
		expect(Array.from(c.month)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
	});

	it('shares cells between repeated coordinates and derives coarser cells from the finest', () => {
		const c = result.columns;
		expect(c.cell9[0]).toBe(c.cell9[2]);
		expect(c.cells[9].length).toBeLessThan(c.length);
		expect(c.cells[7].length).toBeLessThanOrEqual(c.cells[8].length);
		expect(transferables(c)).toHaveLength(19);
	});

	it('writes normalised incidents with spelt-out values', () => {
		const lines = renderIncidentsCsv(result.columns).trimEnd().split('\n');
		expect(INCIDENT_CSV_HEADER.split(',')).toHaveLength(14);
		expect(lines).toHaveLength(10);
		const first = lines[0].split(',');
		expect(first.slice(0, 7)).toEqual(['0.55', '51.25', '2024-01', 'month', 'robbery', 'unknown', '']);
		expect(first.slice(10)).toEqual(['E07000110', 'E01000001', '2024-01/2024-01-fixture-street.csv', '2']);
		expect(lines[5].split(',')[6]).toBe('outside');
	});

	it('gives the same result for every chunk size', () => {
		const whole = JSON.stringify([keptRows(result), issues(result), result.report.total]);
		for (let size = 1; size <= 97; size++) {
			const r = run([{ name: '2024-01/2024-01-fixture-street.csv', text: GOLDEN }], size);
			expect(JSON.stringify([keptRows(r), issues(r), r.report.total]), `chunk size ${size}`).toBe(whole);
		}
	});
});

describe('createIngest files and limits', () => {
	it('rejects an unterminated quote at end of file as malformed, keeping the rows before it', () => {
		const r = run([{ name: '2024-03-truncated-street.csv', text: TRUNCATED }]);
		expect([r.report.total.rowsRead, r.report.total.kept, r.report.total.rejected.malformed_row]).toEqual([4, 3, 1]);
		expect(Array.from(r.columns.line)).toEqual([2, 3, 6]);
		expect(issues(r)).toEqual([[7, 'malformed_row']]);
	});

	it('lists outcomes and stop-and-search files as skipped and refuses files over the size limit unread', () => {
		const ingest = createIngest({ areas: AREAS, maxFileBytes: 1000 });
		expect(ingest.beginFile('2024-01-kent-outcomes.csv', 10)).toEqual({ read: false, code: 'outcomes_file' });
		ingest.push('anything');
		ingest.endFile();
		expect(ingest.beginFile('2024-01-kent-stop-and-search.csv', 10)).toEqual({ read: false, code: 'stop_and_search_file' });
		ingest.endFile();
		expect(ingest.beginFile('notes.txt', 10)).toEqual({ read: false, code: 'not_street_csv' });
		ingest.endFile();
		expect(ingest.beginFile('2024-01-kent-street.csv', 1001)).toEqual({ read: false, code: 'file_too_large' });
		ingest.endFile();
		const { report } = ingest.finish();
		expect(report.files.map((f) => [f.status, f.reason])).toEqual([
			['skipped', 'outcomes_file'],
			['skipped', 'stop_and_search_file'],
			['skipped', 'not_street_csv'],
			['refused', 'file_too_large']
		]);
		expect(report.total.rowsRead).toBe(0);
		expect(report.sources).toEqual([]);
	});

	it('refuses a file whose header lacks a police.uk column, and an empty file', () => {
		const r = run([
			{ name: 'a-street.csv', text: 'Month,Longitude,Latitude\n2024-01,0.55,51.25\n' },
			{ name: 'b-street.csv', text: '' }
		]);
		expect(r.report.files.map((f) => [f.status, f.reason, f.detail, f.rowsRead])).toEqual([
			['refused', 'missing_columns', 'crime type', 0],
			['refused', 'empty_file', '', 0]
		]);
	});

	it('counts rows per source and month and reports progress', () => {
		const ingest = createIngest({ areas: AREAS });
		ingest.beginFile('2024-01-fixture-street.csv', GOLDEN.length);
		ingest.push(GOLDEN.slice(0, 500), 500);
		expect(ingest.progress()).toMatchObject({ filesDone: 0, currentFile: '2024-01-fixture-street.csv', bytesRead: 500 });
		ingest.push(GOLDEN.slice(500), GOLDEN.length - 500);
		ingest.endFile();
		expect(ingest.progress()).toMatchObject({ filesDone: 1, currentFile: null, rowsRead: 19, kept: 10, rejected: 9 });
		const { report } = ingest.finish();
		expect(report.sourceMonths).toEqual([
			{ source: 0, monthIndex: 2024 * 12, rows: 9 },
			{ source: 0, monthIndex: 2024 * 12 + 1, rows: 1 }
		]);
		expect(() => ingest.push('x')).toThrow();
	});

	it('uses a user mapping: flags from the table, labels it lacks listed as unmapped', () => {
		const mapping = createOffenceMapping({ version: 1, source: 'test', entries: [{ label: 'robbery', group: 'robbery', flags: ['knife'] }] });
		const r = run([{ name: 'x-street.csv', text: GOLDEN }], 1 << 16, { mapping });
		expect(r.report.total.flagged.knife).toBe(2);
		expect(r.report.total.groups.unmapped).toBe(8);
		expect(r.report.total.unmapped.map((u) => u.label)).toContain('Public order');
	});
});

describe('createIngest property: random and truncated input', () => {
	const pieces = [',', '"', '\n', '\r\n', '0.55', '51.25', '2024-01', 'Robbery', '', ' ', '0', 'x', '""', '\ufeff'];
	const header = GOLDEN.slice(0, GOLDEN.indexOf('\r\n') + 2);

	it('never throws and always balances rowsRead = kept + rejected, per file and in total', () => {
		const rand = seededRandom(7);
		for (let t = 0; t < 200; t++) {
			const files = [];
			for (let f = 0; f < 2; f++) {
				let body = '';
				if (rand() < 0.5) {
					// A real file cut short at a random point.
					body = GOLDEN.slice(0, Math.floor(rand() * GOLDEN.length));
				} else {
					body = header;
					const n = Math.floor(rand() * 120);
					for (let i = 0; i < n; i++) body += pieces[Math.floor(rand() * pieces.length)];
				}
				files.push({ name: `r${f}-street.csv`, text: body });
			}
			const r = run(files, 1 + Math.floor(rand() * 50));
			for (const c of [r.report.total, ...r.report.files]) {
				const rejected = Object.values(c.rejected).reduce((a, b) => a + b, 0);
				expect(c.rowsRead).toBe(c.kept + rejected);
			}
			expect(r.columns.length).toBe(r.report.total.kept);
			const rejectedIssues = Array.from(r.report.issues.code).filter((code) => ROW_ISSUE_CODES[code] !== 'outside').length;
			expect(rejectedIssues).toBe(r.report.total.rowsRead - r.report.total.kept);
		}
	});
});
