import { describe, expect, it } from 'vitest';
import { importAggregateCsv, type AggregateTable } from './import';
import { csv, D, fixtureLookup } from './lookup.test-helpers';
import { aggregateSeries, type SeriesOptions } from './series';

const lookup = fixtureLookup();
const K = 'knife_assault_admissions';
const JAN = 24288;

function table(rows: string[][]): AggregateTable {
	const result = importAggregateCsv(csv(rows), lookup);
	if (!result.ok) throw new Error(`fixture does not import: ${JSON.stringify(result.report.rejectedRows)}`);
	return result.table;
}

const county = (ageGroup: SeriesOptions['ageGroup'] = 'all'): SeriesOptions => ({ measure: K, ageGroup, area: { level: 'county' } });
const district = (d: number, ageGroup: SeriesOptions['ageGroup'] = 'all'): SeriesOptions => ({ measure: K, ageGroup, area: { level: 'district', district: d } });
const values = (t: AggregateTable, o: SeriesOptions) => {
	const s = aggregateSeries(t, o);
	return 'points' in s ? s.points.map((p) => [p.start - JAN, p.value]) : s;
};

/** Eleven districts by their own rows (Ashford 1 ... Tunbridge Wells 11: 66), Thanet and Medway by LSOAs. */
const ELEVEN = ['Ashford', 'Canterbury', 'Dartford', 'Dover', 'Gravesham', 'Maidstone', 'Sevenoaks', 'Folkestone & Hythe', 'Swale', 'Tonbridge & Malling', 'Tunbridge Wells'];
const jan = [
	...ELEVEN.map((name, i) => [name, '2024-01', K, 'all', String(i + 1)]),
	['E01024633', '2024-01', K, 'all', '2'],
	['E01024634', '2024-01', K, 'all', '1'],
	['E01024635', '2024-01', K, 'all', '4'],
	['E01016016', '2024-01', K, 'all', '5'],
	['E01016017', '2024-01', K, 'all', '6']
];

describe('aggregateSeries: areas', () => {
	it('sums LSOAs to their district and every district to the county (hand sums: Thanet 2+1+4, Medway 5+6, county 66+7+11)', () => {
		const t = table(jan);
		expect(values(t, district(D.thanet))).toEqual([[0, 7]]);
		expect(values(t, district(D.medway))).toEqual([[0, 11]]);
		expect(values(t, district(D.sevenoaks))).toEqual([[0, 7]]);
		expect(values(t, county())).toEqual([[0, 84]]);
	});

	it('leaves out a district whose LSOAs are not all there, and the county with it', () => {
		const t = table([...jan, ...ELEVEN.map((name) => [name, '2024-02', K, 'all', '1']), ['E01024633', '2024-02', K, 'all', '2'], ['E01024634', '2024-02', K, 'all', '1'], ['Medway', '2024-02', K, 'all', '3']]);
		const thanet = aggregateSeries(t, district(D.thanet));
		expect(thanet).toMatchObject({ periodKind: 'month', points: [{ start: JAN, months: 1, value: 7 }] });
		expect('partial' in thanet && thanet.partial).toEqual([{ start: JAN + 1, months: 1, reason: expect.stringContaining('2 of the 3') }]);
		const all = aggregateSeries(t, county());
		expect('points' in all && all.points.map((p) => p.value)).toEqual([84]);
		expect('partial' in all && all.partial[0].reason).toContain('all 13 districts');
	});

	it('needs all 13 districts for a county total', () => {
		const t = table(jan.filter(([name]) => name !== 'Sevenoaks'));
		expect(aggregateSeries(t, county())).toEqual({ unavailable: expect.stringContaining('Sevenoaks') });
	});

	it('uses a county row directly', () => {
		expect(values(table([['Kent and Medway', '2024-01', K, 'all', '200']]), county())).toEqual([[0, 200]]);
	});

	it('adds Kent County Council and Medway for the county', () => {
		const t = table([['Kent', '2024-01', K, 'all', '150'], ['Medway', '2024-01', K, 'all', '30']]);
		expect(values(t, county())).toEqual([[0, 180]]);
		expect(aggregateSeries(t, district(D.thanet))).toEqual({ unavailable: expect.stringContaining('larger than Thanet') });
		expect(values(t, district(D.medway))).toEqual([[0, 30]]);
	});

	it('counts the Dartford and Gravesham CSP once in the county, but never splits it', () => {
		const rest = ELEVEN.filter((n) => n !== 'Dartford' && n !== 'Gravesham').map((name) => [name, '2024-01', K, 'all', '1']);
		const t = table([['Dartford and Gravesham CSP', '2024-01', K, 'all', '8'], ['Thanet', '2024-01', K, 'all', '2'], ['Medway', '2024-01', K, 'all', '3'], ...rest]);
		// 8 (CSP) + 2 (Thanet) + 3 (Medway) + 9 other districts at 1.
		expect(values(t, county())).toEqual([[0, 22]]);
		expect(aggregateSeries(t, district(D.dartford))).toEqual({ unavailable: expect.stringContaining('Dartford and Gravesham CSP') });
	});

	it('gives the joint CSP its own row, or the sum of its two districts (hand sums: 8; 3 + 5)', () => {
		const csp: SeriesOptions = { measure: K, ageGroup: 'all', area: { level: 'csp', code: 'E22000352' } };
		expect(values(table([['Dartford and Gravesham CSP', '2024-01', K, 'all', '8']]), csp)).toEqual([[0, 8]]);
		expect(values(table([['Dartford', '2024-01', K, 'all', '3'], ['Gravesham', '2024-01', K, 'all', '5'], ['Thanet', '2024-01', K, 'all', '9']]), csp)).toEqual([[0, 8]]);
		expect(aggregateSeries(table([['Dartford', '2024-01', K, 'all', '3']]), csp)).toEqual({ unavailable: expect.stringContaining('Gravesham') });
	});
});

