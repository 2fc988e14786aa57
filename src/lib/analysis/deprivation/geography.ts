/**
 * Puts per-LSOA 2021 incident counts onto the rows of an IMD table. IMD 2025 is published on LSOA 2021, so
 * counts move across by code. IMD 2019 is on LSOA 2011: with the ONS best-fit lookup, a 2021 LSOA that is
 * unchanged (U) or one part of a split 2011 LSOA (S) has exactly one 2011 parent and its incidents go there
 * whole; a 2021 LSOA formed by merging 2011 LSOAs (M, or X if it ever occurs) has several parents and its
 * incidents are shared between them in proportion to their mid-2019 populations. Counts may then be fractional.
 */
import { denominatorFor } from './domains';
import type { LsoaLookup, LsoaTable } from './tables';

export interface CountsOnTable {
	/** Incidents per table row (may be fractional for apportioned merges). */
	counts: Float64Array;
	/** Incidents whose LSOA has no row in the table (should be 0 for the committed data). */
	unmatched: number;
	/** Incidents shared out across merged 2011 LSOAs by population. */
	apportioned: number;
}

/** For each 2021 code, the 2011 table rows it came from and the share of its incidents each receives. */
export function parentsOf2021(table: LsoaTable, lookup: LsoaLookup): Map<string, { rows: number[]; weights: number[] }> {
	const population = table.populations[denominatorFor(table.edition, 'mid2019').key];
	if (!population) throw new Error('parentsOf2021: the 2011 table has no mid-2019 population');
	const rowsOf = new Map<string, number[]>();
	lookup.lsoa21.forEach((code21, i) => {
		const row = table.rowOf.get(lookup.lsoa11[i]);
		if (row === undefined) return;
		const list = rowsOf.get(code21) ?? [];
		if (!list.includes(row)) list.push(row);
		rowsOf.set(code21, list);
	});
	const out = new Map<string, { rows: number[]; weights: number[] }>();
	for (const [code21, rows] of rowsOf) {
		const total = rows.reduce((s, r) => s + population[r], 0);
		out.set(code21, { rows, weights: rows.map((r) => (total > 0 ? population[r] / total : 1 / rows.length)) });
	}
	return out;
}

/**
 * lsoaCounts is indexed like lsoaCodes (the dataset summary's LSOA 2021 list). A lookup is required when the
 * table is IMD 2019 (LSOA 2011). Never mutates its inputs.
 */
export function countsOnTable(lsoaCounts: ArrayLike<number>, lsoaCodes: readonly string[], table: LsoaTable, lookup?: LsoaLookup): CountsOnTable {
	if (lsoaCounts.length !== lsoaCodes.length) throw new Error(`countsOnTable: ${lsoaCounts.length} counts for ${lsoaCodes.length} LSOA codes`);
	const counts = new Float64Array(table.codes.length);
	let unmatched = 0;
	let apportioned = 0;
	if (table.edition === 'imd2025') {
		for (let i = 0; i < lsoaCodes.length; i++) {
			const c = lsoaCounts[i];
			if (c === 0) continue;
			const row = table.rowOf.get(lsoaCodes[i]);
			if (row === undefined) unmatched += c;
			else counts[row] += c;
		}
		return { counts, unmatched, apportioned };
	}
	if (!lookup) throw new Error('countsOnTable: IMD 2019 needs the LSOA 2011 to 2021 lookup');
	const parents = parentsOf2021(table, lookup);
	for (let i = 0; i < lsoaCodes.length; i++) {
		const c = lsoaCounts[i];
		if (c === 0) continue;
		const p = parents.get(lsoaCodes[i]);
		if (!p) {
			unmatched += c;
			continue;
		}
		if (p.rows.length > 1) apportioned += c;
		p.rows.forEach((row, k) => (counts[row] += c * p.weights[k]));
	}
	return { counts, unmatched, apportioned };
}

/**
 * Per-LSOA counts from the incident columns for rows a predicate accepts (a fallback and a test oracle
 * for the cube's own lsoaCounts marginal). lsoa holds indexes into the LSOA list, 0xffff for none.
 */
export function lsoaCounts(columns: { lsoa: Uint16Array }, lsoaCount: number, passes: (row: number) => boolean): Uint32Array {
	const out = new Uint32Array(lsoaCount);
	const { lsoa } = columns;
	for (let i = 0; i < lsoa.length; i++) {
		const a = lsoa[i];
		if (a < lsoaCount && passes(i)) out[a]++;
	}
	return out;
}
