/**
 * Readers for the two area tables the panels need: district populations (data/tables/districts.csv,
 * Census 2021 usual residents; by age band, summed from data/tables/lsoa21.csv) and LSOA IMD 2025 deciles
 * (data/tables/lsoa21.csv). Both files are written
 * by `npm run data:build`; read with the one table reader (text/data-table.ts).
 */
import { readTable } from '../text/data-table';
import { CENSUS_AGE_BANDS, type AreaPopulation } from './age-population';

export class AreaTableError extends Error {
	constructor(
		readonly code: 'missing_column' | 'bad_value' | 'mismatch',
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
 * District code -> Census 2021 residents, all and by age band, summing the LSOAs of lsoa21.csv (districts.csv
 * holds no age bands). Refuses a district whose LSOAs do not add up to its population in districts.csv, so a
 * table built from another vintage cannot slip in.
 */
export function districtAgePopulations(districtCsv: string, lsoaCsv: string): Map<string, AreaPopulation> {
	const sums = new Map<string, { total: number; bands: number[] }>();
	for (const [code, district, pop, ...bands] of rowsOf(lsoaCsv, ['code', 'district', 'population', ...CENSUS_AGE_BANDS.map((b) => b.column)])) {
		const values = bands.map((v, k) => count(v, `${CENSUS_AGE_BANDS[k].column} of ${code}`));
		const total = count(pop, `Population of ${code}`);
		if (values.reduce((s, v) => s + v, 0) !== total) throw new AreaTableError('mismatch', `The age bands of ${code} add up to ${values.reduce((s, v) => s + v, 0)}, not its population ${total}`);
		const sum = sums.get(district) ?? { total: 0, bands: CENSUS_AGE_BANDS.map(() => 0) };
		sum.total += total;
		values.forEach((v, k) => (sum.bands[k] += v));
		sums.set(district, sum);
	}
	const out = new Map<string, AreaPopulation>();
	for (const [code, population] of districtPopulations(districtCsv)) {
		const sum = sums.get(code);
		if (!sum || sum.total !== population) throw new AreaTableError('mismatch', `The LSOAs of ${code} add up to ${sum?.total ?? 0} residents, not its population ${population}`);
		out.set(code, sum);
	}
	return out;
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
