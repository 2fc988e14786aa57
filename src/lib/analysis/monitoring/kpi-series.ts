/**
 * Monthly or quarterly series of the police-recorded KPIs for the county and each district, all ages and
 * victims under 25, from one pass over the incident columns. A month the import found missing is a gap
 * (null), never a zero: a zero month would pull the mean down and fire the rules on nothing.
 */
import { DISTRICTS } from '../geography/districts';
import { UNKNOWN_U16, type IncidentColumns } from '../ingest/columns';
import { AGE_BAND_UNKNOWN, FLAG, OFFENCE_GROUP } from '../offences/groups';
import { monthUkLabel } from '../time/month-index';
import { KPI_GROUP_CODES, UNDER_25_BANDS, type KpiAge, type KpiArea, type KpiKey, type KpiStep } from './kpi-definitions';

export type IncidentKpi = Exclude<KpiKey, 'knife_admissions'>;
const INCIDENT_KPIS: readonly IncidentKpi[] = ['knife_violence', 'homicide'];
/** Slot 0 is the county, 1..13 the districts in DISTRICTS order. */
const AREAS = DISTRICTS.length + 1;

export interface KpiPoint {
	/** First month (monthIndex) and how many months the point covers (1 or 3). */
	start: number;
	months: number;
	label: string;
	/** null: no data for the period (a missing month, or a quarter the data only partly covers). */
	value: number | null;
	/** Why a value is null or should be read with care. */
	note?: 'missing' | 'thin' | 'part';
}

export type KpiSeries = { points: KpiPoint[]; warnings: string[] } | { unavailable: string };

/** Counts per KPI, area slot, age and month of the range, with what the data can and cannot say. */
export interface IncidentKpiCounts {
	first: number;
	last: number;
	/** [kpi][area][age: 0 all, 1 under 25] -> counts by month offset. */
	counts: Int32Array[][][];
	/** Why a KPI cannot be counted from this dataset, when it cannot. */
	unavailable: Partial<Record<IncidentKpi, string>>;
	/** Rows of each KPI with no age band, which the under-25 series cannot place. */
	ageUnknown: Record<IncidentKpi, number>;
	total: Record<IncidentKpi, number>;
	/** Violence and sexual offences the source did not split (they may hide homicides). */
	notSplit: number;
}

export function incidentKpiCounts(columns: IncidentColumns, months: readonly [number, number]): IncidentKpiCounts {
	const [first, last] = months;
	const span = Math.max(0, last - first + 1);
	const counts = INCIDENT_KPIS.map(() => Array.from({ length: AREAS }, () => [new Int32Array(span), new Int32Array(span)]));
	const ageUnknown = { knife_violence: 0, homicide: 0 };
	const total = { knife_violence: 0, homicide: 0 };
	let knifeFlagged = 0;
	let notSplit = 0;
	let split = 0;
	const outside = FLAG.outside;
	const notSplitCode = OFFENCE_GROUP.violence_and_sexual_not_split;
	for (let i = 0; i < columns.length; i++) {
		const flags = columns.flags[i];
		if (flags & outside) continue;
		const group = columns.group[i];
		if (group === notSplitCode) notSplit++;
		else if (KPI_GROUP_CODES.knife_violence.has(group)) split++;
		if (flags & FLAG.knife) knifeFlagged++;
		const offset = columns.monthIndex[i] - first;
		if (offset < 0 || offset >= span) continue;
		const district = columns.district[i];
		const band = columns.ageBand[i];
		const young = UNDER_25_BANDS.has(band);
		for (let k = 0; k < INCIDENT_KPIS.length; k++) {
			const kpi = INCIDENT_KPIS[k];
			if (!KPI_GROUP_CODES[kpi].has(group) || (kpi === 'knife_violence' && !(flags & FLAG.knife))) continue;
			total[kpi]++;
			if (band === AGE_BAND_UNKNOWN) ageUnknown[kpi]++;
			const byArea = counts[k];
			byArea[0][0][offset]++;
			if (young) byArea[0][1][offset]++;
			if (district !== UNKNOWN_U16) {
				byArea[district + 1][0][offset]++;
				if (young) byArea[district + 1][1][offset]++;
			}
		}
	}
	const unavailable: Partial<Record<IncidentKpi, string>> = {};
	if (knifeFlagged === 0) unavailable.knife_violence = 'No row is marked as involving a knife or sharp instrument: this source does not record it (police.uk does not).';
	if (split === 0 && notSplit > 0) unavailable.homicide = 'This source does not split violence and sexual offences (police.uk combines them), so homicides cannot be counted.';
	return { first, last, counts, unavailable, ageUnknown, total, notSplit };
}

