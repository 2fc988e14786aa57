/**
 * The Duty monitoring view's settings as a link carries them: the area (county or a district's ONS code),
 * the age group, months or quarters, and the baseline. Read and written through page-state.ts.
 */
import { DISTRICTS } from '../geography/districts';
import type { KpiAge, KpiArea, KpiStep } from '../monitoring/kpi-definitions';
import { monthLabel, parseYearMonth } from '../time/month-index';

export interface DutyView {
	area: KpiArea;
	age: KpiAge;
	step: KpiStep;
	/** First and last month of the baseline (monthIndex); null for the default (analysis/monitoring/kpi-answer.ts). */
	baseline: [number, number] | null;
}

export const DEFAULT_DUTY: DutyView = { area: { level: 'county' }, age: 'all', step: 'month', baseline: null };

/** The area as a link says it: "km" for Kent and Medway, else the district's ONS code. */
export function areaParam(area: KpiArea): string {
	return area.level === 'county' ? 'km' : DISTRICTS[area.district].code;
}

export function writeDutyParams(duty: DutyView, p: URLSearchParams): void {
	if (duty.area.level !== 'county') p.set('kpia', areaParam(duty.area));
	if (duty.age !== DEFAULT_DUTY.age) p.set('kpiage', 'u25');
	if (duty.step !== DEFAULT_DUTY.step) p.set('kpistep', duty.step);
	if (duty.baseline) p.set('kpib', `${monthLabel(duty.baseline[0])}..${monthLabel(duty.baseline[1])}`);
}

/** Reads one parameter of the Duty view; false when the key is not one of its. */
export function readDutyParam(key: string, value: string, page: { duty: DutyView }, problem: (reason: string) => void): boolean {
	const set = (patch: Partial<DutyView>) => (page.duty = { ...page.duty, ...patch });
	switch (key) {
		case 'kpia': {
			const district = DISTRICTS.findIndex((d) => d.code === value);
			if (value === 'km') set({ area: { level: 'county' } });
			else if (district >= 0) set({ area: { level: 'district', district } });
			else problem('the KPI area is km (Kent and Medway) or a district ONS code');
			return true;
		}
		case 'kpiage':
			if (value === 'u25' || value === 'all') set({ age: value === 'u25' ? 'under_25' : 'all' });
			else problem('the KPI age group is all or u25');
			return true;
		case 'kpistep':
			if (value === 'month' || value === 'quarter') set({ step: value });
			else problem('the KPI step is month or quarter');
			return true;
		case 'kpib': {
			const m = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(value);
			const [from, to] = m ? [parseYearMonth(m[1]), parseYearMonth(m[2])] : [NaN, NaN];
			if (from >= 0 && to >= from) set({ baseline: [from, to] });
			else problem('the KPI baseline is two months, YYYY-MM..YYYY-MM, the first not after the second');
			return true;
		}
		default:
			return false;
	}
}
