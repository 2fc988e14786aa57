import { describe, expect, it } from 'vitest';
import { AGGREGATE_FILE_CODES, AGGREGATE_MESSAGES, AGGREGATE_ROW_CODES, type AggregateCode } from './codes';
import { importAggregateCsv, type AggregateImport } from './import';
import { csv, D, fixtureLookup } from './lookup.test-helpers';

const lookup = fixtureLookup();
const KNIFE = 'Knife assault admissions';
const run = (text: string): AggregateImport => importAggregateCsv(text, lookup);
const good = [
	['Thanet', '2024-01', KNIFE, 'All ages', '3'],
	['Thanet', '2024-02', KNIFE, 'All ages', '1']
];

describe('importAggregateCsv: a clean table', () => {
	it('returns every row, typed, with a report that keeps them all', () => {
		const result = run(csv([...good, ['E01024633', 'Jan 2024', 'knife_assault_admissions', 'Under 25', '"1,234"']]));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.table.periodKind).toBe('month');
		expect(result.table.measures).toEqual(['knife_assault_admissions']);
		expect(result.table.rows.map((r) => [r.line, r.area.code, r.period.start, r.ageGroup, r.value, r.measureLabel])).toEqual([
			[2, 'E07000114', 24288, 'all', 3, KNIFE],
			[3, 'E07000114', 24289, 'all', 1, KNIFE],
			[4, 'E01024633', 24288, 'under_25', 1234, KNIFE]
		]);
		expect(result.table.rows[2].area.districts).toEqual([D.thanet]);
		expect(result.report).toMatchObject({ rowsRead: 3, kept: 3, rejected: 0, rejectedRows: [], blankLines: 0, delimiter: ',' });
		expect(result.report.columns).toEqual({ areaName: 'area', period: 'period', measure: 'measure', ageGroup: 'age_group', value: 'value' });
	});

	it('reads semicolons, CRLF, a BOM, padded rows and blank lines, and needs no age column', () => {
		const text = '\uFEFFArea Code;Month;Indicator;Count\r\nE07000114;01/2024;X99;2;;\r\n\r\nE07000114;02/2024;X99;0\r\n';
		const result = run(text);
		expect(result.ok && result.table.rows.map((r) => [r.line, r.ageGroup, r.measure, r.value])).toEqual([
			[2, 'all', 'knife_assault_admissions', 2],
			[4, 'all', 'knife_assault_admissions', 0]
		]);
		expect(result.report).toMatchObject({ rowsRead: 2, kept: 2, blankLines: 1, delimiter: ';' });
	});

	it('accepts a matching code and name, and an area type that fits', () => {
		const header = 'area_code,area_name,area_type,period,measure,age_group,value';
		const result = run(csv([['E07000112', 'Shepway', 'District', '2024/25', KNIFE, 'all', '7']], header));
		expect(result.ok && result.table.rows[0]).toMatchObject({ area: { code: 'E07000112' }, period: { kind: 'financial_year', label: '2024/25' }, value: 7 });
	});
});

describe('importAggregateCsv: file errors', () => {
	it.each([
		['', 'empty_file'],
		['\n\n', 'empty_file'],
		['area,period,measure,value\n', 'no_rows'],
		['area,period,measure,value\n\n,,,\n', 'no_rows'],
		['area,period,age,value\nThanet,2024-01,all,3\n', 'missing_columns'],
		['area,period,measure,count,value\nThanet,2024-01,x,3,3\n', 'duplicate_columns']
	])('%j -> %s', (text, code) => {
		const result = run(text);
		expect(result.ok).toBe(false);
		expect(result.report.fileError?.code).toBe(code);
		expect('table' in result).toBe(false);
	});
});

const CODE_HEADER = 'area_code,area_name,area_type,period,measure,age_group,value';

