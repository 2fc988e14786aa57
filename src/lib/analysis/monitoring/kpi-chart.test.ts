import { describe, expect, it } from 'vitest';
import { kpiChart, type KpiChart } from './kpi-chart';
import type { KpiPoint } from './kpi-series';
import { kpiSentence } from './kpi-words';
import { fillCounts, plainCount } from './count-tokens';

const JAN_2023 = 2023 * 12;
/** A fixed wobble of +/-4 so moving ranges are not zero; the same for every series here. */
const WOBBLE = [3, -2, 4, -4, 1, -1, 2, -3, 0, 4, -2, 1];
const PEAKS = new Set([0, 4, 5]);

function series(valueOf: (i: number) => number | null, months = 36): KpiPoint[] {
	return Array.from({ length: months }, (_, i) => ({ start: JAN_2023 + i, months: 1, label: `m${i}`, value: valueOf(i) }));
}
const chartOf = (points: KpiPoint[]) => kpiChart(points, { baseline: [JAN_2023, JAN_2023 + 23], step: 'month' }) as KpiChart;

describe('a KPI chart', () => {
	it('compares a seasonal series with the same months of the baseline, so January, May and June peaks are not signals', () => {
		const seasonal = series((i) => 100 + (PEAKS.has(i % 12) ? 40 : 0) + WOBBLE[i % 12]);
		const chart = chartOf(seasonal);
		expect(chart.seasonal.seasonal).toBe(true);
		expect(chart.seasonallyAdjusted).toBe(true);
		expect(chart.signals.filter((s) => s.rule === 'beyond_limit')).toEqual([]);
		// The centre line moves with the season: January's sits about 40 above March's (effects from the baseline).
		expect(chart.points[24].centre - chart.points[26].centre).toBeCloseTo(40 + WOBBLE[0] - WOBBLE[2], 0);
	});

	it('with under two years of baseline cannot check the season, and warns that rules may fire on it', () => {
		const short = kpiChart(series((i) => 100 + WOBBLE[i % 12], 20), { baseline: [JAN_2023, JAN_2023 + 11], step: 'month' }) as KpiChart;
		expect(short.seasonallyAdjusted).toBe(false);
		expect(short.warnings.join(' ')).toMatch(/season alone/);
	});

	it('states the change after the baseline as a rate ratio with its interval, computed as the formula gives', () => {
		// Baseline 24 months of 100 + wobble (total 2400 + 2 * sum(WOBBLE) = 2406), then 12 months 20% lower.
		const points = series((i) => (i < 24 ? 100 + WOBBLE[i % 12] : 80 + WOBBLE[i % 12]));
		const c = chartOf(points).change!;
		const base = points.slice(0, 24).reduce((n, p) => n + p.value!, 0);
		const after = points.slice(24).reduce((n, p) => n + p.value!, 0);
		const ratio = after / 12 / (base / 24);
		expect(c.percent).toBeCloseTo((ratio - 1) * 100, 10);
		// Variance/mean of the baseline is below 1 here, so the interval is plain Poisson: log RR +/- 1.96 sqrt(1/a + 1/b).
		expect(c.assumed).toBe('poisson');
		const half = 1.959964 * Math.sqrt(1 / after + 1 / base);
		expect(c.lowerPercent).toBeCloseTo((ratio * Math.exp(-half) - 1) * 100, 3);
		expect(c.upperPercent).toBeCloseTo((ratio * Math.exp(half) - 1) * 100, 3);
	});

	it('marks the points of a signal, and an improvement after a sustained fall', () => {
		const points = series((i) => (i < 24 ? 100 + WOBBLE[i % 12] : 80 + WOBBLE[i % 12]));
		const chart = chartOf(points);
		const run = chart.signals.find((s) => s.rule === 'run');
		expect(run?.kind).toBe('improvement');
		expect(chart.points.slice(24).every((p) => p.signal === 'improvement')).toBe(true);
	});

	it('sets a seasonal period after the baseline against the same months, so a spring without change reads as no change', () => {
		// Baseline 2023-2024 with January, May and June peaks; then January-June 2025 exactly as the baseline's months.
		const points = series((i) => 100 + (PEAKS.has(i % 12) ? 40 : 0) + WOBBLE[i % 12], 30);
		const chart = chartOf(points);
		expect(chart.seasonallyAdjusted).toBe(true);
		// Each month after equals its calendar month in both baseline years, so the expected count is the observed one.
		expect(chart.change!.percent).toBeCloseTo(0, 8);
		const plain = points.slice(24).reduce((n, p) => n + p.value!, 0) / 6 / (points.slice(0, 24).reduce((n, p) => n + p.value!, 0) / 24);
		// Against the plain baseline mean the same months would read as a rise.
		expect((plain - 1) * 100).toBeGreaterThan(5);
	});

	it('leaves a thin month out of the limits and rules, and says so', () => {
		const points = series((i) => 100 + WOBBLE[i % 12]).map((p, i) => (i === 30 ? { ...p, value: 20, note: 'thin' as const } : p));
		const chart = chartOf(points);
		expect(chart.signals).toEqual([]);
		expect(chart.warnings.join(' ')).toMatch(/1 thin month .* left out of the limits and the rules/);
	});

	it('reads the verdict from signals after the baseline only, with a signed interval', () => {
		// A spike inside the baseline (a signal there), then a steady 12 months.
		const points = series((i) => (i === 5 ? 160 : 100 + WOBBLE[i % 12]));
		const chart = chartOf(points);
		expect(chart.signals.some((s) => s.rule === 'beyond_limit' && s.points[0] === 5)).toBe(true);
		const sentence = kpiSentence(chart, { label: 'Knife crime', area: 'Thanet', age: 'All ages', step: 'month', baseline: [JAN_2023, JAN_2023 + 23] });
		expect(sentence).toContain('Common-cause variation since the baseline: no special-cause signal.');
		expect(sentence).toMatch(/\(95% interval \u2212\d+% to \+\d+%[,)]/);
	});

	it('gives no percentage change on a handful of events, only the counts (as disclosure tokens) and the exact interval', () => {
		// Three events in the 24-month baseline, two in the 12 months after: a percentage would swing on one event.
		const points = series((i) => ([3, 11, 19, 27, 33].includes(i) ? 1 : 0));
		const chart = chartOf(points);
		const sentence = fillCounts(kpiSentence(chart, { label: 'Homicides', area: 'Thanet', age: 'All ages', step: 'month', baseline: [JAN_2023, JAN_2023 + 23] }), plainCount);
		expect(sentence).toContain('0.17 a month over the 12 months after the baseline against 0.13 in the baseline');
		expect(sentence).toContain('2 events since against 3 in the baseline, too few for a percentage change to mean much');
		expect(sentence).not.toMatch(/% (higher|lower)/);
	});

	it('with no events in the baseline says so, the count since as a disclosure token', () => {
		const none = kpiChart(series((i) => (i === 30 ? 3 : 0)), { baseline: [JAN_2023, JAN_2023 + 23], step: 'month' });
		expect('unavailable' in none && none.unavailable).toContain('so no limits can be set; {c:3} since.');
	});

	it('says so when the baseline holds too few points', () => {
		const empty = kpiChart(series((i) => (i < 30 ? null : 5)), { baseline: [JAN_2023, JAN_2023 + 23], step: 'month' });
		expect('unavailable' in empty && empty.unavailable).toMatch(/holds 0 months with data/);
	});
});
