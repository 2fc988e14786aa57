import { describe, expect, it } from 'vitest';
import { catchmentOf } from './catchment';
import { beforeAfter, modalDistrict, monthIndexOf, SMALL_COUNT } from './before-after';
import { northDeg, point, site } from './fixtures.test-helpers';
import { whenColumns, type WhenRow } from './when-rows.test-helpers';

const LNG = 0.5;
const LAT = 51.3;
const IN = LAT + northDeg(100);
const OUT = LAT + northDeg(3000);
const START = '2024-04-15';
const APR = monthIndexOf(START);

/** Rows as [lat, month offset from the start month, district, pass]. */
function points(rows: [number, number, number, number][]) {
	return {
		lng: new Float64Array(rows.length).fill(LNG),
		lat: Float64Array.from(rows, (r) => r[0]),
		monthIndex: Uint16Array.from(rows, (r) => APR + r[1]),
		district: Uint16Array.from(rows, (r) => r[2]),
		pass: Uint8Array.from(rows, (r) => r[3])
	};
}

const repeat = (n: number, row: [number, number, number, number]) => Array.from({ length: n }, () => row);

describe('beforeAfter', () => {
	const c = catchmentOf(site('s', point(LNG, LAT)), { radiusM: 800 });
	const data = points([
		...repeat(20, [IN, -1, 0, 1]), // site, before
		...repeat(10, [IN, 2, 0, 1]), // site, after
		...repeat(40, [OUT, -3, 0, 1]), // rest of district, before
		...repeat(40, [OUT, 3, 0, 1]), // rest, after
		...repeat(5, [IN, 0, 0, 1]), // the start month: left out
		...repeat(5, [OUT, 1, 1, 1]), // another district: left out
		...repeat(5, [IN, 1, 0, 0]), // filtered out
		...repeat(5, [IN, -4, 0, 1]) // before the window
	]);

	it('counts N whole months each side of the start month, site against the rest of its district', () => {
		const r = beforeAfter(data, c, START, { months: 3, district: 0, dataMonths: { first: APR - 12, last: APR + 12 } });
		expect(r.before).toEqual({ from: APR - 3, to: APR - 1 });
		expect(r.after).toEqual({ from: APR + 1, to: APR + 3 });
		expect(r.site).toEqual({ before: 20, after: 10, difference: -10, ratio: 0.5 });
		expect(r.rest).toEqual({ before: 40, after: 40, difference: 0, ratio: 1 });
		expect(r.didRatio).toBe(0.5);
		expect(r.smallCounts).toBe(false);
		expect(r.complete).toBe(true);
	});

	it('flags small counts and windows that run off the data', () => {
		const r = beforeAfter(data, c, START, { months: 4, district: 0, dataMonths: { first: APR - 3, last: APR + 12 } });
		expect(r.site.before).toBe(25);
		expect(r.complete).toBe(false);
		const small = beforeAfter(points([...repeat(SMALL_COUNT - 1, [IN, -1, 0, 1]), ...repeat(20, [IN, 1, 0, 1])]), c, START, {
			months: 1,
			district: 0,
			dataMonths: { first: 0, last: 99999 }
		});
		expect(small.smallCounts).toBe(true);
		expect(small.rest.ratio).toBeNull();
		expect(small.didRatio).toBeNull();
	});

	it('gives the difference-in-differences ratio a 95% interval, the variance scaled by the monthly overdispersion', () => {
		const dataMonths = { first: APR - 12, last: APR + 12 };
		const r = beforeAfter(data, c, START, { months: 3, district: 0, dataMonths });
		// Independent Pearson dispersion: each side's 25 monthly counts around their least-squares line, pooled.
		const series = (rows: [number, number][]) => Array.from({ length: 25 }, (_, k) => rows.filter(([m]) => m === k - 12).reduce((s, [, n]) => s + n, 0));
		const site = series([[-1, 20], [2, 10], [0, 5], [-4, 5]]);
		const rest = series([[-3, 40], [3, 40]]);
		const pearson = (ys: number[]) => {
			const xbar = 12;
			const ybar = ys.reduce((a, b) => a + b, 0) / 25;
			const slope = ys.reduce((a, y, x) => a + (x - xbar) * (y - ybar), 0) / ys.reduce((a, _, x) => a + (x - xbar) ** 2, 0);
			return ys.reduce((a, y, x) => {
				const mu = ybar + slope * (x - xbar);
				return mu > 0 ? a + (y - mu) ** 2 / mu : a;
			}, 0);
		};
		const phi = Math.max(1, (pearson(site) + pearson(rest)) / (23 + 23));
		expect(r.dispersion.phi).toBeCloseTo(phi, 10);
		if (!r.did.ok) throw new Error('estimable');
		const se = Math.sqrt(phi * (1 / 10 + 1 / 40 + 1 / 20 + 1 / 40));
		expect(r.did.value.ratio).toBeCloseTo(0.5, 12);
		expect(r.did.value.lower).toBeCloseTo(0.5 * Math.exp(-1.959963984540054 * se), 10);
		expect(r.did.value.upper).toBeCloseTo(0.5 * Math.exp(1.959963984540054 * se), 10);
		expect(r.verdict).toBe(r.did.value.upper < 1 ? 'site-fell-more' : 'no-clear-difference');
		expect(r.verdict).toBe('no-clear-difference');
	});

	it('calls a window over a flagged month, or off the data, not comparable, and a zero count not estimable', () => {
		const dataMonths = { first: APR - 12, last: APR + 12 };
		const flagged = beforeAfter(data, c, START, { months: 3, district: 0, dataMonths, flaggedMonths: new Set([APR + 2]) });
		expect([flagged.verdict, flagged.flaggedInWindows]).toEqual(['not-comparable', [APR + 2]]);
		expect(beforeAfter(data, c, START, { months: 4, district: 0, dataMonths: { first: APR - 3, last: APR + 12 } }).verdict).toBe('not-comparable');
		const zero = beforeAfter(points([...repeat(20, [IN, -1, 0, 1]), ...repeat(20, [OUT, 1, 0, 1])]), c, START, { months: 1, district: 0, dataMonths });
		expect([zero.did.ok, zero.verdict]).toEqual([false, 'not-estimable']);
	});

	it('rejects a window that is not a whole number of months', () => {
		expect(() => beforeAfter(data, c, START, { months: 0, district: 0, dataMonths: { first: 0, last: 1 } })).toThrow();
	});

	it('finds the site district from the incidents inside its catchment', () => {
		expect(modalDistrict(data, c, 2)).toBe(0);
		expect(modalDistrict(points([]), c, 2)).toBe(-1);
	});
});

