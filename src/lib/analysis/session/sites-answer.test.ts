import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../geography/districts';
import { cellOfLngLat } from '../h3/cells';
import { ColumnBuilder } from '../ingest/columns';
import { AGE_BAND_KEYS, AGE_BAND_UNKNOWN } from '../offences/groups';
import { catchmentOf, type CoverageRule } from '../sites';
import { northDeg, point, site } from '../sites/fixtures.test-helpers';
import { SitesCache, siteBeforeAfter, sitesAnswer } from './sites-answer';

// A site in Chatham; rows due north of it at hand-picked distances, in Medway.
const SITE = [0.5224, 51.3843] as const;
const FAR = [1.38, 51.38] as const;
const THANET = DISTRICTS.findIndex((d) => d.label === 'Thanet');
const MEDWAY = DISTRICTS.findIndex((d) => d.label === 'Medway');

interface Row {
	north: number;
	month: string;
	hour: number;
	lsoa: number;
	far?: boolean;
	/** Monday = 0; with an hour the row has hour precision, without a weekday only its month is known. */
	weekday?: number;
	age?: (typeof AGE_BAND_KEYS)[number];
}

function columnsOf(rows: Row[]) {
	const b = new ColumnBuilder(rows.length);
	const dictionary: string[] = [];
	for (const r of rows) {
		const i = b.row();
		const c = b.cols;
		const [lng, lat] = r.far ? FAR : [SITE[0], SITE[1] + northDeg(r.north)];
		c.lng[i] = lng;
		c.lat[i] = lat;
		c.monthIndex[i] = Number(r.month.slice(0, 4)) * 12 + Number(r.month.slice(5, 7)) - 1;
		c.time[i] = NaN;
		c.hour[i] = r.hour;
		c.weekday[i] = r.weekday ?? 0;
		// PRECISION: hour 1, month 3 (no weekday or hour then).
		c.precision[i] = r.weekday === 255 ? 3 : 1;
		c.ageBand[i] = r.age ? AGE_BAND_KEYS.indexOf(r.age) : AGE_BAND_UNKNOWN;
		c.group[i] = 4;
		c.lsoa[i] = r.lsoa;
		c.district[i] = r.far ? THANET : MEDWAY;
		const cell = cellOfLngLat(lng, lat, 7);
		if (!dictionary.includes(cell)) dictionary.push(cell);
		c.cell7[i] = dictionary.indexOf(cell);
	}
	return b.finish({ cells: { 7: dictionary, 8: [], 9: [] }, lsoaCodes: ['E01016016', 'E01024001'], sources: ['x.csv'] });
}

describe('sitesAnswer', () => {
	const rows = [
		{ north: 799, month: '2024-01', hour: 23, lsoa: 0 },
		{ north: 801, month: '2024-01', hour: 23, lsoa: 0 },
		{ north: 100, month: '2024-03', hour: 18, lsoa: 0 },
		{ north: 0, month: '2024-03', hour: 23, lsoa: 1, far: true },
		{ north: 0, month: '2024-03', hour: 2, lsoa: 1, far: true }
	];
	const columns = columnsOf(rows);
	const catchments = [catchmentOf(site('s1', point(SITE[0], SITE[1]), { programme: 'community-sport', name: 'Chatham sport' }), { radiusM: 800 })];
	const cellCounts = new Uint32Array(columns.cells[7].length);
	for (let i = 0; i < columns.length; i++) cellCounts[columns.cell7[i]]++;
	const pass = Uint8Array.from([1, 1, 1, 1, 1]);
	const answer = sitesAnswer({ columns, pass, resolution: 7, cellCounts, catchments, lsoaCodes: columns.lsoaCodes, lsoaNames: ['Medway 015A', 'Thanet 001A'], lsoaDeciles: [2, 1] }, new SitesCache(columns));

	it('counts incidents at 799 m in and 801 m out, once each', () => {
		expect(answer.incidents.total).toBe(5);
		expect(answer.incidents.covered).toBe(2);
		expect(answer.incidents.byDistrict[MEDWAY]).toMatchObject({ total: 3, covered: 2 });
		expect(answer.rule).toEqual({ time: false, ages: false, noAgesInData: false });
	});

	it('ranks the uncovered cell as a gap with its district, LSOA, decile, peak hours and nearest site', () => {
		const farCell = cellOfLngLat(FAR[0], FAR[1], 7);
		const far = answer.gaps.find((g) => g.cell === farCell)!;
		expect(far).toMatchObject({ count: 2, district: 'Thanet', lsoa: 'Thanet 001A (E01024001)', imdDecile: 1, peakHours: '02:00-03:00, 23:00-00:00' });
		expect(far.nearest?.name).toBe('Chatham sport');
		expect(far.nearest!.distanceM).toBeGreaterThan(55_000);
		expect(answer.cellMask[columns.cell7[3]]).toBe(0);
		// Gaps are uncovered cells only, ranked by count.
		expect(answer.gaps.every((g) => answer.cellMask[g.cellIndex] === 0)).toBe(true);
		expect(answer.gaps.map((g) => g.rank)).toEqual(answer.gaps.map((_, k) => k + 1));
		expect(answer.gaps.map((g) => g.count)).toEqual([...answer.gaps.map((g) => g.count)].sort((a, b) => b - a));
	});

	it('respects the filters through the pass mask', () => {
		const some = sitesAnswer({ columns, pass: Uint8Array.from([1, 0, 0, 0, 0]), resolution: 7, cellCounts, catchments, lsoaCodes: columns.lsoaCodes, lsoaNames: ['a', 'b'], lsoaDeciles: [2, 1] }, new SitesCache(columns));
		expect(some.incidents).toMatchObject({ total: 1, covered: 1, share: 1 });
	});

	it('compares months before and after a start date with the rest of the district', () => {
		const { result, district } = siteBeforeAfter(columns, pass, catchments[0], '2024-02-15', 1);
		expect(district).toBe('Medway');
		expect(result.site).toMatchObject({ before: 1, after: 1 });
		expect(result.rest).toMatchObject({ before: 1, after: 0 });
		expect(result.smallCounts).toBe(true);
	});
});

