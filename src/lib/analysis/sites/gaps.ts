/**
 * Gap ranking: the busiest cells under the current filters whose centre lies outside every active
 * catchment, each with the nearest site and whatever the caller can say about the cell. Under a rule with
 * hours or ages the caller ranks the incidents the rule leaves uncovered (cell-rule-coverage.ts) instead.
 */
import { centreOf } from '../h3/cells';
import { nearestSite, type Catchment } from './catchment';
import type { LngLat } from '../geometry/lng-lat';

/** What the page knows about a cell (from the worker's cell profiles and the IMD table). */
export interface CellDescription {
	district?: string;
	lsoa?: string;
	imdDecile?: number | null;
	/** e.g. "23:00-00:00, 18:00-19:00". */
	peakHours?: string;
}

export interface GapRow extends CellDescription {
	rank: number;
	/** Index into the cell dictionary. */
	cellIndex: number;
	cell: string;
	count: number;
	centre: LngLat;
	nearest: { siteId: string; name: string; distanceM: number } | null;
	/** The most incidents at one coordinate in the cell, when known (see snapPointNote). */
	topLocation?: number;
	/** Under a rule with hours or ages: every passing incident in the cell, covered or not. */
	total?: number;
	/** Under the time or age rule: the cell's incidents inside a catchment whose time or age cannot be matched. */
	timeUnknown?: number;
	ageUnknown?: number;
}

export interface GapOptions {
	/** Rows to return; default 20. */
	limit?: number;
	/** Cells with fewer incidents are never gaps; default 1. */
	minCount?: number;
	describe?: (cellIndex: number) => CellDescription;
	/** When set, only these cells (H3 ids) can be gaps: the significant hot spots. */
	only?: ReadonlySet<string>;
	/** Under a rule with hours or ages, per cell: all passing incidents and the unknowns, copied onto each row. */
	totals?: ArrayLike<number>;
	timeUnknown?: ArrayLike<number>;
	ageUnknown?: ArrayLike<number>;
}

/**
 * Ranks uncovered cells by count (ties by cell id, so the order is stable). `covered` is the cell mask from
 * cellCoverageMask over the active catchments; `catchments` the same ones, for the nearest site. Under a rule
 * with hours or ages pass the cells' uncovered counts and an empty mask: a covered centre no longer rules a cell out.
 */
export function rankGaps(cells: readonly string[], counts: ArrayLike<number>, covered: Uint16Array, catchments: readonly Catchment[], options: GapOptions = {}): GapRow[] {
	const { limit = 20, minCount = 1, describe, only, totals, timeUnknown, ageUnknown } = options;
	const candidates: number[] = [];
	for (let i = 0; i < counts.length; i++) if (counts[i] >= minCount && covered[i] === 0 && (!only || only.has(cells[i]))) candidates.push(i);
	candidates.sort((a, b) => counts[b] - counts[a] || (cells[a] < cells[b] ? -1 : cells[a] > cells[b] ? 1 : 0));
	return candidates.slice(0, limit).map((cellIndex, k) => {
		const centre = centreOf(cells[cellIndex]);
		return {
			rank: k + 1,
			cellIndex,
			cell: cells[cellIndex],
			count: counts[cellIndex],
			centre,
			nearest: nearestSite(catchments, centre[0], centre[1]),
			...(totals ? { total: totals[cellIndex], timeUnknown: timeUnknown?.[cellIndex] ?? 0, ageUnknown: ageUnknown?.[cellIndex] ?? 0 } : {}),
			...describe?.(cellIndex)
		};
	});
}