describe('aggregateSeries: age groups', () => {
	const bands = [
		['Thanet', '2024-01', K, '0-17', '1'],
		['Thanet', '2024-01', K, '18-24', '2'],
		['Thanet', '2024-01', K, '25+', '3']
	];

	it('sums bands to all ages and 0-17 + 18-24 to under 25', () => {
		const t = table(bands);
		expect(values(t, district(D.thanet))).toEqual([[0, 6]]);
		expect(values(t, district(D.thanet, 'under_25'))).toEqual([[0, 3]]);
	});

	it('prefers explicit all-ages and under-25 rows to the bands', () => {
		const t = table([...bands, ['Thanet', '2024-01', K, 'All ages', '9'], ['Thanet', '2024-01', K, 'Under 25', '4']]);
		expect(values(t, district(D.thanet))).toEqual([[0, 9]]);
		expect(values(t, district(D.thanet, 'under_25'))).toEqual([[0, 4]]);
	});

	it('adds under 25 and 25+ for all ages', () => {
		expect(values(table([['Thanet', '2024-01', K, 'Under 25', '4'], ['Thanet', '2024-01', K, '25+', '5']]), district(D.thanet))).toEqual([[0, 9]]);
	});

	it('needs the unknown band once the table records unknown ages', () => {
		const t = table([...bands, ['Thanet', '2024-01', K, 'unknown', '1'], ['Thanet', '2024-02', K, '0-17', '1'], ['Thanet', '2024-02', K, '18-24', '1'], ['Thanet', '2024-02', K, '25+', '1']]);
		const s = aggregateSeries(t, district(D.thanet));
		expect('points' in s && s.points.map((p) => [p.start - JAN, p.value])).toEqual([[0, 7]]);
		expect('partial' in s && s.partial.map((p) => p.start - JAN)).toEqual([1]);
	});

	it('says under 25 is unavailable when only all ages are given', () => {
		expect(aggregateSeries(table([['Thanet', '2024-01', K, 'all', '3']]), district(D.thanet, 'under_25'))).toEqual({ unavailable: expect.stringContaining('under-25') });
	});
});

describe('aggregateSeries: periods and measures', () => {
	it('leaves a month with no row out instead of reading it as zero', () => {
		const t = table([['Thanet', '2024-01', K, 'all', '3'], ['Thanet', '2024-03', K, 'all', '0']]);
		expect(aggregateSeries(t, district(D.thanet))).toEqual({ periodKind: 'month', points: [{ start: JAN, months: 1, value: 3 }, { start: JAN + 2, months: 1, value: 0 }], partial: [] });
	});

	it('keeps quarters and financial years as they are', () => {
		expect(aggregateSeries(table([['Thanet', 'Q2 2024', K, 'all', '5']]), district(D.thanet))).toMatchObject({ periodKind: 'quarter', points: [{ start: JAN + 3, months: 3, value: 5 }] });
		expect(aggregateSeries(table([['Thanet', '2023/24', K, 'all', '50']]), district(D.thanet))).toMatchObject({ periodKind: 'financial_year', points: [{ start: JAN - 9, months: 12, value: 50 }] });
	});

	it('reads the measure by label, and says when the table lacks it', () => {
		const t = table([['Thanet', '2024-01', 'Knife assault admissions', 'all', '3']]);
		expect(values(t, { ...district(D.thanet), measure: 'Hospital admissions for assault by sharp object' })).toEqual([[0, 3]]);
		expect(aggregateSeries(t, { ...district(D.thanet), measure: 'gun_assault_admissions' })).toEqual({ unavailable: expect.stringContaining('gun_assault_admissions') });
		expect(aggregateSeries(t, district(99))).toEqual({ unavailable: expect.any(String) });
	});

	it('does not change the table', () => {
		const t = table(jan);
		const before = JSON.stringify(t);
		aggregateSeries(t, county());
		aggregateSeries(t, district(D.thanet, 'under_25'));
		expect(JSON.stringify(t)).toBe(before);
	});
});