describe('sitesAnswer under the hours and ages rule', () => {
	// Monday rows 100 m from a site whose 5 km catchment holds their hexagon's centre; two rows far off in Thanet.
	const rows: Row[] = [
		{ north: 100, month: '2024-01', hour: 22, weekday: 0, lsoa: 0, age: '10-17' }, // in hours
		{ north: 100, month: '2024-01', hour: 18, weekday: 0, lsoa: 0, age: '10-17' }, // out of hours
		{ north: 100, month: '2024-01', hour: 18, weekday: 0, lsoa: 0, age: '10-17' }, // out of hours
		{ north: 100, month: '2024-01', hour: 255, weekday: 255, lsoa: 0, age: '10-17' }, // month only
		{ north: 0, month: '2024-01', hour: 22, weekday: 0, lsoa: 1, far: true },
		{ north: 0, month: '2024-01', hour: 255, weekday: 255, lsoa: 1, far: true }
	];
	const columns = columnsOf(rows);
	const cellCounts = new Uint32Array(columns.cells[7].length);
	for (let i = 0; i < columns.length; i++) cellCounts[columns.cell7[i]]++;
	const pass = new Uint8Array(rows.length).fill(1);
	const youth = site('s1', point(SITE[0], SITE[1]), { programme: 'youth-outreach', name: 'Monday club', hours: 'Mon 22:00-00:00', audience: '10-17' });
	const ask = (rule: CoverageRule) =>
		sitesAnswer(
			{ columns, pass, resolution: 7, cellCounts, catchments: [catchmentOf(youth, { radiusM: 5000, rule })], lsoaCodes: columns.lsoaCodes, lsoaNames: ['Medway 015A', 'Thanet 001A'], lsoaDeciles: [2, 1] },
			new SitesCache(columns)
		);
	const near = columns.cell7[0];

	it('splits the incidents into covered, not covered and time unknown, and says the rule it followed', () => {
		const a = ask({ time: true, marginMinutes: 0, ages: false });
		expect(a.incidents).toMatchObject({ total: 6, covered: 1, notCovered: 4, timeUnknown: 1, ageUnknown: 0 });
		expect(a.incidents.byDistrict[MEDWAY]).toMatchObject({ total: 4, covered: 1, notCovered: 2, timeUnknown: 1 });
		expect(a.incidents.byDistrict[THANET]).toMatchObject({ total: 2, covered: 0, notCovered: 2, timeUnknown: 0 });
		expect(a.rule).toEqual({ time: true, ages: false, noAgesInData: false });
		// The margin takes in neither 18:00 row: they are four hours before opening.
		expect(ask({ time: true, marginMinutes: 120, ages: false }).incidents.covered).toBe(1);
	});

	it('ranks the covered hexagon as a gap by its out-of-hours incidents, described from them', () => {
		expect(ask({ time: false, marginMinutes: 0, ages: false }).gaps.some((g) => g.cellIndex === near)).toBe(false);
		const gap = ask({ time: true, marginMinutes: 0, ages: false }).gaps.find((g) => g.cellIndex === near)!;
		expect(gap).toMatchObject({ count: 2, total: 4, timeUnknown: 1, ageUnknown: 0, peakHours: '18:00-19:00', district: 'Medway' });
	});

	it('drops the age rule when the dataset has no ages, and says so', () => {
		const noAges = columnsOf(rows.map((r) => ({ ...r, age: undefined })));
		const a = sitesAnswer(
			{ columns: noAges, pass, resolution: 7, cellCounts, catchments: [catchmentOf(youth, { radiusM: 5000, rule: { time: false, marginMinutes: 0, ages: true } })], lsoaCodes: noAges.lsoaCodes, lsoaNames: ['a', 'b'], lsoaDeciles: [2, 1] },
			new SitesCache(noAges)
		);
		expect(a.rule).toEqual({ time: false, ages: false, noAgesInData: true });
		expect(a.incidents).toMatchObject({ covered: 4, ageUnknown: 0 });
		expect(ask({ time: false, marginMinutes: 0, ages: true }).incidents).toMatchObject({ covered: 4, notCovered: 2, ageUnknown: 0 });
	});

	it('applies the rule to before/after and reports the rows left out', () => {
		const { result, rule } = siteBeforeAfter(columns, pass, catchmentOf(youth, { radiusM: 5000, rule: { time: true, marginMinutes: 0, ages: false } }), '2023-12-15', 1);
		expect(rule.time).toBe(true);
		expect(result.site).toMatchObject({ before: 0, after: 1 });
		expect(result.unmatched.timeUnknown).toBe(1);
	});
});

