import { describe, expect, it } from 'vitest';
import { cellOf, centreOf } from '../h3/cells';
import { catchmentsOf } from './catchment';
import { cellGapCounts, cellRowCoverage } from './cell-rule-coverage';
import { cellCoverageMask, pointCoverage, programmeBit, summariseCoverage } from './coverage';
import { SPACE_ONLY, type CoverageRule } from './coverage-rule';
import { judge, rowMinute, VERDICT } from './coverage-when';
import { northDeg, point, site } from './fixtures.test-helpers';
import { rankGaps } from './gaps';
import { whenColumns, type WhenRow } from './when-rows.test-helpers';

const LNG = 0.5;
const LAT = 51.3;
const at = (day: number, hh: number, mm = 0) => day * 1440 + hh * 60 + mm;
const SUN = 6;
const { notCovered: NOT, covered: YES, timeUnknown: TIME, ageUnknown: AGE } = VERDICT;

const TIME_RULE: CoverageRule = { time: true, marginMinutes: 0, ages: false };
const BOTH: CoverageRule = { time: true, marginMinutes: 0, ages: true };

/** Rows 100 m north of the site (inside its 800 m catchment) unless `far` (5 km north). */
function incidents(rows: (WhenRow & { far?: boolean })[]) {
	return {
		lng: new Float64Array(rows.length).fill(LNG),
		lat: Float64Array.from(rows, (r) => LAT + northDeg(r.far ? 5000 : 100)),
		...whenColumns(rows)
	};
}

// 02/04/2024 was a Tuesday, 03/04/2024 a Wednesday.
const ROWS: (WhenRow & { far?: boolean })[] = [
	{ when: '02/04/2024 16:00', age: '10-17' }, // 0: at opening: covered
	{ when: '02/04/2024 19:00', age: '10-17' }, // 1: at closing: out
	{ when: '02/04/2024 18:59', age: '10-17' }, // 2: covered
	{ when: '03/04/2024 17:00', age: '10-17' }, // 3: Wednesday: out
	{ when: '2024-04', age: '10-17' }, // 4: month only: time unknown
	{ when: '02/04/2024 16:30', age: '18-24' }, // 5: older than the audience
	{ when: '02/04/2024 16:30' }, // 6: age unknown
	{ when: '2024-04' }, // 7: neither known: time unknown first
	{ when: '2024-04', age: '18-24' }, // 8: a known age outside the audience: certainly not covered
	{ when: '02/04/2024 16:30', age: '10-17', far: true }, // 9: outside every catchment
	{ when: '2024-04', far: true }, // 10: outside every catchment, no time: not covered, not "time unknown"
	{ when: '02/04/2024 18', age: '10-17' }, // 11: hour precision, 18:00-19:00 wholly inside
	{ when: '02/04/2024', age: '10-17' } // 12: day precision: the day straddles the hours
];
const points = incidents(ROWS);
const youth = site('youth', point(LNG, LAT), { programme: 'youth-outreach', hours: 'Tue, Thu 16:00-19:00', audience: '10-17' });
const verdicts = (rule: CoverageRule, sites = [youth]) => Array.from(pointCoverage(points, catchmentsOf(sites, { radiusM: 800, rule })).verdict);

