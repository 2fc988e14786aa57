import { describe, expect, it } from 'vitest';
import { emptyCounts, type FileReport, type IngestReport, type RowCounts } from '$lib/analysis/ingest/report';
import type { MonthSummary } from '$lib/analysis/ingest/month-gaps';
import { balanceOf, balanceText, cellWarningText, formatCount, formatMegabytes, formatPercent, monthNotes, precisionText, readAsText, rejectLines, rowReportModel, skippedFiles } from './row-report-model';

function counts(over: Partial<Omit<RowCounts, 'rejected' | 'flagged'>> & { rejected?: Partial<RowCounts['rejected']>; flagged?: Partial<RowCounts['flagged']> } = {}): RowCounts {
	const base = emptyCounts();
	return { ...base, ...over, rejected: { ...base.rejected, ...over.rejected }, flagged: { ...base.flagged, ...over.flagged } };
}

function file(name: string, over: Partial<FileReport> = {}): FileReport {
	return { ...counts(), name, sizeBytes: 1000, status: 'read', source: 0, ...over };
}

function month(label: string, rows: number, ratio: number, status: MonthSummary['status']): MonthSummary {
	return { monthIndex: 0, month: label, rows, ratio, status };
}

describe('formatting', () => {
	it.each([
		[0, '0'],
		[999, '999'],
		[1000, '1,000'],
		[60021, '60,021'],
		[1_000_000, '1,000,000']
	])('formatCount(%d) is %s', (n, text) => expect(formatCount(n)).toBe(text));

	it.each([
		[0, '0.0'],
		[3_200_000, '3.2'],
		[45_000_000, '45.0'],
		[49_999, '0.0'],
		[1_234_567_890, '1,234.6']
	])('formatMegabytes(%d) is %s (10^6 bytes a MB)', (bytes, text) => expect(formatMegabytes(bytes)).toBe(text));

	it.each([
		[0.43, '43%'],
		[0.746, '75%'],
		[0, '0%'],
		[0.004, 'under 1%'],
		[1, '100%'],
		[NaN, 'n/a']
	])('formatPercent(%d) is %s', (ratio, text) => expect(formatPercent(ratio)).toBe(text));
});

describe('balance', () => {
	it.each([
		{ name: 'nothing', c: counts(), expected: { rowsRead: 0, kept: 0, rejected: 0 } },
		{ name: 'one reason', c: counts({ rowsRead: 10, kept: 8, rejected: { no_coordinates: 2 } }), expected: { rowsRead: 10, kept: 8, rejected: 2 } },
		{
			name: 'every reason summed',
			c: counts({ rowsRead: 21, kept: 0, rejected: { empty_row: 1, malformed_row: 2, no_coordinates: 3, zero_coordinates: 4, coordinates_out_of_range: 5, unparseable_month: 6 } }),
			expected: { rowsRead: 21, kept: 0, rejected: 21 }
		}
	])('$name', ({ c, expected }) => expect(balanceOf(c)).toEqual(expected));

	it('reads as an equation', () => {
		expect(balanceText({ rowsRead: 60021, kept: 59420, rejected: 601 })).toBe('Rows read 60,021 = kept 59,420 + rejected 601');
	});
});

describe('rejectLines', () => {
	it.each([
		{ name: 'no rejects, no lines', rejected: {}, codes: [] },
		{ name: 'only non-zero codes', rejected: { no_coordinates: 601 }, codes: ['no_coordinates'] },
		{ name: 'in code-table order', rejected: { unparseable_month: 1, empty_row: 2 }, codes: ['empty_row', 'unparseable_month'] }
	])('$name', ({ rejected, codes }) => {
		const lines = rejectLines(counts({ rejected }));
		expect(lines.map((l) => l.code)).toEqual(codes);
		for (const l of lines) expect(l.message.length).toBeGreaterThan(0);
	});
});

