/**
 * A time series from an imported aggregate table for one measure, age group and area: LSOAs sum to their
 * district, districts (or Kent plus Medway) to the county, bands to all ages or under 25. A total that
 * needs a missing part is left out with the reason, never guessed; a period with no row is a gap, not a zero.
 */
import { DISTRICTS } from '../geography/districts';
import { COUNTY_KEY, KENT_CC_CODE } from './areas';
import { AGE_GROUPS, type AgeGroup } from './age-groups';
import type { AggregateTable } from './import';
import { normaliseMeasure } from './measures';
import type { PeriodKind } from './periods';
import type { AggregateRow } from './row';

/** A CSP by its ONS code: the joint Dartford and Gravesham CSP is the one that is not a single district. */
export type SeriesArea = { level: 'county' } | { level: 'district'; district: number } | { level: 'csp'; code: string };

export interface SeriesOptions {
	/** A measure key or label (normaliseMeasure reads either). */
	measure: string;
	ageGroup: 'all' | 'under_25';
	area: SeriesArea;
}

export interface SeriesPoint {
	start: number;
	months: number;
	value: number;
}

export type AggregateSeries =
	| {
			periodKind: PeriodKind;
			points: SeriesPoint[];
			/** Periods the table covers (for any area or age) whose total could not be made here, and why; a plain gap says "no row for ...". */
			partial: { start: number; months: number; reason: string }[];
	  }
	| { unavailable: string };

type Value = { value: number } | { missing: string };

const MEDWAY = DISTRICTS.findIndex((d) => d.code === 'E06000035');
const AGE_LABEL: Record<SeriesOptions['ageGroup'], string> = { all: 'all-ages', under_25: 'under-25' };

/** The rows of one measure, keyed for lookup by area, age group and period start. */
class MeasureIndex {
	readonly values = new Map<string, number>();
	readonly periods = new Map<number, number>();
	readonly lsoaByDistrict = DISTRICTS.map(() => new Set<string>());
	readonly csps = new Map<string, { name: string; districts: readonly number[] }>();
	readonly names = new Map<string, string>();
	hasUnknownAge = false;

	constructor(rows: readonly AggregateRow[]) {
		for (const row of rows) {
			this.values.set(MeasureIndex.key(row.area.code, row.ageGroup, row.period.start), row.value);
			this.periods.set(row.period.start, row.period.months);
			this.names.set(row.area.code, row.area.name);
			if (row.area.level === 'lsoa') this.lsoaByDistrict[row.area.districts[0]].add(row.area.code);
			if (row.area.level === 'csp') this.csps.set(row.area.code, { name: row.area.name, districts: row.area.districts });
			if (row.ageGroup === 'unknown') this.hasUnknownAge = true;
		}
	}

	static key(code: string, age: AgeGroup, start: number): string {
		return `${code}|${age}|${start}`;
	}

	has(code: string, start: number): boolean {
		return AGE_GROUPS.some((a) => this.values.has(MeasureIndex.key(code, a, start)));
	}

	/** The sum of the groups, or undefined unless every one has a row. */
	private sum(code: string, groups: readonly AgeGroup[], start: number): number | undefined {
		let total = 0;
		for (const g of groups) {
			const v = this.values.get(MeasureIndex.key(code, g, start));
			if (v === undefined) return undefined;
			total += v;
		}
		return total;
	}

	/** An explicit row for the age group, else the bands that partition it; unknown ages join the partition when the table records any. */
	age(code: string, age: SeriesOptions['ageGroup'], start: number): number | undefined {
		const unknown: AgeGroup[] = this.hasUnknownAge ? ['unknown'] : [];
		if (age === 'under_25') return this.sum(code, ['under_25'], start) ?? this.sum(code, ['0-17', '18-24'], start);
		return this.sum(code, ['all'], start) ?? this.sum(code, ['0-17', '18-24', '25+', ...unknown], start) ?? this.sum(code, ['under_25', '25+', ...unknown], start);
	}
}

function ageMissing(name: string, age: SeriesOptions['ageGroup']): { missing: string } {
	const bands = age === 'all' ? 'a full set of age bands (0-17, 18-24, 25+, unknown, or under 25 and 25+)' : 'both the 0-17 and 18-24 bands';
	return { missing: `${name} has rows but no ${AGE_LABEL[age]} row and not ${bands}` };
}