describe('coverage under a rule, against hand-made incidents', () => {
	it('space only: everything inside the catchment is covered, whatever its time or age', () => {
		expect(verdicts(SPACE_ONLY)).toEqual([YES, YES, YES, YES, YES, YES, YES, YES, YES, NOT, NOT, YES, YES]);
	});

	it('time: 16:00 in, 19:00 out, month-only and day-only rows in the catchment "time unknown"', () => {
		expect(verdicts(TIME_RULE)).toEqual([YES, NOT, YES, NOT, TIME, YES, YES, TIME, TIME, NOT, NOT, YES, TIME]);
	});

	it('time with an hour either side takes in 19:00 but not Wednesday', () => {
		expect(verdicts({ ...TIME_RULE, marginMinutes: 60 })).toEqual([YES, YES, YES, NOT, TIME, YES, YES, TIME, TIME, NOT, NOT, YES, TIME]);
	});

	it('ages: 18-24 is outside a 10-17 audience; an unknown age is "age unknown", never covered', () => {
		expect(verdicts({ time: false, marginMinutes: 0, ages: true })).toEqual([YES, YES, YES, YES, YES, NOT, AGE, AGE, NOT, NOT, NOT, YES, YES]);
	});

	it('time and ages together: a known miss on either is not covered; time unknown is told before age unknown', () => {
		expect(verdicts(BOTH)).toEqual([YES, NOT, YES, NOT, TIME, NOT, AGE, TIME, NOT, NOT, NOT, YES, TIME]);
	});

	it('sums the verdicts: covered + not covered + time unknown + age unknown = total, share over the total', () => {
		const { mask, verdict } = pointCoverage(points, catchmentsOf([youth], { radiusM: 800, rule: BOTH }));
		const summary = summariseCoverage(new Uint8Array(ROWS.length).fill(1), mask, { verdict, programmes: ['youth-outreach'] });
		expect(summary).toMatchObject({ total: 13, covered: 3, notCovered: 6, timeUnknown: 3, ageUnknown: 1, share: 3 / 13 });
		expect(summary.byProgramme[0]).toMatchObject({ covered: 3 });
	});

	it('counts a row covered when any catchment holding it covers it, with that programme bit only', () => {
		const wednesday = site('wed', point(LNG, LAT), { programme: 'community-sport', hours: 'Wed 16:00-18:00' });
		const { mask, verdict } = pointCoverage(points, catchmentsOf([youth, wednesday], { radiusM: 800, rule: TIME_RULE }));
		expect(verdict[3]).toBe(YES);
		expect(mask[3]).toBe(programmeBit('community-sport'));
		expect(mask[0]).toBe(programmeBit('youth-outreach'));
	});

	it('a site with no hours counts at any time, and hours that cannot be read cover no time', () => {
		const open = site('open', point(LNG, LAT), { hours: '' });
		const unread = site('unread', point(LNG, LAT), { hours: 'evenings' });
		// Even a day-precision row is covered: the whole day lies inside "any time". Month-only rows still cannot be.
		expect(verdicts(TIME_RULE, [open])).toEqual([YES, YES, YES, YES, TIME, YES, YES, TIME, TIME, NOT, NOT, YES, YES]);
		expect(verdicts(TIME_RULE, [unread]).every((v) => v === NOT)).toBe(true);
	});
});

describe('clock changes: incidents are judged by their London wall-clock time', () => {
	// Sunday 27/10/2024: 01:00-02:00 happened twice (BST, then GMT). Sunday 31/03/2024: 01:00-02:00 never happened.
	const rows = whenColumns([
		{ when: '2024-10-27T01:30:00+01:00' }, // 0: the first 01:30 (00:30 UTC)
		{ when: '2024-10-27T01:30:00Z' }, // 1: the second 01:30 (01:30 UTC)
		{ when: '27/10/2024 01:30' }, // 2: the wall-clock reading (taken as BST)
		{ when: '2024-10-27T01:50:00Z' }, // 3: 01:50 GMT
		{ when: '31/03/2024 01:30' }, // 4: does not exist: moved forward to 02:30
		{ when: '2024-03-31T01:00:00Z' }, // 5: 02:00 BST, the first minute after the change
		{ when: '2024-03-31T00:59:00Z' } // 6: 00:59 GMT, the last minute before it
	]);

	it('reads each time on the London clock', () => {
		expect(Array.from({ length: 7 }, (_, i) => rowMinute(rows, i))).toEqual([
			at(SUN, 1, 30),
			at(SUN, 1, 30),
			at(SUN, 1, 30),
			at(SUN, 1, 50),
			at(SUN, 2, 30),
			at(SUN, 2, 0),
			at(SUN, 0, 59)
		]);
	});

	const judgeAll = (hours: string, marginMinutes = 0) => {
		const [c] = catchmentsOf([site('s', point(LNG, LAT), { hours })], { rule: { ...TIME_RULE, marginMinutes } });
		return Array.from({ length: 7 }, (_, i) => judge(c, rowMinute(rows, i), 1, 255));
	};

	it('covers both 01:30s in October by a session running to 01:45, but not 01:50', () => {
		expect(judgeAll('Sat 22:00-01:45').slice(0, 4)).toEqual([YES, YES, YES, NOT]);
		expect(judgeAll('Sun 02:00-04:00').slice(0, 4)).toEqual([NOT, NOT, NOT, NOT]);
		// Half an hour before 02:00 is 01:30 on the wall clock, whichever 01:30 it was.
		expect(judgeAll('Sun 02:00-04:00', 30).slice(0, 4)).toEqual([YES, YES, YES, YES]);
		expect(judgeAll('Sun 02:00-04:00', 20).slice(0, 4)).toEqual([NOT, NOT, NOT, YES]);
	});

	it('judges the missing March hour at the time it was moved to (02:30), the close at 02:00 exclusive', () => {
		expect(judgeAll('Sat 22:00-02:00').slice(4)).toEqual([NOT, NOT, YES]);
		expect(judgeAll('Sat 22:00-02:00', 30).slice(4)).toEqual([NOT, YES, YES]);
		expect(judgeAll('Sat 22:00-02:00', 45).slice(4)).toEqual([YES, YES, YES]);
	});

	it('runs the same way under the test time zone (America/Los_Angeles), which changes its clocks on other dates', () => {
		expect(process.env.TZ).toBe('America/Los_Angeles');
		expect(judgeAll('Sun 01:00-02:00').slice(0, 3)).toEqual([YES, YES, YES]);
	});
});

