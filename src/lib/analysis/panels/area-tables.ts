/**
 * Readers for the two area tables the panels need: district populations (data/tables/districts.csv,
 * Census 2021 usual residents) and LSOA IMD 2025 deciles (data/tables/lsoa21.csv). Both files are written
 * by `npm run data:build`; read with the one table reader (text/data-table.ts).
 */
import { readTable } from '../text/data-table';

export class AreaTableError extends Error {
	constructor(
		readonly code: 'missing_column' | 'bad_value',
		message: string
	) {
		super(message);
	}
}

function rowsOf(text: string, columns: readonly string[]): string[][] {
	const { header, rows } = readTable(text);
	const at = columns.map((c) => {
		const i = header.indexOf(c);
		if (i < 0) throw new AreaTableError('missing_column', `The table has no "${c}" column`);
		return i;
	});
	return rows.map((cells) => at.map((i) => cells[i]));
}

function count(text: string, what: string): number {
	const n = Number(text);
	if (text === '' || !Number.isInteger(n) || n < 0) throw new AreaTableError('bad_value', `${what} "${text}" is not a whole number`);
	return n;
}

/** District code -> residents, from districts.csv (code, population). */
export function districtPopulations(csv: string): Map<string, number> {
	return new Map(rowsOf(csv, ['code', 'population']).map(([code, pop]) => [code, count(pop, `Population of ${code}`)]));
}

/**
 * IMD 2025 decile per LSOA index, for DatasetSession's detail panel: out[i] is the decile of lsoaCodes[i]
 * (1 = most deprived), 0 when the table does not list it (an LSOA outside Kent & Medway).
 */
export function lsoaDeciles(csv: string, lsoaCodes: readonly string[]): Uint8Array {
	const byCode = new Map(rowsOf(csv, ['code', 'imd25_decile']).map(([code, decile]) => [code, count(decile, `IMD decile of ${code}`)]));
	const out = new Uint8Array(lsoaCodes.length);
	lsoaCodes.forEach((code, i) => {
		const d = byCode.get(code) ?? 0;
		if (d > 10) throw new AreaTableError('bad_value', `IMD decile of ${code} is ${d}, not 1-10`);
		out[i] = d;
	});
	return out;
}
