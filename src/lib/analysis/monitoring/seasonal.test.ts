import { describe, expect, it } from 'vitest';
import { poissonDraw, Random } from '../stats/random';
import { checkSeasonality, deseasonalise, fUpperTail, MIN_SEASONAL_MONTHS, type MonthPoint } from './seasonal';

const JAN_2022 = 2022 * 12;
// January, May and June up 6, the other nine months down 2: mean 0.
const PATTERN = [6, -2, -2, -2, 6, 6, -2, -2, -2, -2, -2, -2];

function monthly(months: number, valueAt: (i: number) => number | null, first = JAN_2022): MonthPoint[] {
	return Array.from({ length: months }, (_, i) => ({ monthIndex: first + i, value: valueAt(i) }));
}

/** Monthly Poisson counts; meanOf gives each month's mean from its calendar month (0 = January). */
function simulated(seed: number, months: number, meanOf: (calendarMonth: number, random: Random) => number): MonthPoint[] {
	const random = new Random(seed);
	return monthly(months, (i) => poissonDraw(random, meanOf(i % 12, random)));
}

const FLAT = () => 30;
// +40% in January, May and June.
const PEAKS = (m: number) => (m === 0 || m === 4 || m === 5 ? 42 : 30);
// Clustered but not seasonal: each month's mean is 20 or 40 at random, so the counts vary far more than Poisson.
const CLUSTERED = (_m: number, random: Random) => (random.chance(0.5) ? 20 : 40);

const baselineOf = (months: number): [number, number] => [JAN_2022, JAN_2022 + months - 1];
const shareSeasonal = (seeds: number, months: number, meanOf: Parameters<typeof simulated>[2], firstSeed: number) => {
	let hits = 0;
	for (let s = 0; s < seeds; s++) if (checkSeasonality(simulated(firstSeed + s, months, meanOf), baselineOf(months)).seasonal) hits++;
	return hits / seeds;
};

describe('fUpperTail', () => {
	it.each([
		// F(1, 10) is t(10) squared: P(|t| > 1) = 0.3409; the 5% point of F(1, 10) is 4.9646; of F(11, 23) about 2.24.
		{ f: 1, df1: 1, df2: 10, p: 0.3409 },
		{ f: 4.9646, df1: 1, df2: 10, p: 0.05 },
		{ f: 2.2376, df1: 11, df2: 23, p: 0.05 }
	])('P(F($df1, $df2) > $f) = $p', ({ f, df1, df2, p }) => {
		expect(fUpperTail(f, df1, df2)).toBeCloseTo(p, 3);
	});
});