describe('beforeAfter under the time rule', () => {
	const rows: [number, WhenRow, number][] = [
		[IN, { when: '01/03/2024 21:00' }, 12], // site, before, a Friday in hours
		[IN, { when: '04/03/2024 10:00' }, 7], // site, before, a Monday morning: left out
		[IN, { when: '03/05/2024 21:00' }, 6], // site, after, a Friday in hours
		[IN, { when: '2024-05' }, 4], // site, after, month only: time unknown
		[OUT, { when: '08/03/2024 22:00' }, 20], // rest, before, Friday in hours
		[OUT, { when: '09/03/2024 10:00' }, 9], // rest, before, Saturday morning: left out
		[OUT, { when: '10/05/2024 22:30' }, 20], // rest, after, Friday in hours
		[OUT, { when: '2024-05' }, 3] // rest, after, month only
	];
	const expanded = rows.flatMap(([lat, when, n]) => Array.from({ length: n }, () => ({ lat, when })));
	const columns = whenColumns(expanded.map((r) => r.when));
	const data = {
		...columns,
		lng: new Float64Array(expanded.length).fill(LNG),
		lat: Float64Array.from(expanded, (r) => r.lat),
		district: new Uint16Array(expanded.length),
		pass: new Uint8Array(expanded.length).fill(1)
	};
	const options = { months: 1, district: 0, dataMonths: { first: APR - 12, last: APR + 12 } };
	const friday = site('s', point(LNG, LAT), { hours: 'Fri 20:00-23:00' });

	it('counts only the hours on both sides, and counts apart the rows without a time', () => {
		const c = catchmentOf(friday, { radiusM: 800, rule: { time: true, marginMinutes: 0, ages: false } });
		const r = beforeAfter(data, c, START, options);
		expect(r.site).toMatchObject({ before: 12, after: 6 });
		expect(r.rest).toMatchObject({ before: 20, after: 20 });
		expect(r.didRatio).toBe(0.5);
		expect(r.unmatched).toEqual({ timeUnknown: 7, ageUnknown: 0 });
	});

	it('counts every row in space only, as before', () => {
		const r = beforeAfter(data, catchmentOf(friday, { radiusM: 800 }), START, options);
		expect(r.site).toMatchObject({ before: 19, after: 10 });
		expect(r.rest).toMatchObject({ before: 29, after: 23 });
		expect(r.unmatched).toEqual({ timeUnknown: 0, ageUnknown: 0 });
	});

	it('refuses to judge hours without the rows\' times', () => {
		const c = catchmentOf(friday, { radiusM: 800, rule: { time: true, marginMinutes: 0, ages: false } });
		expect(() => beforeAfter(points([[IN, -1, 0, 1]]), c, START, options)).toThrow(/times and ages/);
	});
});
