/** The plain-language line a board reads under each KPI chart: the change with its interval, and the kind of variation. */
import type { KpiChart } from './kpi-chart';
import type { KpiStep } from './kpi-definitions';
import { monthUkLabel } from '../time/month-index';

const one = (n: number) => (n >= 10 ? Math.round(n).toLocaleString('en-GB') : n.toFixed(1));

/** "8% lower", "12% higher", "no different" */
export function percentWords(percent: number): string {
	const rounded = Math.round(Math.abs(percent));
	if (rounded === 0) return 'no different';
	return `${rounded}% ${percent < 0 ? 'lower' : 'higher'}`;
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
			c.percent === null || c.lowerPercent === null || c.upperPercent === null
				? ' (no interval: the baseline has no events)'
				: ` (95% interval ${percentWords(c.lowerPercent)} to ${percentWords(c.upperPercent)}${c.assumed === 'overdispersed' ? ', widened because counts vary more than chance' : ''})`;
		const verdict = c.percent === null ? '' : `: ${percentWords(c.percent)}${interval}`;
		change = ` ${one(c.currentMean)} a ${step} over the ${c.periods} ${step}${c.periods === 1 ? '' : 's'} after the baseline against ${one(c.baselineMean)} in the baseline (${period})${verdict}.`;
	}
	const improving = chart.signals.filter((s) => s.kind === 'improvement').length;
	const concerning = chart.signals.filter((s) => s.kind === 'concern').length;
	const variation =
		chart.signals.length === 0
			? ' Common-cause variation: no special-cause signal, so the change is within what the baseline would produce by chance.'
			: ` Special-cause variation: ${[improving ? `${improving} improvement signal${improving === 1 ? '' : 's'}` : '', concerning ? `${concerning} concern signal${concerning === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ')}.`;
	return head + change + variation;
}

/** For small counts: how long it would take to see a 20% fall at all. */
export function detectableWords(chart: KpiChart): string {
	const years = chart.yearsToDetect;
	if (!Number.isFinite(years)) return 'With no events in the baseline, no fall can be detected.';
	return `At the baseline's volume, a 20% fall needs about ${years < 10 ? years.toFixed(1) : Math.round(years)} years of data before and as many after to be detected (two-sided test at 5%, 80% power).`;
}