describe('gaps by hexagon centre under the time rule', () => {
	// Two res-9 cells 2 km apart: the site sits on cell 0's centre (800 m reaches no other centre).
	const cells = [0, 1].map((k) => cellOf([LNG, LAT + northDeg(2000 * k)], 9));
	const centres = cells.map(centreOf);
	const sport = site('sport', point(centres[0][0], centres[0][1]), { programme: 'community-sport', name: 'Friday sport', hours: 'Fri 18:00-21:00' });
	// 05/04/2024 was a Friday.
	const rows = whenColumns([
		{ when: '05/04/2024 19:00' }, // cell 0, in hours
		{ when: '08/04/2024 15:00' }, // cell 0, Monday afternoon
		{ when: '08/04/2024 16:00' }, // cell 0, Monday afternoon
		{ when: '2024-04' }, // cell 0, month only
		{ when: '08/04/2024 15:00' } // cell 1, outside every catchment
	]);
	const cellOfRow = new Uint32Array([0, 0, 0, 0, 1]);
	const pass = new Uint8Array(5).fill(1);
	const catchments = catchmentsOf([sport], { radiusM: 800, rule: TIME_RULE });
	const cellMask = cellCoverageMask(cells, catchments);
	const byRow = cellRowCoverage({ cellOfRow, cellMask, centres: { lng: centres.map((c) => c[0]), lat: centres.map((c) => c[1]) }, catchments, columns: rows });
	const byCell = cellGapCounts(cellOfRow, pass, byRow.verdict, 2);

	it('counts per cell the incidents left uncovered and those with no time', () => {
		expect(Array.from(cellMask, (m) => m !== 0)).toEqual([true, false]);
		expect(Array.from(byRow.verdict)).toEqual([YES, NOT, NOT, TIME, NOT]);
		expect(Array.from(byCell.notCovered)).toEqual([2, 1]);
		expect(Array.from(byCell.timeUnknown)).toEqual([1, 0]);
	});

	it('counts only the rows passing the filters', () => {
		const some = cellGapCounts(cellOfRow, Uint8Array.from([1, 1, 0, 0, 1]), byRow.verdict, 2);
		expect([Array.from(some.notCovered), Array.from(some.timeUnknown)]).toEqual([[1, 1], [0, 0]]);
	});

	it('ranks a covered centre as a gap by its out-of-hours incidents, with the cell total beside them', () => {
		const gaps = rankGaps(cells, byCell.notCovered, new Uint16Array(2), catchments, { totals: [4, 1], timeUnknown: byCell.timeUnknown });
		expect(gaps.map((g) => [g.cell, g.count, g.total, g.timeUnknown])).toEqual([
			[cells[0], 2, 4, 1],
			[cells[1], 1, 1, 0]
		]);
		// Space only, the covered centre is no gap at all.
		const space = catchmentsOf([sport], { radiusM: 800 });
		expect(rankGaps(cells, [4, 1], cellCoverageMask(cells, space), space).map((g) => g.cell)).toEqual([cells[1]]);
	});
});

describe('judge: an audience the app cannot read covers nobody', () => {
	it('leaves out a row of unknown age, as unreadable hours leave out a row of unknown time', () => {
		// Age band 255 is unknown; ages 0 is an audience that named no band; hours [] cover no time.
		expect(judge({ hours: null, ages: 0 }, 600, 1, 255)).toBe(NOT);
		expect(judge({ hours: [], ages: null }, -1, 0, 1)).toBe(NOT);
		// A readable audience with an unknown age cannot be told: counted apart, never covered.
		expect(judge({ hours: null, ages: 0b10 }, 600, 1, 255)).toBe(AGE);
	});
});