describe('skippedFiles', () => {
	it.each([
		{ name: 'read files are not listed', f: file('a-street.csv'), expected: [] },
		{
			name: 'outcomes file',
			f: file('x.zip:2024-01/2024-01-kent-outcomes.csv', { status: 'skipped', reason: 'outcomes_file', source: -1 }),
			expected: [{ status: 'skipped', reason: 'outcomes_file', text: 'police.uk outcomes file: skipped so nothing is counted twice' }]
		},
		{
			name: 'too large shows the size',
			f: file('big-street.csv', { status: 'refused', reason: 'file_too_large', sizeBytes: 2_500_000_000, source: -1 }),
			expected: [{ status: 'refused', reason: 'file_too_large', text: 'File is larger than the size limit (2,500.0 MB)' }]
		},
		{
			name: 'detail is appended',
			f: file('notes.txt', { status: 'skipped', reason: 'not_street_csv', detail: 'notes.txt', source: -1 }),
			expected: [{ status: 'skipped', reason: 'not_street_csv', text: 'Not a police.uk street-level CSV (name must end -street.csv): notes.txt' }]
		}
	])('$name', ({ f, expected }) => {
		expect(skippedFiles([f]).map(({ status, reason, text }) => ({ status, reason, text }))).toEqual(expected);
	});
});

describe('monthNotes', () => {
	it.each([
		{ name: 'all ok, no notes', months: [month('2024-01', 100, 1, 'ok'), month('2024-02', 95, 0.95, 'ok')], texts: [] },
		{
			name: 'a low month',
			months: [month('2018-10', 100, 1, 'ok'), month('2018-12', 43, 0.43, 'low')],
			texts: ['2018-12: about 43% of neighbouring months — likely incomplete; charts grey it']
		},
		{
			name: 'one missing month',
			months: [month('2024-01', 100, 1, 'ok'), month('2024-02', 0, 0, 'missing'), month('2024-03', 100, 1, 'ok')],
			texts: ['2024-02: no rows — missing; charts grey it']
		},
		{
			name: 'a run of missing months is one line',
			months: [month('2019-01', 100, 1, 'ok'), month('2019-02', 0, 0, 'missing'), month('2019-03', 0, 0, 'missing'), month('2019-04', 0, 0, 'missing'), month('2019-05', 100, 1, 'ok')],
			texts: ['2019-02 to 2019-04: no rows (3 months) — missing; charts grey them']
		}
	])('$name', ({ months, texts }) => expect(monthNotes(months).map((n) => n.text)).toEqual(texts));
});

describe('rowReportModel', () => {
	const report: IngestReport = {
		files: [
			file('2024-01/2024-01-kent-street.csv', { rowsRead: 10, kept: 7, rejected: { ...emptyCounts().rejected, no_coordinates: 3 }, flagged: { ...emptyCounts().flagged, outside: 1 } }),
			file('2024-01/2024-01-kent-outcomes.csv', { status: 'skipped', reason: 'outcomes_file', source: -1 })
		],
		total: counts({ rowsRead: 10, kept: 7, rejected: { no_coordinates: 3 }, flagged: { outside: 1 }, unmapped: [{ label: 'Other', count: 2 }] }),
		sources: ['2024-01/2024-01-kent-street.csv'],
		sourceMonths: [],
		months: [month('2024-01', 7, NaN, 'ok')],
		issues: { length: 4, source: new Uint16Array(4), line: new Uint32Array(4), code: new Uint8Array(4) },
		cancelled: false
	};

	it('balances in total and per file, and counts the rows the download holds', () => {
		const m = rowReportModel(report);
		expect(m.total).toEqual({ rowsRead: 10, kept: 7, rejected: 3 });
		expect(m.total.kept + m.total.rejected).toBe(m.total.rowsRead);
		expect(m.files).toEqual([{ name: '2024-01/2024-01-kent-street.csv', balance: { rowsRead: 10, kept: 7, rejected: 3 }, outside: 1, readAs: null, precision: null, cells: null, replaced: null }]);
		expect(m.inDataset).toBeNull();
		expect(m.skipped.map((s) => s.name)).toEqual(['2024-01/2024-01-kent-outcomes.csv']);
		expect(m.rejects.map((r) => [r.code, r.count])).toEqual([['no_coordinates', 3]]);
		expect(m.outside).toBe(1);
		expect(m.issueRows).toBe(4);
		expect(m.months).toEqual([]);
		expect(m.unmapped).toEqual([{ label: 'Other', count: 2 }]);
	});

	it('does not mutate the report', () => {
		const before = structuredClone(report);
		rowReportModel(report);
		expect(report).toEqual(before);
	});
});

