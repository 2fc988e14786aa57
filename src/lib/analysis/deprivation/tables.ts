/**
 * Parses the committed LSOA tables (data/tables/lsoa21.csv, lsoa11.csv, lsoa11-lsoa21.csv) into typed
 * columns, checking every value where it enters: deciles 1-10, whole positive ranks and populations.
 */
import { readTable } from '../text/data-table';
import { CENSUS_AGE_BANDS } from '../panels/age-population';
import { DOMAINS, EDITIONS, decileColumn, rankColumn, type DenominatorKey, type DomainKey, type Edition } from './domains';

export type TableErrorCode = 'missing-column' | 'bad-decile' | 'bad-rank' | 'bad-population' | 'duplicate-code' | 'empty-table' | 'unknown-change';

/** A table that cannot be used, with a code the tests assert and the offending value. */
export class DeprivationTableError extends Error {
	constructor(
		readonly code: TableErrorCode,
		readonly value: string
	) {
		super(`${code}: ${value}`);
		this.name = 'DeprivationTableError';
	}
}

export interface LsoaTable {
	edition: Edition;
	codes: readonly string[];
	names: readonly string[];
	/** District GSS code of each LSOA. */
	districts: readonly string[];
	/** Row of each code. */
	rowOf: ReadonlyMap<string, number>;
	/** National IMD rank, 1 = most deprived in England. */
	rank: Uint32Array;
	/** Decile (1 = most deprived 10% nationally) per domain, by row. */
	deciles: Readonly<Record<DomainKey, Uint8Array>>;
	/** Residents per row for each denominator the edition has. */
	populations: Readonly<Partial<Record<DenominatorKey, Float64Array>>>;
	/** Census 2021 residents per row by CENSUS_AGE_BANDS (in order); null when the table has no age columns (LSOA 2011). */
	ages: readonly Float64Array[] | null;
}

function splitRows(text: string): { header: string[]; rows: string[][] } {
	const table = readTable(text);
	if (table.rows.length === 0) throw new DeprivationTableError('empty-table', `${table.rows.length + (table.header.length ? 1 : 0)} lines`);
	return table;
}

function columnIndex(header: readonly string[], name: string): number {
	const i = header.indexOf(name);
	if (i === -1) throw new DeprivationTableError('missing-column', name);
	return i;
}

function wholeNumber(text: string, min: number, max: number): number | null {
	if (!/^\d+$/.test(text)) return null;
	const n = Number(text);
	return n >= min && n <= max ? n : null;
}

export function parseLsoaTable(text: string, edition: Edition): LsoaTable {
	const { header, rows } = splitRows(text);
	const info = EDITIONS[edition];
	const at = {
		code: columnIndex(header, 'code'),
		name: columnIndex(header, 'name'),
		district: columnIndex(header, 'district'),
		rank: columnIndex(header, rankColumn(edition))
	};
	const decileAt = DOMAINS.map((d) => columnIndex(header, decileColumn(edition, d.key)));
	const popAt = info.denominators.map((d) => columnIndex(header, d.column));
	// Age bands are optional (lsoa11.csv has none), but a table with some of them must have all.
	const ageAt = CENSUS_AGE_BANDS.some((b) => header.includes(b.column)) ? CENSUS_AGE_BANDS.map((b) => columnIndex(header, b.column)) : null;
	const censusAt = header.indexOf('population');

	const n = rows.length;
	const codes: string[] = [];
	const names: string[] = [];
	const districts: string[] = [];
	const rowOf = new Map<string, number>();
	const rank = new Uint32Array(n);
	const deciles = Object.fromEntries(DOMAINS.map((d) => [d.key, new Uint8Array(n)])) as Record<DomainKey, Uint8Array>;
	const populations = Object.fromEntries(info.denominators.map((d) => [d.key, new Float64Array(n)])) as Partial<Record<DenominatorKey, Float64Array>>;
	const ages = ageAt ? ageAt.map(() => new Float64Array(n)) : null;

	rows.forEach((cells, r) => {
		const code = cells[at.code];
		if (rowOf.has(code)) throw new DeprivationTableError('duplicate-code', code);
		rowOf.set(code, r);
		codes.push(code);
		names.push(cells[at.name]);
		districts.push(cells[at.district]);
		const rk = wholeNumber(cells[at.rank], 1, info.englandLsoas);
		if (rk === null) throw new DeprivationTableError('bad-rank', `${code} ${cells[at.rank]}`);
		rank[r] = rk;
		DOMAINS.forEach((d, k) => {
			const decile = wholeNumber(cells[decileAt[k]], 1, 10);
			if (decile === null) throw new DeprivationTableError('bad-decile', `${code} ${d.key} ${cells[decileAt[k]]}`);
			deciles[d.key][r] = decile;
		});
		info.denominators.forEach((d, k) => {
			const pop = wholeNumber(cells[popAt[k]], 1, Number.MAX_SAFE_INTEGER);
			if (pop === null) throw new DeprivationTableError('bad-population', `${code} ${d.column} ${cells[popAt[k]]}`);
			populations[d.key]![r] = pop;
		});
		if (ageAt && ages) {
			let sum = 0;
			ageAt.forEach((i, k) => {
				const pop = wholeNumber(cells[i], 0, Number.MAX_SAFE_INTEGER);
				if (pop === null) throw new DeprivationTableError('bad-population', `${code} ${CENSUS_AGE_BANDS[k].column} ${cells[i]}`);
				ages[k][r] = pop;
				sum += pop;
			});
			// The bands must split the Census total, or an age rate would divide by other people than the overall one.
			if (censusAt >= 0 && String(sum) !== cells[censusAt]) throw new DeprivationTableError('bad-population', `${code} age bands add up to ${sum}, population is ${cells[censusAt]}`);
		}
	});
	return { edition, codes, names, districts, rowOf, rank, deciles, populations, ages };
}

export interface LsoaLookup {
	/** Parallel arrays, one entry per (2011, 2021) pair. */
	lsoa11: readonly string[];
	lsoa21: readonly string[];
	/** ONS change indicator: U unchanged, S split, M merged, X irregular. */
	change: readonly ('U' | 'S' | 'M' | 'X')[];
}

/** data/tables/lsoa11-lsoa21.csv: the ONS LSOA 2011 to 2021 best-fit lookup for Kent & Medway. */
export function parseLsoaLookup(text: string): LsoaLookup {
	const { header, rows } = splitRows(text);
	const a = columnIndex(header, 'lsoa11_code');
	const b = columnIndex(header, 'lsoa21_code');
	const c = columnIndex(header, 'change');
	const change = rows.map((cells) => {
		const v = cells[c];
		if (v !== 'U' && v !== 'S' && v !== 'M' && v !== 'X') throw new DeprivationTableError('unknown-change', `${cells[a]} ${v}`);
		return v;
	});
	return { lsoa11: rows.map((cells) => cells[a]), lsoa21: rows.map((cells) => cells[b]), change };
}