/** One bad row (line 3) between good ones: [code, header, bad row]. */
const BAD_ROWS: [AggregateCode, string, string][] = [
	['malformed_row', 'area,period,measure,age_group,value', `Thanet,2024-03,${KNIFE},all,3,surplus`],
	['missing_area', 'area,period,measure,age_group,value', `,2024-03,${KNIFE},all,3`],
	['unknown_area', 'area,period,measure,age_group,value', `Brighton,2024-03,${KNIFE},all,3`],
	['area_mismatch', CODE_HEADER, `E07000114,Dover,,2024-03,${KNIFE},all,3`],
	['unknown_area_type', CODE_HEADER, `E07000114,Thanet,Ward,2024-03,${KNIFE},all,3`],
	['area_type_mismatch', CODE_HEADER, `E07000114,Thanet,LSOA,2024-03,${KNIFE},all,3`],
	['missing_period', 'area,period,measure,age_group,value', `Thanet,,${KNIFE},all,3`],
	['invalid_period', 'area,period,measure,age_group,value', `Thanet,2024-13,${KNIFE},all,3`],
	['financial_quarter', 'area,period,measure,age_group,value', `Thanet,2024/25 Q1,${KNIFE},all,3`],
	['missing_measure', 'area,period,measure,age_group,value', 'Thanet,2024-03,,all,3'],
	['unknown_age_group', 'area,period,measure,age_group,value', `Thanet,2024-03,${KNIFE},10-17,3`],
	['missing_value', 'area,period,measure,age_group,value', `Thanet,2024-03,${KNIFE},all,`],
	['suppressed_value', 'area,period,measure,age_group,value', `Thanet,2024-03,${KNIFE},all,*`],
	['not_a_number', 'area,period,measure,age_group,value', `Thanet,2024-03,${KNIFE},all,three`],
	['negative_value', 'area,period,measure,age_group,value', `Thanet,2024-03,${KNIFE},all,-1`],
	['not_integer', 'area,period,measure,age_group,value', `Thanet,2024-03,${KNIFE},all,1.5`],
	['mixed_periods', 'area,period,measure,age_group,value', `Dover,2024 Q1,${KNIFE},all,3`],
	['overlapping_period', 'area,period,measure,age_group,value', `Thanet,Jan 2024,${KNIFE},all,4`],
	['overlapping_area', 'area,period,measure,age_group,value', `E01024634,2024-01,${KNIFE},all,1`]
];

/** The two good rows in the layout of the header. */
function goodRows(header: string): string[] {
	return header === CODE_HEADER ? good.map(([, p, m, a, v]) => `E07000114,Thanet,District,${p},${m},${a},${v}`) : good.map((r) => r.join(','));
}

describe('importAggregateCsv: one bad row imports nothing', () => {
	it.each(BAD_ROWS)('%s', (code, header, bad) => {
		const [first, second] = goodRows(header);
		const result = run(`${header}\n${first}\n${bad}\n${second}\n`);
		expect(result.ok).toBe(false);
		expect('table' in result).toBe(false);
		expect(result.report).toMatchObject({ rowsRead: 3, kept: 2, rejected: 1 });
		expect(result.report.rejectedRows.map((r) => [r.line, r.code])).toEqual([[3, code]]);
		expect(result.report.byCode[code as keyof typeof result.report.byCode]).toBe(1);
	});

	it('covers every code, and every code has a message', () => {
		const tested = new Set<string>([...BAD_ROWS.map(([c]) => c), 'empty_file', 'no_rows', 'missing_columns', 'duplicate_columns']);
		expect([...tested].sort()).toEqual([...AGGREGATE_ROW_CODES, ...AGGREGATE_FILE_CODES].sort());
		for (const code of tested) expect(AGGREGATE_MESSAGES[code as AggregateCode]).toBeTruthy();
	});

	it('quotes the offending value and lists every rejected row by line', () => {
		const result = run(csv([['Brighton', '2024-01', KNIFE, 'all', '1'], ...good, ['Thanet', '2024-03', KNIFE, 'all', '-2'], ['Thanet', '2024-04', KNIFE, 'all', '2']]));
		expect(result.report.rejectedRows).toEqual([
			{ line: 2, code: 'unknown_area', value: 'Brighton' },
			{ line: 5, code: 'negative_value', value: '-2' }
		]);
		expect(result.report).toMatchObject({ rowsRead: 5, kept: 3, rejected: 2 });
	});

	it('reports an unterminated quote as malformed', () => {
		const result = run(`${csv(good)}Thanet,2024-03,"${KNIFE},all,3\n`);
		expect(result.report.rejectedRows.map((r) => [r.line, r.code])).toEqual([[4, 'malformed_row']]);
	});
});

