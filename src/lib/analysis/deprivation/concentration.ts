/**
 * Concentration curve and index of incidents against residents, LSOAs ordered from most to least deprived.
 * The index is 1 - 2 x (area under the curve), by trapezoids over groups of LSOAs that share the ordering
 * key: 0 = incidents spread like residents; negative = concentrated in the more deprived LSOAs (the sign
 * convention of the health-inequality literature, which orders from the most disadvantaged).
 */

export interface CurvePoint {
	/** Cumulative share 0-1 of residents. */
	population: number;
	/** Cumulative share 0-1 of incidents. */
	incidents: number;
}

export interface Concentration {
	/** Starts at (0, 0) and ends at (1, 1); one point per distinct key. */
	points: CurvePoint[];
	/** null when there are no incidents or no residents. */
	index: number | null;
}

/** key: smaller = more deprived (national rank, or decile where only deciles exist); ties form one group. */
export function concentration(counts: ArrayLike<number>, population: ArrayLike<number>, key: ArrayLike<number>): Concentration {
	const n = key.length;
	if (counts.length !== n || population.length !== n) throw new Error(`concentration: ${counts.length} counts, ${population.length} populations, ${n} keys`);
	const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => key[i] - key[j]);
	let totalCount = 0;
	let totalPop = 0;
	for (let i = 0; i < n; i++) {
		totalCount += counts[i];
		totalPop += population[i];
	}
	if (!(totalCount > 0) || !(totalPop > 0)) return { points: [{ population: 0, incidents: 0 }], index: null };
	const points: CurvePoint[] = [{ population: 0, incidents: 0 }];
	let cumCount = 0;
	let cumPop = 0;
	let area = 0;
	for (let k = 0; k < n; ) {
		const groupKey = key[order[k]];
		for (; k < n && key[order[k]] === groupKey; k++) {
			cumCount += counts[order[k]];
			cumPop += population[order[k]];
		}
		const prev = points[points.length - 1];
		const next = { population: cumPop / totalPop, incidents: cumCount / totalCount };
		area += ((next.population - prev.population) * (next.incidents + prev.incidents)) / 2;
		points.push(next);
	}
	return { points, index: 1 - 2 * area };
}
