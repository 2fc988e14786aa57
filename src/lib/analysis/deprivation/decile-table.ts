/** Incidents, residents and rates per 1,000 by deprivation decile, and the most deprived deciles' shares. */

export interface DecileRow {
	/** 1 = most deprived 10% of LSOAs in England. */
	decile: number;
	/** LSOAs of the study area in this decile. */
	lsoas: number;
	incidents: number;
	population: number;
	/** Incidents per 1,000 residents; null when the decile has no residents here. */
	ratePer1000: number | null;
}

export interface DecileShare {
	/** Deciles 1..upTo (1 = most deprived 10%, 2 = most deprived 20%). */
	upTo: number;
	/** Fractions 0-1 of the study area's incidents, residents and LSOAs; null when the total is 0. */
	incidentShare: number | null;
	populationShare: number | null;
	lsoaShare: number | null;
}

/** Ten rows, deciles 1-10 in order, including deciles with no LSOAs here. Inputs are per table row. */
export function decileTable(counts: ArrayLike<number>, population: ArrayLike<number>, deciles: ArrayLike<number>): DecileRow[] {
	if (counts.length !== deciles.length || population.length !== deciles.length) {
		throw new Error(`decileTable: ${counts.length} counts, ${population.length} populations, ${deciles.length} deciles`);
	}
	const rows: DecileRow[] = Array.from({ length: 10 }, (_, k) => ({ decile: k + 1, lsoas: 0, incidents: 0, population: 0, ratePer1000: null }));
	for (let i = 0; i < deciles.length; i++) {
		const d = deciles[i];
		if (!(d >= 1 && d <= 10)) throw new RangeError(`decileTable: decile ${d} at row ${i}`);
		const row = rows[d - 1];
		row.lsoas++;
		row.incidents += counts[i];
		row.population += population[i];
	}
	for (const row of rows) row.ratePer1000 = row.population > 0 ? (row.incidents / row.population) * 1000 : null;
	return rows;
}

/** Share of incidents, residents and LSOAs in deciles 1..upTo, from a decile table. */
export function decileShare(rows: readonly DecileRow[], upTo: number): DecileShare {
	const sum = (pick: (r: DecileRow) => number, only: boolean) => rows.filter((r) => !only || r.decile <= upTo).reduce((s, r) => s + pick(r), 0);
	const ratio = (pick: (r: DecileRow) => number) => {
		const all = sum(pick, false);
		return all > 0 ? sum(pick, true) / all : null;
	};
	return { upTo, incidentShare: ratio((r) => r.incidents), populationShare: ratio((r) => r.population), lsoaShare: ratio((r) => r.lsoas) };
}
