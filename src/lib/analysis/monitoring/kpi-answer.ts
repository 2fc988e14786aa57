/**
 * The KPI view's answer: the three Duty KPIs for one area and age group, each charted against the baseline.
 * Police-recorded KPIs come from the incident rows; hospital admissions from an area-level table.
 */
import { DISTRICTS } from '../geography/districts';
import { monthUkLabel } from '../time/month-index';
import { kpiChart, type KpiChart } from './kpi-chart';
import { KPI_AGE_LABELS, KPI_DEFINITIONS, KPI_KEYS, type KpiAge, type KpiArea, type KpiKey, type KpiStep } from './kpi-definitions';
import { incidentKpiSeries, toQuarters, type IncidentKpiCounts, type KpiPoint, type KpiSeries } from './kpi-series';
import { detectableWords, kpiSentence } from './kpi-words';

/** Area-level points as an aggregate table gives them: a period's first month, its length, and the value. */
export interface AreaPoints {
	periodKind: 'month' | 'quarter' | 'financial_year';
	points: readonly { start: number; months: number; value: number }[];
	/** Where the table came from, shown under its chart (e.g. "synthetic; real counts come from HES"). */
	caption: string;
}

export interface KpiPanel {
	key: KpiKey;
	label: string;
	source: 'incidents' | 'area-level';
	definition: string;
	chart: KpiChart | null;
	unavailable: string | null;
	sentence: string;
	detectable: string;
	warnings: string[];
	caption: string | null;
}

export interface KpiAnswer {
	datasetId: string;
	area: KpiArea;
	areaLabel: string;
	age: KpiAge;
	step: KpiStep;
	baseline: [number, number];
	/** The months the data covers, for the baseline picker. */
	range: [number, number];
	kpis: KpiPanel[];
}

export function areaLabelOf(area: KpiArea): string {
	if (area.level === 'county') return 'Kent and Medway';
	if (area.level === 'district') return DISTRICTS[area.district].label;
	return `${DISTRICTS.find((d) => d.cspCode === area.code)?.cspName ?? area.code} CSP`;
}

/** The first two years as the baseline when at least a third of the data is left after it; else the first two thirds. */
export function defaultBaseline([first, last]: readonly [number, number]): [number, number] {
	const span = last - first + 1;
	const length = Math.max(1, Math.min(24, span - Math.floor(span / 3)));
	return [first, first + length - 1];
}

/** Area-level periods as KPI points: months absent from the table are gaps, never zeros. */
export function areaSeries(table: AreaPoints | { unavailable: string } | null, step: KpiStep): KpiSeries {
	if (!table) return { unavailable: 'No area-level table of hospital admissions is loaded. Load one, or try the synthetic table, under "Area-level tables" above.' };
	if ('unavailable' in table) return table;
	if (table.periodKind === 'financial_year') return { unavailable: 'This table gives financial years: too few points for a control chart.' };
	if (table.periodKind === 'quarter' && step === 'month') return { unavailable: 'This table gives quarters: show the KPIs by quarter to chart it.' };
	if (table.points.length === 0) return { unavailable: 'The table has no rows for this area and age group.' };
	const byStart = new Map(table.points.map((p) => [p.start, p.value]));
	const first = Math.min(...table.points.map((p) => p.start));
	const last = Math.max(...table.points.map((p) => p.start));
	const size = table.periodKind === 'quarter' ? 3 : 1;
	const points: KpiPoint[] = [];
	for (let m = first; m <= last; m += size) {
		const value = byStart.get(m);
		const label = size === 3 ? `Q${Math.floor((m % 12) / 3) + 1} ${Math.floor(m / 12)}` : monthUkLabel(m);
		points.push(value === undefined ? { start: m, months: size, label, value: null, note: 'missing' } : { start: m, months: size, label, value });
	}
	return { points: step === 'quarter' && size === 1 ? toQuarters(points) : points, warnings: [] };
}

export interface KpiAnswerInput {
	datasetId: string;
	incidents: IncidentKpiCounts;
	missing: ReadonlySet<number>;
	thin: ReadonlySet<number>;
	admissions: AreaPoints | { unavailable: string } | null;
	area: KpiArea;
	age: KpiAge;
	step: KpiStep;
	/** null: the default baseline for the data's months. */
	baseline: readonly [number, number] | null;
}

export function kpiAnswer(input: KpiAnswerInput): KpiAnswer {
	const { incidents, area, age, step } = input;
	const range: [number, number] = [incidents.first, incidents.last];
	const chosen: [number, number] = input.baseline ? [input.baseline[0], input.baseline[1]] : defaultBaseline(range);
	// By quarter the baseline takes in whole quarters, so no quarter falls between the baseline and the months after it.
	const baseline: [number, number] = step === 'quarter' ? [chosen[0] - (chosen[0] % 3), chosen[1] - (chosen[1] % 3) + 2] : chosen;
	const areaLabel = areaLabelOf(area);
	const kpis = KPI_KEYS.map((key): KpiPanel => {
		const definition = KPI_DEFINITIONS[key];
		const series = key === 'knife_admissions' ? areaSeries(input.admissions, step) : incidentKpiSeries(incidents, { kpi: key, area, age, step, missing: input.missing, thin: input.thin });
		const caption = key === 'knife_admissions' && input.admissions && !('unavailable' in input.admissions) ? input.admissions.caption : null;
		const base = { key, label: definition.label, source: definition.source, definition: definition.definition, caption };
		if ('unavailable' in series) return { ...base, chart: null, unavailable: series.unavailable, sentence: '', detectable: '', warnings: [] };
		const chart = kpiChart(series.points, { baseline, step });
		if ('unavailable' in chart) return { ...base, chart: null, unavailable: chart.unavailable, sentence: '', detectable: '', warnings: series.warnings };
		const sentence = kpiSentence(chart, { label: definition.label, area: areaLabel, age: KPI_AGE_LABELS[age], step, baseline });
		return { ...base, chart, unavailable: null, sentence, detectable: detectableWords(chart), warnings: [...series.warnings, ...chart.warnings] };
	});
	return { datasetId: input.datasetId, area, areaLabel, age, step, baseline, range, kpis };
}
