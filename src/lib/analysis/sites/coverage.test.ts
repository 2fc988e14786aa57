import { describe, expect, it } from 'vitest';
import { cellOf, centreOf } from '../h3/cells';
import { catchmentContains, catchmentOf, catchmentsOf, distanceToSite, nearestSite } from './catchment';
import { cellCoverageMask, incidentCoverage, pointCoverageMask, programmeBit, summariseCoverage } from './coverage';
import { haversineM } from './distance';
import { northDeg, point, site } from './fixtures.test-helpers';

const LNG = 0.5;
const LAT = 51.3;

describe('point catchments', () => {
	const c = catchmentOf(site('a', point(LNG, LAT)), { radiusM: 800 });
	it.each([
		[0, true],
		[799, true],
		[800 - 1e-6, true],
		[801, false],
		[-799, true],
		[-801, false]
	])('a point %d m north is inside: %s', (metres, inside) => {
		expect(catchmentContains(c, LNG, LAT + northDeg(metres))).toBe(inside);
	});

	it('measures great-circle distance (one degree of latitude = 111,195 m on the mean sphere)', () => {
		expect(haversineM(0, 51, 0, 52)).toBeCloseTo(111_195.08, 1);
		// Along a parallel the great circle is shorter than cos(lat) x the equatorial degree.
		expect(haversineM(0, 51.3, 1, 51.3)).toBeLessThan(111_195.08 * Math.cos((51.3 * Math.PI) / 180));
	});

	it('lets a site override the panel radius', () => {
		const own = catchmentOf(site('b', point(LNG, LAT), { radiusM: 500 }), { radiusM: 800 });
		expect(catchmentContains(own, LNG, LAT + northDeg(600))).toBe(false);
	});
});

describe('area catchments', () => {
	const square = { type: 'Polygon' as const, coordinates: [[[0, 51], [0.01, 51], [0.01, 51.01], [0, 51.01], [0, 51]] as [number, number][]] };
	it('cover the polygon only by default, and the panel radius does not apply', () => {
		const c = catchmentOf(site('sq', square), { radiusM: 800 });
		expect(catchmentContains(c, 0.005, 51.005)).toBe(true);
		expect(catchmentContains(c, 0.005, 51.01 + northDeg(50))).toBe(false);
		expect(distanceToSite(c, 0.005, 51.005)).toBe(0);
		expect(distanceToSite(c, 0.005, 51.01 + northDeg(50))).toBeCloseTo(50, 0);
	});
	it('cover a buffer of their own radius around the edge', () => {
		const c = catchmentOf(site('sq', square, { radiusM: 100 }));
		expect(catchmentContains(c, 0.005, 51.01 + northDeg(99))).toBe(true);
		expect(catchmentContains(c, 0.005, 51.01 + northDeg(101))).toBe(false);
	});
});

describe('cell coverage by centre', () => {
	const cell = cellOf([LNG, LAT], 9);
	const [cx, cy] = centreOf(cell);
	it.each([
		[799, 1],
		[801, 0]
	])('a site %d m from the centre covers the cell: %d', (metres, covered) => {
		const cs = catchmentsOf([site('s', point(cx, cy + northDeg(metres)))], { radiusM: 800 });
		expect(cellCoverageMask([cell], cs)[0] !== 0 ? 1 : 0).toBe(covered);
	});
});

describe('shares', () => {
	// Two sites 500 m apart; incidents: one between them (in both), one only near A, one far away.
	const a = site('A', point(LNG, LAT), { programme: 'youth-outreach' });
	const b = site('B', point(LNG, LAT + northDeg(500)), { programme: 'hotspot-patrol' });
	const cs = catchmentsOf([a, b], { radiusM: 800 });
	const lng = new Float64Array([LNG, LNG, LNG]);
	const lat = new Float64Array([LAT + northDeg(250), LAT - northDeg(700), LAT + northDeg(5000)]);

	it('counts an incident inside overlapping catchments once', () => {
		const mask = pointCoverageMask({ lng, lat }, cs);
		expect(Array.from(mask)).toEqual([programmeBit('youth-outreach') | programmeBit('hotspot-patrol'), programmeBit('youth-outreach'), 0]);
		const summary = summariseCoverage(new Uint8Array([1, 1, 1]), mask, { programmes: ['youth-outreach', 'hotspot-patrol'] });
		expect(summary).toMatchObject({ total: 3, covered: 2 });
		expect(summary.share).toBeCloseTo(2 / 3);
		expect(summary.byProgramme).toEqual([
			{ programme: 'youth-outreach', total: 3, covered: 2, share: 2 / 3, notCovered: 1, timeUnknown: 0, ageUnknown: 0 },
			{ programme: 'hotspot-patrol', total: 3, covered: 1, share: 1 / 3, notCovered: 2, timeUnknown: 0, ageUnknown: 0 }
		]);
	});

	it('respects the filter pass and splits by district (last slot = no district)', () => {
		const mask = pointCoverageMask({ lng, lat }, cs);
		const summary = incidentCoverage(new Uint8Array([1, 0, 1]), mask, new Uint16Array([0, 0, 0xffff]), 2);
		expect(summary).toMatchObject({ total: 2, covered: 1, share: 0.5 });
		expect(summary.byDistrict).toEqual([
			// Space only: nothing is ever "time unknown" or "age unknown".
			{ total: 1, covered: 1, share: 1, notCovered: 0, timeUnknown: 0, ageUnknown: 0 },
			{ total: 0, covered: 0, share: null, notCovered: 0, timeUnknown: 0, ageUnknown: 0 },
			{ total: 1, covered: 0, share: 0, notCovered: 1, timeUnknown: 0, ageUnknown: 0 }
		]);
	});

	it('weighs cells by their counts and leaves inputs untouched', () => {
		const counts = new Uint32Array([5, 0, 3]);
		const mask = new Uint16Array([1, 1, 0]);
		expect(summariseCoverage(counts, mask)).toMatchObject({ total: 8, covered: 5, share: 5 / 8 });
		expect(Array.from(counts)).toEqual([5, 0, 3]);
	});

	it('finds only active sites when a date is given, and the nearest of them', () => {
		const closed = site('C', point(LNG, LAT), { end: '2023-12-31' });
		const open = site('D', point(LNG, LAT + northDeg(2000)), { start: '2024-01-01' });
		const active = catchmentsOf([closed, open], { activeOn: '2024-06-30' });
		expect(active.map((c) => c.siteId)).toEqual(['D']);
		expect(nearestSite(active, LNG, LAT)?.distanceM).toBeCloseTo(2000, 6);
		expect(nearestSite([], LNG, LAT)).toBeNull();
	});
});