function districtValue(index: MeasureIndex, d: number, age: SeriesOptions['ageGroup'], start: number, lsoaCount: readonly number[]): Value {
	const district = DISTRICTS[d];
	if (index.has(district.code, start)) {
		const v = index.age(district.code, age, start);
		return v === undefined ? ageMissing(district.label, age) : { value: v };
	}
	const lsoas = index.lsoaByDistrict[d];
	const present = [...lsoas].filter((code) => index.has(code, start));
	if (present.length > 0) {
		if (present.length < lsoaCount[d]) return { missing: `LSOA rows cover ${present.length} of the ${lsoaCount[d]} LSOAs in ${district.label}` };
		let total = 0;
		for (const code of present) {
			const v = index.age(code, age, start);
			if (v === undefined) return ageMissing(`LSOA ${code}`, age);
			total += v;
		}
		return { value: total };
	}
	const csp = [...index.csps].find(([code, c]) => c.districts.includes(d) && index.has(code, start));
	if (csp) return { missing: `the table gives ${district.label} only within the ${csp[1].name} CSP total` };
	if (index.has(KENT_CC_CODE, start) || index.has(COUNTY_KEY, start)) return { missing: `the table gives only totals for areas larger than ${district.label}` };
	return { missing: `no row for ${district.label}` };
}

function countyValue(index: MeasureIndex, age: SeriesOptions['ageGroup'], start: number, lsoaCount: readonly number[]): Value {
	if (index.has(COUNTY_KEY, start)) {
		const v = index.age(COUNTY_KEY, age, start);
		return v === undefined ? ageMissing('Kent and Medway', age) : { value: v };
	}
	let total = 0;
	const covered = new Set<number>();
	const parts: [string, readonly number[]][] = [[KENT_CC_CODE, DISTRICTS.map((_, i) => i).filter((i) => i !== MEDWAY)], ...[...index.csps].map(([code, c]) => [code, c.districts] as [string, readonly number[]])];
	for (const [code, districts] of parts) {
		if (!index.has(code, start)) continue;
		const v = index.age(code, age, start);
		if (v === undefined) return ageMissing(index.names.get(code) ?? code, age);
		total += v;
		for (const d of districts) covered.add(d);
	}
	for (let d = 0; d < DISTRICTS.length; d++) {
		if (covered.has(d)) continue;
		const v = districtValue(index, d, age, start, lsoaCount);
		if ('missing' in v) return { missing: `a county total needs all 13 districts: ${v.missing}` };
		total += v.value;
	}
	return { value: total };
}

/** A CSP's total: its own row where the table has one, else the sum of its districts. */
function cspValue(index: MeasureIndex, code: string, age: SeriesOptions['ageGroup'], start: number, lsoaCount: readonly number[]): Value {
	if (index.has(code, start)) {
		const v = index.age(code, age, start);
		return v === undefined ? ageMissing(index.names.get(code) ?? code, age) : { value: v };
	}
	let total = 0;
	for (let d = 0; d < DISTRICTS.length; d++) {
		if (DISTRICTS[d].cspCode !== code) continue;
		const v = districtValue(index, d, age, start, lsoaCount);
		if ('missing' in v) return v;
		total += v.value;
	}
	return { value: total };
}

/** The most common reason among the periods left out, for a series with no point at all. */
function commonReason(reasons: readonly string[]): string {
	const counts = new Map<string, number>();
	for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

export function aggregateSeries(table: AggregateTable, options: SeriesOptions): AggregateSeries {
	const measure = normaliseMeasure(options.measure);
	const rows = table.rows.filter((r) => r.measure === measure);
	if (rows.length === 0) return { unavailable: `the table has no rows for the measure "${measure}" (it holds ${table.measures.join(', ')})` };
	const { area } = options;
	if (area.level === 'district' && !DISTRICTS[area.district]) return { unavailable: `no district ${area.district}` };
	if (area.level === 'csp' && !DISTRICTS.some((d) => d.cspCode === area.code)) return { unavailable: `no CSP ${area.code} in Kent and Medway` };
	const index = new MeasureIndex(rows);
	const points: SeriesPoint[] = [];
	const partial: { start: number; months: number; reason: string }[] = [];
	for (const [start, months] of [...index.periods].sort((a, b) => a[0] - b[0])) {
		const v =
			area.level === 'county'
				? countyValue(index, options.ageGroup, start, table.lsoaCount)
				: area.level === 'csp'
					? cspValue(index, area.code, options.ageGroup, start, table.lsoaCount)
					: districtValue(index, area.district, options.ageGroup, start, table.lsoaCount);
		if ('value' in v) points.push({ start, months, value: v.value });
		else partial.push({ start, months, reason: v.missing });
	}
	if (points.length === 0) return { unavailable: commonReason(partial.map((p) => p.reason)) };
	return { periodKind: table.periodKind, points, partial };
}
