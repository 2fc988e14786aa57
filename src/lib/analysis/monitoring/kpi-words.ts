/** The plain-language line a board reads under each KPI chart: the change with its interval, and the kind of variation. */
import type { KpiChart } from './kpi-chart';
import type { KpiStep } from './kpi-definitions';
import { monthUkLabel } from '../time/month-index';
import { countToken } from './count-tokens';

/** Rates as a reader needs them: whole above 10, one decimal above 1, two below (0.05 a month is not "0.0"). */
const one = (n: number) => (n >= 10 ? Math.round(n).toLocaleString('en-GB') : n >= 1 ? n.toFixed(1) : n.toFixed(2));

/** Below this many events on either side a percentage change swings on one or two events, so it is not given. */
export const MIN_EVENTS_FOR_PERCENT = 10;

/** "8% lower", "12% higher", "no different" */
export function percentWords(percent: number): string {
	const rounded = Math.round(Math.abs(percent));
	if (rounded === 0) return 'no different';
	return `${rounded.toLocaleString('en-GB')}% ${percent < 0 ? 'lower' : 'higher'}`;
}

/** "-15%", "+2%", "0%": an interval's ends, signed so the two read as one range. */
export function signedPercent(percent: number): string {
	const rounded = Math.round(percent);
	return rounded === 0 ? '0%' : `${rounded > 0 ? '+' : '\u2212'}${Math.abs(rounded).toLocaleString('en-GB')}%`;
}

export interface SentenceContext {
	label: string;
	area: string;
	age: string;
	step: KpiStep;
	baseline: readonly [number, number];
}

export function kpiSentence(chart: KpiChart, context: SentenceContext): string {
	const { label, area, age, step, baseline } = context;
	const period = `${monthUkLabel(baseline[0])} to ${monthUkLabel(baseline[1])}`;
	const head = `${label}, ${area}, ${age.toLowerCase()}:`;
	const c = chart.change;
	let change: string;
	if (!c) change = ` ${one(chart.limits.mean)} a ${step} in the baseline (${period}); no ${step}s after the baseline yet to compare.`;
	else {
		const interval =
			c.lowerPercent === null || c.upperPercent === null
				? ''
				: ` (95% interval ${signedPercent(c.lowerPercent)} to ${signedPercent(c.upperPercent)}${c.dispersion >= 1.05 ? `, widened for the baseline's variation between ${step}s (dispersion ${c.dispersion.toFixed(1)})` : ''})`;
		// No events after the baseline: no ratio on a log scale, so the exact interval's upper end stands in.
		const few = c.count < MIN_EVENTS_FOR_PERCENT || c.baselineCount < MIN_EVENTS_FOR_PERCENT;
		const verdict =
			c.percent === null
				? `: none since, where the rate could still be up to ${one(c.exact[1])} a ${step} (exact 95% upper limit)`
				: few
					? `: ${countToken(c.count)} event${c.count === 1 ? '' : 's'} since against ${countToken(c.baselineCount)} in the baseline, too few for a percentage change to mean much (exact 95% interval of the rate since: ${one(c.exact[0])} to ${one(c.exact[1])} a ${step})`
					: `: ${percentWords(c.percent)}${interval}`;
		const against = chart.seasonallyAdjusted ? `${one(c.baselineMean)} in the same months of the baseline (${period})` : `${one(c.baselineMean)} in the baseline (${period})`;
		change = ` ${one(c.currentMean)} a ${step} over the ${c.periods} ${step}${c.periods === 1 ? '' : 's'} after the baseline against ${against}${verdict}.`;
	}
	// The verdict reads only signals that take in a period after the baseline; older ones are on the chart.
	const recent = chart.signals.filter((sig) => sig.points.some((i) => chart.points[i].start > baseline[1]));
	const improving = recent.filter((sig) => sig.kind === 'improvement').length;
	const concerning = recent.filter((sig) => sig.kind === 'concern').length;
	const variation =
		recent.length === 0
			? ` Common-cause variation since the baseline: no special-cause signal.`
			: ` Special-cause variation since the baseline: ${[improving ? `${improving} improvement signal${improving === 1 ? '' : 's'}` : '', concerning ? `${concerning} concern signal${concerning === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ')}.`;
	return head + change + variation;
}

/** For small counts: how long it would take to see a 20% fall at all, at the rate since the baseline (or the baseline's). */
export function detectableWords(chart: KpiChart): string {
	const years = chart.yearsToDetect;
	if (!Number.isFinite(years)) return 'With no events in the baseline, no fall can be detected.';
	return `At the current volume, a 20% fall needs about ${years < 10 ? years.toFixed(1) : Math.round(years)} years of data before and as many after to be detected (two-sided test at 5%, 80% power, allowing for the variation between periods).`;
}