describe('rows replaced by later imports', () => {
	it('are named per file with their months, and the total says what the dataset holds now', () => {
		const report: IngestReport = {
			files: [
				file('2024-01-kent-street.csv', { ...counts({ rowsRead: 12, kept: 10, rejected: { no_coordinates: 2 } }), replaced: 10, replacements: [{ monthIndex: 24288, rows: 10, by: 'd#2' }] }),
				file('fixed.csv', { ...counts({ rowsRead: 9, kept: 9 }), source: 1, importId: 'd#2' })
			],
			total: counts({ rowsRead: 21, kept: 19, rejected: { no_coordinates: 2 } }),
			sources: ['2024-01-kent-street.csv', 'fixed.csv'],
			sourceMonths: [],
			months: [],
			issues: { length: 0, source: new Uint16Array(0), line: new Uint32Array(0), code: new Uint8Array(0) },
			cancelled: false
		};
		const m = rowReportModel(report);
		expect(m.files.map((f) => f.replaced)).toEqual(['10 of the kept rows replaced by a later import (01/2024)', null]);
		expect(m.inDataset).toEqual({ replaced: 10, rows: 9 });
		expect(m.total).toEqual({ rowsRead: 21, kept: 19, rejected: 2 });
	});
});

describe('per-file lines for analysts\' files', () => {
	const columns = { version: 1, coordinates: { kind: 'bng', easting: 'E', northing: 'N' }, date: 'D', decimal: 'point' } as const;
	const force = file('force.csv', { format: 'delimited', delimiter: ';', encoding: 'utf-8', columns });

	it('says how a file was read, and nothing for police.uk files', () => {
		expect(readAsText(force)).toBe('semicolon-separated, UTF-8, easting/northing (British National Grid, 7-parameter Helmert: within about 5 m)');
		expect(readAsText(file('x.geojson', { format: 'geojson', columns: { ...columns, coordinates: { kind: 'geometry' } } }))).toBe('GeoJSON, GeoJSON points');
		expect(readAsText(file('2024-01-kent-street.csv', { format: 'police-uk' }))).toBeNull();
	});

	it('puts the precision check in words with the policy applied', () => {
		const precision = { rows: 200, imprecise: 50, shared: 30, centroid: 20, rounded100m: 0, rounded1km: 0, sharedCoordinates: 2, sharedThreshold: 10, policy: 'area-only', share: 0.25, applied: true } as const;
		expect(precisionText({ ...force, precision })).toBe(
			'Location imprecise: 50 of 200 rows (25%): 30 on 2 points shared by 10+ rows; 20 on LSOA population-weighted centroids; counted in district and LSOA tables only, not hexes'
		);
		expect(precisionText({ ...force, precision: { ...precision, imprecise: 0 } })).toBeNull();
	});

	it('lists formula-like cells and clock-change hours', () => {
		expect(cellWarningText({ ...force, cells: { formulaLike: 2, html: 0, repeatedHour: 1, skippedHour: 0 } })).toBe(
			'2 formula-like cells (neutralised in any CSV written); 1 in the repeated October hour (read as BST)'
		);
		expect(cellWarningText({ ...force, cells: { formulaLike: 0, html: 0, repeatedHour: 0, skippedHour: 0 } })).toBeNull();
	});
});