/** The slots an area's counts are summed from: the county, one district, or a CSP's districts. */
const areaSlots = (area: KpiArea): number[] =>
	area.level === 'county' ? [0] : area.level === 'district' ? [area.district + 1] : DISTRICTS.flatMap((d, i) => (d.cspCode === area.code ? [i + 1] : []));

function summed(arrays: readonly Int32Array[]): Int32Array {
	if (arrays.length === 1) return arrays[0];
	const out = new Int32Array(arrays[0]?.length ?? 0);
	for (const a of arrays) for (let i = 0; i < a.length; i++) out[i] += a[i];
	return out;
}

/** The calendar quarter (0-3) of a monthIndex. */
const quarterOf = (monthIndex: number) => Math.floor((monthIndex % 12) / 3);

export function quarterLabel(start: number): string {
	return `Q${quarterOf(start) + 1} ${Math.floor(start / 12)}`;
}

export interface SeriesOptions {
	kpi: IncidentKpi;
	area: KpiArea;
	age: KpiAge;
	step: KpiStep;
	/** Months with no rows at all: gaps. */
	missing: ReadonlySet<number>;
	/** Months far below their neighbours: counted, but marked. */
	thin: ReadonlySet<number>;
}

/** One KPI's series for an area and age group, months or calendar quarters; a quarter the data only partly covers is a gap. */
export function incidentKpiSeries(data: IncidentKpiCounts, options: SeriesOptions): KpiSeries {
	const { kpi, area, age, step, missing, thin } = options;
	const reason = data.unavailable[kpi];
	if (reason) return { unavailable: reason };
	if (age === 'under_25' && data.total[kpi] > 0 && data.ageUnknown[kpi] === data.total[kpi]) return { unavailable: 'No row of this measure has a victim age band, so victims under 25 cannot be counted.' };
	const slots = areaSlots(area);
	if (slots.length === 0) return { unavailable: 'No district of Kent and Medway is in this area.' };
	const byArea = data.counts[INCIDENT_KPIS.indexOf(kpi)];
	const counts = summed(slots.map((slot) => byArea[slot][age === 'all' ? 0 : 1]));
	const monthly: KpiPoint[] = [];
	for (let m = data.first; m <= data.last; m++) {
		const gap = missing.has(m);
		monthly.push({ start: m, months: 1, label: monthUkLabel(m), value: gap ? null : counts[m - data.first], ...(gap ? { note: 'missing' as const } : thin.has(m) ? { note: 'thin' as const } : {}) });
	}
	const points = step === 'month' ? monthly : toQuarters(monthly);
	const warnings: string[] = [];
	const unknown = data.ageUnknown[kpi];
	if (age === 'under_25' && unknown > 0) warnings.push(`${unknown.toLocaleString('en-GB')} of ${data.total[kpi].toLocaleString('en-GB')} rows have no age band and are left out of the under-25 series.`);
	if (kpi === 'homicide' && data.notSplit > 0) warnings.push(`${data.notSplit.toLocaleString('en-GB')} rows are violence and sexual offences the source did not split; any homicides among them are not counted.`);
	return { points, warnings };
}

/** Monthly points summed into calendar quarters; a quarter with a missing or absent month is a gap. */
export function toQuarters(monthly: readonly KpiPoint[]): KpiPoint[] {
	const byStart = new Map(monthly.map((p) => [p.start, p]));
	if (monthly.length === 0) return [];
	const firstQuarter = monthly[0].start - (monthly[0].start % 3);
	const lastMonth = monthly[monthly.length - 1].start;
	const out: KpiPoint[] = [];
	for (let q = firstQuarter; q <= lastMonth; q += 3) {
		const parts = [q, q + 1, q + 2].map((m) => byStart.get(m));
		const label = quarterLabel(q);
		if (parts.some((p) => p === undefined)) out.push({ start: q, months: 3, label, value: null, note: 'part' });
		else if (parts.some((p) => p!.value === null)) out.push({ start: q, months: 3, label, value: null, note: 'missing' });
		else out.push({ start: q, months: 3, label, value: parts.reduce((s, p) => s + p!.value!, 0), ...(parts.some((p) => p!.note === 'thin') ? { note: 'thin' as const } : {}) });
	}
	return out;
}
