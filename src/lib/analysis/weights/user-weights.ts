/**
 * A weight table the user loads: CSV with a `weight` column and either a `group` column (our offence
 * groups, by key or label) or an `offence_code` column (Home Office codes, e.g. for the Cambridge Crime
 * Harm Index, which cannot be shipped). Every row is kept or rejected with a reason.
 */
import Papa from 'papaparse';
import { OFFENCE_GROUP_KEYS, OFFENCE_GROUP_LABELS, type OffenceGroupKey } from '../offences/groups';
import { normaliseOffenceCode } from '../offences/offence-code';
import type { WeightTable } from './weight-table';
import type { WeightRowProblem, WeightRowReport } from './weight-rows';

// The row report's words live apart from papaparse, so the panel that shows them loads without it.
export { WEIGHT_ROW_MESSAGES, type WeightRowProblem, type WeightRowReport } from './weight-rows';

export type UserWeights = { table: WeightTable; report: WeightRowReport } | { error: string };

const GROUP_HEADERS = ['group', 'offence group', 'offence_group'];
const CODE_HEADERS = ['offence code', 'offence_code', 'code', 'ho code', 'home office code'];

const groupOf = (text: string): OffenceGroupKey | null => {
	const t = text.trim().toLowerCase();
	return OFFENCE_GROUP_KEYS.find((k) => k === t || OFFENCE_GROUP_LABELS[k].toLowerCase() === t) ?? null;
};

/** Reads the CSV text; `name` is the file name, shown as the table's source. */
export function parseUserWeights(text: string, name: string): UserWeights {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
	const [header, ...rows] = parsed.data;
	if (!header) return { error: `${name} is empty: it needs a header row with weight and group or offence_code` };
	const names = header.map((h) => h.trim().toLowerCase());
	const at = (options: string[]) => names.findIndex((n) => options.includes(n));
	const [g, c, w] = [at(GROUP_HEADERS), at(CODE_HEADERS), at(['weight'])];
	if (w < 0) return { error: `${name} has no "weight" column (header: ${header.join(', ').slice(0, 200)})` };
	if (g < 0 && c < 0) return { error: `${name} needs a "group" or an "offence_code" column beside "weight"` };
	const groups: WeightTable['groups'] = {};
	const codes: WeightTable['codes'] = {};
	const rejected: WeightRowReport['rejected'] = [];
	rows.forEach((row, i) => {
		const line = i + 2;
		const reject = (problem: WeightRowProblem) => rejected.push({ line, problem, text: row.join(',').slice(0, 120) });
		const groupText = g >= 0 ? (row[g] ?? '').trim() : '';
		const code = c >= 0 ? normaliseOffenceCode(row[c] ?? '') : '';
		if (!groupText && !code) return reject('no_key');
		if (groupText && code) return reject('both_keys');
		const weightText = (row[w] ?? '').trim().replace(/^£/, '').replace(/,/g, '');
		const weight = weightText === '' ? NaN : Number(weightText);
		if (!Number.isFinite(weight)) return reject('not_a_number');
		if (weight < 0) return reject('negative');
		if (groupText) {
			const key = groupOf(groupText);
			if (!key) return reject('unknown_group');
			if (groups[key]) return reject('duplicate');
			groups[key] = { weight, basis: `${name}, line ${line}` };
		} else {
			if (code in codes) return reject('duplicate');
			codes[code] = weight;
		}
	});
	const unweighted = Object.fromEntries(OFFENCE_GROUP_KEYS.filter((k) => !groups[k]).map((k) => [k, `Not in ${name}.`]));
	const table: WeightTable = {
		id: 'own',
		label: `Your table (${name})`,
		kind: 'harm',
		unit: 'points',
		priceYear: null,
		source: `${name}, loaded by the user in this browser`,
		closeness: 'as loaded: the app cannot check where these figures come from',
		groups,
		unweighted,
		codes
	};
	return { table, report: { read: rows.length, kept: rows.length - rejected.length, rejected } };
}
