/**
 * Applies a weight table to a dataset: one weight per row (its offence code's, else its group's, else
 * none), the weighted sum per hexagon for Gi*, and the per-group report that says what was left out.
 */
import type { IncidentColumns } from '../ingest/columns';
import { OFFENCE_GROUP_KEYS, OFFENCE_GROUP_LABELS, type OffenceGroupKey } from '../offences/groups';
import { groupWeight, type WeightTable } from './weight-table';

/** Per row: its weight, or NaN when the table gives its group (and code) none. */
export function rowWeights(columns: Pick<IncidentColumns, 'length' | 'group' | 'offenceCode' | 'offenceCodes'>, table: WeightTable): Float64Array {
	const byGroup = OFFENCE_GROUP_KEYS.map((_, g) => groupWeight(table, g) ?? NaN);
	// Code value v (1-based) -> weight; NaN where the table does not list the code.
	const byCode = Float64Array.from([NaN, ...columns.offenceCodes.map((c) => table.codes[c] ?? NaN)]);
	const out = new Float64Array(columns.length);
	for (let r = 0; r < columns.length; r++) {
		const w = byCode[columns.offenceCode?.[r] ?? 0];
		out[r] = Number.isNaN(w) ? byGroup[columns.group[r]] : w;
	}
	return out;
}

export interface GroupWeightLine {
	group: OffenceGroupKey;
	label: string;
	/** Rows of the group passing the filters. */
	rows: number;
	/** Of those, rows with a weight (by code or group). */
	weighted: number;
	/** Their weighted sum. */
	sum: number;
	/** The group's weight, when it has one. */
	weight: number | null;
	/** Why the group has no weight (its rows without a code weight are left out). */
	reason: string | null;
}

export interface WeightReport {
	tableId: string;
	/** Rows passing the filters, rows weighted, rows left out, and the weighted total. */
	rows: number;
	weighted: number;
	leftOut: number;
	total: number;
	/** Rows weighted by their offence code rather than their group. */
	byCode: number;
	/** Every group with rows passing the filters. */
	groups: GroupWeightLine[];
}

/** What a table did to the filtered rows, group by group. */
export function weightReport(columns: Pick<IncidentColumns, 'length' | 'group' | 'offenceCode' | 'offenceCodes'>, pass: Uint8Array, weights: Float64Array, table: WeightTable): WeightReport {
	const n = OFFENCE_GROUP_KEYS.length;
	const hasCodeWeight = [false, ...columns.offenceCodes.map((c) => table.codes[c] !== undefined)];
	const rows = new Float64Array(n);
	const weighted = new Float64Array(n);
	const sums = new Float64Array(n);
	let byCode = 0;
	for (let r = 0; r < columns.length; r++) {
		if (!pass[r]) continue;
		const g = columns.group[r];
		rows[g]++;
		const w = weights[r];
		if (Number.isNaN(w)) continue;
		weighted[g]++;
		sums[g] += w;
		if (hasCodeWeight[columns.offenceCode?.[r] ?? 0]) byCode++;
	}
	const groups = OFFENCE_GROUP_KEYS.flatMap((key, g): GroupWeightLine[] =>
		rows[g] === 0
			? []
			: [{ group: key, label: OFFENCE_GROUP_LABELS[key], rows: rows[g], weighted: weighted[g], sum: sums[g], weight: groupWeight(table, g), reason: table.groups[key] ? null : (table.unweighted[key] ?? 'No weight in this table.') }]
	);
	const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
	return { tableId: table.id, rows: sum(rows), weighted: sum(weighted), leftOut: sum(rows) - sum(weighted), total: sum(sums), byCode, groups };
}

/** The weighted sum per dictionary cell over the rows passing the filters (rows without a weight add nothing). */
export function weightedCellSums(cell: ArrayLike<number>, cells: number, pass: Uint8Array, weights: Float64Array): Float64Array {
	const out = new Float64Array(cells);
	for (let r = 0; r < pass.length; r++) {
		if (!pass[r]) continue;
		const w = weights[r];
		if (!Number.isNaN(w)) out[cell[r]] += w;
	}
	return out;
}
