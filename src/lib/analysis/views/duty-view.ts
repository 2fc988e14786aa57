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

/** The area as a link says it: "km" for Kent and Medway, else the district's or CSP's ONS code. */
export function areaParam(area: KpiArea): string {
	return area.level === 'county' ? 'km' : area.level === 'district' ? DISTRICTS[area.district].code : area.code;
}

/** CSPs that are not a single district (Dartford and Gravesham share one), by ONS code: offered beside the districts. */
export const JOINT_CSPS: readonly { code: string; name: string }[] = [...new Set(DISTRICTS.map((d) => d.cspCode))]
	.filter((code) => DISTRICTS.filter((d) => d.cspCode === code).length > 1)
	.map((code) => ({ code, name: DISTRICTS.find((d) => d.cspCode === code)!.cspName }));

/** An area from its link form or the area picker's value; null when it names no area here. */
export function areaOfParam(value: string): KpiArea | null {
	if (value === 'km') return { level: 'county' };
	const district = DISTRICTS.findIndex((d) => d.code === value);
	if (district >= 0) return { level: 'district', district };
	return JOINT_CSPS.some((c) => c.code === value) ? { level: 'csp', code: value } : null;
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
			const area = areaOfParam(value);
			if (area) set({ area });
			else problem('the KPI area is km (Kent and Medway), a district ONS code or the Dartford and Gravesham CSP code');
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
