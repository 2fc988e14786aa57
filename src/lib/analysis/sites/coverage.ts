/**
 * Coverage: which cells (by centre) and which incidents (by point) fall inside any catchment, and the share
 * of incidents covered, overall, per programme type and per district. Masks hold one bit per programme
 * type, so overlapping catchments count an incident once and the per-programme shares come from one pass.
 */
import { centreOf } from '../h3/cells';
import { catchmentContains, type Catchment } from './catchment';
import { PROGRAMME_TYPES, type ProgrammeType } from './model';

/** Bit of a programme type in a coverage mask. */
export function programmeBit(programme: ProgrammeType): number {
	return 1 << PROGRAMME_TYPES.indexOf(programme);
}

function maskAt(catchments: readonly Catchment[], lng: number, lat: number): number {
	let mask = 0;
	for (const c of catchments) {
		const bit = programmeBit(c.programme);
		if ((mask & bit) === 0 && catchmentContains(c, lng, lat)) mask |= bit;
	}
	return mask;
}

/** Cell centres as parallel lng/lat arrays: computed once per dictionary, reused for every set of sites. */
export function cellCentres(cells: readonly string[]): { lng: Float64Array; lat: Float64Array } {
	const lng = new Float64Array(cells.length);
	const lat = new Float64Array(cells.length);
	for (let i = 0; i < cells.length; i++) [lng[i], lat[i]] = centreOf(cells[i]);
	return { lng, lat };
}

/**
 * Per cell of a dictionary: the programme bits whose catchments hold the cell's centre (0 = uncovered).
 * Pass the centres from cellCentres to skip recomputing them.
 */
export function cellCoverageMask(cells: readonly string[] | { lng: Float64Array; lat: Float64Array }, catchments: readonly Catchment[]): Uint16Array {
	return pointCoverageMask(Array.isArray(cells) ? cellCentres(cells as readonly string[]) : (cells as { lng: Float64Array; lat: Float64Array }), catchments);
}

/** Per point: the programme bits whose catchments hold it. Depends only on the sites, not the filters. */
export function pointCoverageMask(points: { lng: ArrayLike<number>; lat: ArrayLike<number> }, catchments: readonly Catchment[]): Uint16Array {
	const n = points.lng.length;
	const mask = new Uint16Array(n);
	if (catchments.length === 0) return mask;
	let w = Infinity, s = Infinity, e = -Infinity, north = -Infinity;
	for (const { bbox } of catchments) {
		w = Math.min(w, bbox[0]);
		s = Math.min(s, bbox[1]);
		e = Math.max(e, bbox[2]);
		north = Math.max(north, bbox[3]);
	}
	for (let i = 0; i < n; i++) {
		const lng = points.lng[i];
		const lat = points.lat[i];
		// Most incidents lie outside every box; one test skips the per-site loop for them.
		if (lng < w || lng > e || lat < s || lat > north) continue;
		mask[i] = maskAt(catchments, lng, lat);
	}
	return mask;
}

export interface Share {
	total: number;
	covered: number;
	/** covered / total, or null when total is 0. */
	share: number | null;
}

export interface CoverageSummary extends Share {
	/** Per programme type with at least one catchment: incidents inside any catchment of that type. */
	byProgramme: ({ programme: ProgrammeType } & Share)[];
	/** Per group (district index), when groups were given; the last slot is "no district". */
	byDistrict: Share[];
}

const share = (total: number, covered: number): Share => ({ total, covered, share: total > 0 ? covered / total : null });

export interface SummariseOptions {
	/** Group of each item (e.g. district index), or a value >= groupCount for "none". */
	groupOf?: ArrayLike<number>;
	groupCount?: number;
	/** Programme types to report (those with a catchment); default all. */
	programmes?: readonly ProgrammeType[];
}

/**
 * Shares from per-item weights (cell counts, or 1/0 for incidents passing the filters) and masks.
 * Never mutates its inputs.
 */
export function summariseCoverage(weights: ArrayLike<number>, mask: Uint16Array, options: SummariseOptions = {}): CoverageSummary {
	if (weights.length !== mask.length) throw new Error(`summariseCoverage: ${weights.length} weights for ${mask.length} masks`);
	const { groupOf, groupCount = 0, programmes = PROGRAMME_TYPES } = options;
	const bits = PROGRAMME_TYPES.length;
	const perBit = new Float64Array(bits);
	const gTotal = new Float64Array(groupCount + 1);
	const gCovered = new Float64Array(groupCount + 1);
	let total = 0;
	let covered = 0;
	for (let i = 0; i < weights.length; i++) {
		const w = weights[i];
		if (w === 0) continue;
		const m = mask[i];
		total += w;
		if (m !== 0) {
			covered += w;
			for (let b = 0; b < bits; b++) if (m & (1 << b)) perBit[b] += w;
		}
		if (groupOf) {
			const g = Math.min(groupOf[i], groupCount);
			gTotal[g] += w;
			if (m !== 0) gCovered[g] += w;
		}
	}
	return {
		...share(total, covered),
		byProgramme: programmes.map((programme) => ({ programme, ...share(total, perBit[PROGRAMME_TYPES.indexOf(programme)]) })),
		byDistrict: groupOf ? Array.from(gTotal, (t, g) => share(t, gCovered[g])) : []
	};
}

/** Programme types that have at least one catchment, in legend order. */
export function programmesOf(catchments: readonly Catchment[]): ProgrammeType[] {
	const present = new Set(catchments.map((c) => c.programme));
	return PROGRAMME_TYPES.filter((p) => present.has(p));
}

/**
 * What the worker runs per cube for exact incident coverage: rows passing the filters (pass[i] = 1)
 * weighed against the site mask from pointCoverageMask, grouped by district.
 */
export function incidentCoverage(pass: Uint8Array, mask: Uint16Array, district: Uint16Array, districtCount: number, programmes?: readonly ProgrammeType[]): CoverageSummary {
	return summariseCoverage(pass, mask, { groupOf: district, groupCount: districtCount, programmes });
}
