import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../geography/districts';
import { ColumnBuilder, UNKNOWN_U16 } from '../ingest/columns';
import { AGE_BAND_KEYS, AGE_BAND_UNKNOWN, FLAG, OFFENCE_GROUP, type OffenceGroupKey } from '../offences/groups';
import { incidentKpiCounts, incidentKpiSeries, toQuarters } from './kpi-series';

const THANET = DISTRICTS.findIndex((d) => d.label === 'Thanet');
const MEDWAY = DISTRICTS.findIndex((d) => d.label === 'Medway');
const M = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

interface Row {
	month: string;
	group: OffenceGroupKey;
	knife?: boolean;
	outside?: boolean;
	age?: (typeof AGE_BAND_KEYS)[number];
	district?: number | null;
}

function columnsOf(rows: Row[]) {
	const b = new ColumnBuilder(rows.length);
	for (const r of rows) {
		const i = b.row();
		const c = b.cols;
		c.monthIndex[i] = M(r.month);
		c.time[i] = NaN;
		c.group[i] = OFFENCE_GROUP[r.group];
		c.flags[i] = (r.knife ? FLAG.knife : 0) | (r.outside ? FLAG.outside : 0);
		c.ageBand[i] = r.age ? AGE_BAND_KEYS.indexOf(r.age) : AGE_BAND_UNKNOWN;
		c.district[i] = r.district === null ? UNKNOWN_U16 : (r.district ?? THANET);
	}
	return b.finish({ cells: { 7: [], 8: [], 9: [] }, lsoaCodes: [], sources: ['test.csv'] });
}

const none = new Set<number>();
const rows: Row[] = [
	// January: 2 knife robberies in Thanet (one aged 10-17), 1 knife possession (not violence), 1 robbery without a knife.
	{ month: '2024-01', group: 'robbery', knife: true, age: '10-17' },
	{ month: '2024-01', group: 'robbery', knife: true, age: '25+' },
	{ month: '2024-01', group: 'possession_of_weapons', knife: true },
	{ month: '2024-01', group: 'robbery' },
	// February: nothing. March: a knife wounding in Medway aged 18-24, one outside the area, one homicide with no district.
	{ month: '2024-03', group: 'violence_with_injury', knife: true, age: '18-24', district: MEDWAY },
	{ month: '2024-03', group: 'violence_with_injury', knife: true, outside: true },
	{ month: '2024-03', group: 'homicide', knife: true, district: null }
];

describe('incident KPI series', () => {
	const data = incidentKpiCounts(columnsOf(rows), [M('2024-01'), M('2024-03')]);
	const values = (s: ReturnType<typeof incidentKpiSeries>) => ('points' in s ? s.points.map((p) => p.value) : s.unavailable);

	it.each([
		['knife violence, county, all ages', { kpi: 'knife_violence', area: { level: 'county' }, age: 'all' }, [2, 0, 2]],
		['knife violence, county, under 25', { kpi: 'knife_violence', area: { level: 'county' }, age: 'under_25' }, [1, 0, 1]],
		['knife violence, Thanet', { kpi: 'knife_violence', area: { level: 'district', district: THANET }, age: 'all' }, [2, 0, 0]],
		['knife violence, Medway, under 25', { kpi: 'knife_violence', area: { level: 'district', district: MEDWAY }, age: 'under_25' }, [0, 0, 1]],
		['homicide, county (no district still counts)', { kpi: 'homicide', area: { level: 'county' }, age: 'all' }, [0, 0, 1]],
		['homicide, Thanet', { kpi: 'homicide', area: { level: 'district', district: THANET }, age: 'all' }, [0, 0, 0]]
	] as const)('%s', (_, request, expected) => {
		expect(values(incidentKpiSeries(data, { ...request, step: 'month', missing: none, thin: none }))).toEqual(expected);
	});

	it('sums a joint CSP from its districts (Dartford and Gravesham)', () => {
		const dartford = DISTRICTS.findIndex((d) => d.label === 'Dartford');
		const gravesham = DISTRICTS.findIndex((d) => d.label === 'Gravesham');
		const csp = incidentKpiCounts(
			columnsOf([
				{ month: '2024-01', group: 'robbery', knife: true, district: dartford },
				{ month: '2024-01', group: 'robbery', knife: true, district: gravesham },
				{ month: '2024-02', group: 'robbery', knife: true, district: gravesham },
				{ month: '2024-02', group: 'robbery', knife: true, district: MEDWAY }
			]),
			[M('2024-01'), M('2024-02')]
		);
		expect(values(incidentKpiSeries(csp, { kpi: 'knife_violence', area: { level: 'csp', code: 'E22000352' }, age: 'all', step: 'month', missing: none, thin: none }))).toEqual([2, 1]);
	});

	it('a missing month is a gap, not a zero, and a thin month is marked', () => {
		const s = incidentKpiSeries(data, { kpi: 'knife_violence', area: { level: 'county' }, age: 'all', step: 'month', missing: new Set([M('2024-02')]), thin: new Set([M('2024-03')]) });
		expect('points' in s && s.points.map((p) => [p.label, p.value, p.note])).toEqual([
			['01/2024', 2, undefined],
			['02/2024', null, 'missing'],
			['03/2024', 2, 'thin']
		]);
	});

	it('says why a KPI cannot be counted: no knife flag, or violence not split', () => {
		const police = incidentKpiCounts(columnsOf([{ month: '2024-01', group: 'violence_and_sexual_not_split' }]), [M('2024-01'), M('2024-01')]);
		const knife = incidentKpiSeries(police, { kpi: 'knife_violence', area: { level: 'county' }, age: 'all', step: 'month', missing: none, thin: none });
		const homicide = incidentKpiSeries(police, { kpi: 'homicide', area: { level: 'county' }, age: 'all', step: 'month', missing: none, thin: none });
		expect('unavailable' in knife && knife.unavailable).toMatch(/knife/);
		expect('unavailable' in homicide && homicide.unavailable).toMatch(/split/);
	});

	it('warns how many rows have no age band in the under-25 series', () => {
		const s = incidentKpiSeries(data, { kpi: 'knife_violence', area: { level: 'county' }, age: 'under_25', step: 'month', missing: none, thin: none });
		// The homicide with a knife has no age: 1 of the 4 knife-violence rows.
		expect('warnings' in s && s.warnings[0]).toMatch(/^1 of 4 rows/);
	});
});

describe('quarters', () => {
	const p = (ym: string, value: number | null) => ({ start: M(ym), months: 1, label: ym, value });
	it('sums whole calendar quarters and leaves part or missing quarters as gaps', () => {
		const q = toQuarters([p('2024-02', 1), p('2024-03', 2), p('2024-04', 3), p('2024-05', 4), p('2024-06', 5), p('2024-07', 6), p('2024-08', null), p('2024-09', 1)]);
		expect(q.map((x) => [x.label, x.value, x.note])).toEqual([
			['Q1 2024', null, 'part'],
			['Q2 2024', 12, undefined],
			['Q3 2024', null, 'missing']
		]);
	});
});
