/**
 * Harm and cost weights per canonical offence group (and, where a dataset carries them, per Home Office
 * offence code): what a weighted hotspot map sums instead of counting. Each table says where its figures
 * come from and how close the copy is to the original, because a board will ask.
 */
import { OFFENCE_GROUP_KEYS, type OffenceGroupKey } from '../offences/groups';
import { normaliseOffenceCode } from '../offences/offence-code';

export interface GroupWeight {
	weight: number;
	/** Which published figure the weight is, in words ("8N Assault with injury, 184"). */
	basis: string;
}

export interface WeightTable {
	/** 'ons-css', 'ho-cost-2016', 'ho-cost-2020', or 'own' for a table the user loaded. */
	id: string;
	/** Short name for controls and legends: "Harm (ONS Crime Severity Score)". */
	label: string;
	/** Cost tables give pounds, so their sums are an estimated cost of harm. */
	kind: 'harm' | 'cost';
	/** What one weighted incident is worth in: "severity points", "£". */
	unit: string;
	/** The price year of a cost table ("2019/20 prices"); null for harm. */
	priceYear: string | null;
	/** The publication the figures come from. */
	source: string;
	/** How close our copy is to the original (REFERENCE.md's levels: primary copy, transcription, quotation). */
	closeness: string;
	groups: Partial<Record<OffenceGroupKey, GroupWeight>>;
	/** Caveats a reader must see beside the figures. */
	notes?: string[];
	/** Groups with no defensible weight, and why: their rows are left out of the weighted view. */
	unweighted: Partial<Record<OffenceGroupKey, string>>;
	/** Weights by normalised Home Office offence code; a row's code wins over its group. */
	codes: Record<string, number>;
}

/** Which weighting the map uses: plain counts or one table's id. */
export type WeightingId = 'count' | string;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWeight = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Validates one table (the built-in file or a stored one); the problem in words, or the table. */
export function parseWeightTable(value: unknown): WeightTable | { error: string } {
	if (!isRecord(value)) return { error: 'a weight table must be an object' };
	for (const k of ['id', 'label', 'unit', 'source', 'closeness'] as const) if (typeof value[k] !== 'string') return { error: `weight table ${k} must be text` };
	if (value.kind !== 'harm' && value.kind !== 'cost') return { error: 'weight table kind must be harm or cost' };
	if (value.notes !== undefined && !(Array.isArray(value.notes) && value.notes.every((n) => typeof n === 'string'))) return { error: 'weight table notes must be a list of text' };
	if (value.priceYear !== null && typeof value.priceYear !== 'string') return { error: 'weight table priceYear must be text or null' };
	const { groups, unweighted, codes } = value;
	if (!isRecord(groups) || !isRecord(unweighted) || !isRecord(codes)) return { error: 'weight table needs groups, unweighted and codes objects' };
	for (const [k, g] of Object.entries(groups)) {
		if (!(OFFENCE_GROUP_KEYS as readonly string[]).includes(k)) return { error: `unknown offence group "${k}"` };
		if (!isRecord(g) || !isWeight(g.weight) || typeof g.basis !== 'string') return { error: `group ${k} needs a weight of 0 or more and a basis` };
	}
	for (const [k, reason] of Object.entries(unweighted)) {
		if (!(OFFENCE_GROUP_KEYS as readonly string[]).includes(k) || typeof reason !== 'string') return { error: `unweighted ${k} must be a known group with a reason` };
		if (k in groups) return { error: `group ${k} is both weighted and unweighted` };
	}
	for (const [code, w] of Object.entries(codes)) if (normaliseOffenceCode(code) !== code || code === '' || !isWeight(w)) return { error: `code "${code}" needs a normalised code and a weight of 0 or more` };
	return value as unknown as WeightTable;
}

/** The built-in tables file (data/tables/weights.json): every table valid, or an error naming the first bad one. */
export function parseWeightTables(value: unknown): WeightTable[] {
	if (!isRecord(value) || !Array.isArray(value.tables)) throw new Error('weights.json must hold { tables: [...] }');
	return value.tables.map((t, i) => {
		const table = parseWeightTable(t);
		if ('error' in table) throw new Error(`weights.json table ${i + 1}: ${table.error}`);
		return table;
	});
}

/** The weight of one group, or null when the table leaves it out. */
export function groupWeight(table: WeightTable, group: number): number | null {
	return table.groups[OFFENCE_GROUP_KEYS[group]]?.weight ?? null;
}

/** A narrow table cell: "£3.35m", "£812k", "£950" for costs; "1,234" for harm. */
export function formatWeightedShort(table: Pick<WeightTable, 'kind'>, value: number): string {
	if (table.kind !== 'cost') return Math.round(value).toLocaleString('en-GB');
	if (value >= 1e6) return `£${(value / 1e6).toFixed(2)}m`;
	if (value >= 1e4) return `£${Math.round(value / 1e3)}k`;
	return `£${Math.round(value).toLocaleString('en-GB')}`;
}

/** "£1,234,567 (2019/20 prices)" for a cost, "12,345 severity points" for harm. */
export function formatWeighted(table: Pick<WeightTable, 'kind' | 'unit' | 'priceYear'>, value: number): string {
	const rounded = Math.round(value).toLocaleString('en-GB');
	if (table.kind === 'cost') return `£${rounded}${table.priceYear ? ` (${table.priceYear})` : ''}`;
	return `${rounded} ${table.unit}`;
}