describe('importAggregateCsv: mixed periods', () => {
	it('rejects every row of the less common kind', () => {
		const result = run(csv([...good, ['Dover', '2024 Q1', KNIFE, 'all', '2'], ['Thanet', '2024-03', KNIFE, 'all', '2'], ['Dover', 'Q2 2024', KNIFE, 'all', '2'], ['Swale', '2024-01', KNIFE, 'all', '2']]));
		expect(result.report.rejectedRows.map((r) => [r.line, r.code])).toEqual([
			[4, 'mixed_periods'],
			[6, 'mixed_periods']
		]);
	});

	it('on a tie keeps the kind of the first row', () => {
		const result = run(csv([['Dover', '2024 Q1', KNIFE, 'all', '2'], ['Swale', '2024-01', KNIFE, 'all', '2']]));
		expect(result.report.rejectedRows.map((r) => [r.line, r.code])).toEqual([[3, 'mixed_periods']]);
	});
});

describe('importAggregateCsv: overlaps', () => {
	const lines = (rows: string[][]) => run(csv(rows)).report.rejectedRows.map((r) => [r.line, r.code, r.conflictsWith]);

	it.each<[string, string[][], (string | number | undefined)[][]]>([
		['the same month twice', [...good, ['E07000114', '01/2024', KNIFE, 'All ages', '9']], [[4, 'overlapping_period', 2]]],
		['a financial year over one of its months', [['Thanet', '2024-05', KNIFE, 'all', '1'], ['Thanet', '2024/25', KNIFE, 'all', '9']], [[3, 'overlapping_period', 2]]],
		['a district and one of its LSOAs', [...good, ['E01024633', '2024-01', KNIFE, 'all', '1']], [[4, 'overlapping_area', 2]]],
		['an LSOA, then its district', [['E01024633', '2024-01', KNIFE, 'all', '1'], ['Thanet', '2024-01', KNIFE, 'all', '1']], [[3, 'overlapping_area', 2]]],
		['Kent and a Kent district', [['Kent', '2024-01', KNIFE, 'all', '9'], ['Dover', '2024-01', KNIFE, 'all', '1']], [[3, 'overlapping_area', 2]]],
		['the county and Medway', [['Medway', '2024-01', KNIFE, 'all', '1'], ['Kent and Medway', '2024-01', KNIFE, 'all', '9']], [[3, 'overlapping_area', 2]]],
		['a CSP and one of its districts', [['Dartford and Gravesham CSP', '2024-01', KNIFE, 'all', '3'], ['Gravesham', '2024-01', KNIFE, 'all', '1']], [[3, 'overlapping_area', 2]]],
		['a district under its old name', [['Folkestone & Hythe', '2024-01', KNIFE, 'all', '3'], ['Shepway', '2024-01', KNIFE, 'all', '3']], [[3, 'overlapping_period', 2]]]
	])('flags %s on the later row', (_, rows, expected) => {
		expect(lines(rows)).toEqual(expected);
	});

	it.each<[string, string[][]]>([
		['different LSOAs of one district', [['E01024633', '2024-01', KNIFE, 'all', '1'], ['E01024634', '2024-01', KNIFE, 'all', '1']]],
		['Kent and Medway side by side', [['Kent', '2024-01', KNIFE, 'all', '9'], ['Medway', '2024-01', KNIFE, 'all', '1']]],
		['a district and its LSOAs in different months', [['Thanet', '2024-01', KNIFE, 'all', '1'], ['E01024633', '2024-02', KNIFE, 'all', '1']]],
		['one area in different age groups', [['Thanet', '2024-01', KNIFE, 'all', '2'], ['Thanet', '2024-01', KNIFE, 'Under 25', '1']]],
		['one area for different measures', [['Thanet', '2024-01', KNIFE, 'all', '2'], ['Thanet', '2024-01', 'Gun assault admissions', 'all', '1']]]
	])('accepts %s', (_, rows) => {
		expect(lines(rows)).toEqual([]);
	});
});