describe('checkSeasonality', () => {
	it('cannot check fewer than 24 baseline months', () => {
		expect(MIN_SEASONAL_MONTHS).toBe(24);
		const r = checkSeasonality(monthly(36, () => 30), [JAN_2022, JAN_2022 + 22]);
		expect(r).toMatchObject({ seasonal: false, effects: null, test: null });
		expect(r.reason).toMatch(/cannot be checked/);
	});

	it('cannot check when a calendar month has fewer than two values in the baseline', () => {
		const r = checkSeasonality(
			monthly(24, (i) => (i === 14 ? null : 30)),
			baselineOf(24)
		);
		expect(r).toMatchObject({ seasonal: false, effects: null, test: null });
		expect(r.reason).toMatch(/March/);
	});

	it('recovers an exact pattern as its effects and calls it seasonal', () => {
		const r = checkSeasonality(monthly(24, (i) => 30 + PATTERN[i % 12]), baselineOf(24));
		expect(r.seasonal).toBe(true);
		expect(r.test?.p).toBe(0);
		r.effects!.forEach((e, m) => expect(e).toBeCloseTo(PATTERN[m], 10));
	});

	it('separates a trend from the season, over whole and part years', () => {
		for (const months of [24, 30]) {
			const r = checkSeasonality(monthly(months, (i) => 30 + 0.5 * i + PATTERN[i % 12]), baselineOf(months));
			expect(r.seasonal).toBe(true);
			r.effects!.forEach((e, m) => expect(e).toBeCloseTo(PATTERN[m], 10));
		}
	});

	it('does not read a straight rise, or a constant, as a season', () => {
		for (const valueAt of [(i: number) => 20 + 0.5 * i, () => 30]) {
			const r = checkSeasonality(monthly(30, valueAt), baselineOf(30));
			expect(r.seasonal).toBe(false);
			expect(r.test?.p).toBe(1);
			r.effects!.forEach((e) => expect(e).toBeCloseTo(0, 10));
		}
	});

	it('uses only the baseline months', () => {
		const inside = monthly(24, (i) => 30 + PATTERN[i % 12]);
		const around = [...monthly(6, () => 500, JAN_2022 - 6), ...inside, ...monthly(6, () => 0, JAN_2022 + 24)];
		expect(checkSeasonality(around, baselineOf(24))).toEqual(checkSeasonality(inside, baselineOf(24)));
	});

	it('a flat Poisson-like series is not seasonal', () => {
		const r = checkSeasonality(simulated(1, 36, FLAT), baselineOf(36));
		expect(r.seasonal).toBe(false);
		expect(r.effects).toHaveLength(12);
		expect(r.reason).toMatch(/No clear month-of-year pattern/);
	});

	it('January, May and June peaks of +40% are seasonal, and the peaks are the largest effects', () => {
		const r = checkSeasonality(simulated(7, 48, PEAKS), baselineOf(48));
		expect(r.seasonal).toBe(true);
		expect(r.reason).toMatch(/may fire on season alone/);
		const ranked = r.effects!.map((e, m) => [e, m]).sort((a, b) => b[0] - a[0]);
		expect(ranked.slice(0, 3).map(([, m]) => m).sort()).toEqual([0, 4, 5]);
	});

	it('holds its 5% false-alarm rate on flat and on clustered (overdispersed) counts, over 200 series each', () => {
		// 200 draws at 5%: standard error 1.5 points, so 1% to 10% is a wide margin.
		for (const meanOf of [FLAT, CLUSTERED]) {
			const share = shareSeasonal(200, 36, meanOf, 100);
			expect(share).toBeGreaterThan(0.01);
			expect(share).toBeLessThan(0.1);
		}
	});

	it('finds +40% peaks in most four-year baselines', () => {
		expect(shareSeasonal(200, 48, PEAKS, 1000)).toBeGreaterThan(0.9);
	});

	it('does not mutate its inputs', () => {
		const points = Object.freeze(monthly(24, (i) => 30 + PATTERN[i % 12]).map((p) => Object.freeze(p)));
		const baseline = Object.freeze([JAN_2022, JAN_2022 + 23] as const);
		const copy = points.map((p) => ({ ...p }));
		checkSeasonality(points, baseline);
		expect(points).toEqual(copy);
	});
});

describe('deseasonalise', () => {
	const JAN_2024 = 2024 * 12;
	it.each([
		{ name: 'a January loses its +6', point: { monthIndex: JAN_2024, value: 36 }, want: 30 },
		{ name: 'a March gains 2', point: { monthIndex: JAN_2024 + 2, value: 28 }, want: 30 },
		{ name: 'a null stays null', point: { monthIndex: JAN_2024 + 1, value: null }, want: null },
		{ name: 'a quarter from April loses April + May + June = -2 + 6 + 6', point: { monthIndex: JAN_2024 + 3, value: 100, months: 3 }, want: 90 },
		{ name: 'three months from December wrap into January', point: { monthIndex: JAN_2024 + 11, value: 100, months: 3 }, want: 98 }
	])('$name', ({ point, want }) => {
		expect(deseasonalise([point], PATTERN)).toEqual([want]);
	});

	it('needs 12 effects', () => {
		expect(() => deseasonalise([{ monthIndex: JAN_2024, value: 1 }], [1, 2, 3])).toThrow(RangeError);
	});

	it('does not mutate its inputs', () => {
		const points = Object.freeze([Object.freeze({ monthIndex: JAN_2024, value: 36 })]);
		const effects = Object.freeze([...PATTERN]);
		expect(deseasonalise(points, effects)).toEqual([30]);
		expect(points[0].value).toBe(36);
		expect(effects).toEqual(PATTERN);
	});
});
