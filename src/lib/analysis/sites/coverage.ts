/**
 * Coverage: which cells (by centre) and which incidents (by point) fall inside any catchment, and the share
 * of incidents covered, overall, per programme type and per district. Masks hold one bit per programme
 * type, so overlapping catchments count an incident once and the per-programme shares come from one pass.
 * Under a rule with hours or ages (coverage-rule.ts) each incident also gets a verdict: covered, not covered,
 * or inside a catchment but its time or age cannot be matched ("time unknown", "age unknown"), never covered.
 */
import { centreOf } from '../h3/cells';
import { catchmentContains, type Catchment } from './catchment';
import { better, judge, rowMinute, rowSpan, usesWhen, VERDICT, type Verdict, type WhenColumns } from './coverage-when';
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
	const [w, s, e, north] = unionBox(catchments);
	for (let i = 0; i < n; i++) {
		const lng = points.lng[i];
		const lat = points.lat[i];
		// Most incidents lie outside every box; one test skips the per-site loop for them.
		if (lng < w || lng > e || lat < s || lat > north) continue;
		mask[i] = maskAt(catchments, lng, lat);
	}
	return mask;
}

function unionBox(catchments: readonly Catchment[]): [number, number, number, number] {
	let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
	for (const { bbox } of catchments) {
		w = Math.min(w, bbox[0]);
		s = Math.min(s, bbox[1]);
		e = Math.max(e, bbox[2]);
		n = Math.max(n, bbox[3]);
	}
	return [w, s, e, n];
}

/** Per row under a rule: the programme bits whose catchments cover it, and its verdict (coverage-when.ts VERDICT). */
export interface RowCoverage {
	mask: Uint16Array;
	verdict: Uint8Array;
}

/**
 * One row against the catchments that hold it (by index into `catchments`): its programme bits (types whose
 * catchments cover it under the rule) times 4, plus its best verdict; packed in one number because it runs once
 * per row. Space-only catchments judge every row they hold covered.
 */
export function judgeRow(catchments: readonly Catchment[], holding: ArrayLike<number>, columns: WhenColumns, i: number): number {
	if (holding.length === 0) return VERDICT.notCovered;
	const minute = rowMinute(columns, i);
	const span = rowSpan(columns, i);
	let mask = 0;
	let verdict: Verdict = VERDICT.notCovered;
	for (let j = 0; j < holding.length; j++) {
		const c = catchments[holding[j]];
		const v = judge(c, minute, span, columns.ageBand[i]);
		if (v === VERDICT.covered) mask |= programmeBit(c.programme);
		verdict = better(verdict, v);
	}
	return mask * 4 + verdict;
}

/** pointCoverageMask under the rule the catchments carry, with each row's verdict. Depends only on the sites, not the filters. */
export function pointCoverage(points: { lng: ArrayLike<number>; lat: ArrayLike<number> } & WhenColumns, catchments: readonly Catchment[]): RowCoverage {
	if (!usesWhen(catchments)) {
		const mask = pointCoverageMask(points, catchments);
		return { mask, verdict: Uint8Array.from(mask, (m) => (m === 0 ? VERDICT.notCovered : VERDICT.covered)) };
	}
	const n = points.lng.length;
	const mask = new Uint16Array(n);
	const verdict = new Uint8Array(n);
	if (catchments.length === 0) return { mask, verdict };
	const [w, s, e, north] = unionBox(catchments);
	const holding: number[] = [];
	for (let i = 0; i < n; i++) {
		const lng = points.lng[i];
		const lat = points.lat[i];
		if (lng < w || lng > e || lat < s || lat > north) continue;
		holding.length = 0;
		for (let k = 0; k < catchments.length; k++) if (catchmentContains(catchments[k], lng, lat)) holding.push(k);
		const packed = judgeRow(catchments, holding, points, i);
		mask[i] = packed >> 2;
		verdict[i] = packed & 3;
	}
	return { mask, verdict };
}

export interface Share {
	total: number;
	covered: number;
	/** covered / total, or null when total is 0. */
	share: number | null;
	/** Under the time rule: inside a catchment, but the row has no time of day (or too coarse a one) to match the hours. Never covered. */
	timeUnknown: number;
	/** Under the age rule: inside a catchment and within its hours, but the row's age is unknown. Never covered. */
	ageUnknown: number;
	/** total - covered - timeUnknown - ageUnknown. */
	notCovered: number;
}

export interface CoverageSummary extends Share {
	/** Per programme type with at least one catchment: incidents inside any catchment of that type. */
	byProgramme: ({ programme: ProgrammeType } & Share)[];
	/** Per group (district index), when groups were given; the last slot is "no district". */
	byDistrict: Share[];
}

const share = (total: number, covered: number, timeUnknown = 0, ageUnknown = 0): Share => ({
	total,
	covered,
	share: total > 0 ? covered / total : null,
	timeUnknown,
	ageUnknown,
	notCovered: total - covered - timeUnknown - ageUnknown
});

export interface SummariseOptions {
	/** Group of each item (e.g. district index), or a value >= groupCount for "none". */
	groupOf?: ArrayLike<number>;
	groupCount?: number;
	/** Programme types to report (those with a catchment); default all. */
	programmes?: readonly ProgrammeType[];
	/** Per item verdicts under a rule with hours or ages (pointCoverage); omitted = space only (covered when the mask is set). */
	verdict?: Uint8Array;
}

/**
 * Shares from per-item weights (cell counts, or 1/0 for incidents passing the filters) and masks.
 * Never mutates its inputs.
 */
export function summariseCoverage(weights: ArrayLike<number>, mask: Uint16Array, options: SummariseOptions = {}): CoverageSummary {
	if (weights.length !== mask.length) throw new Error(`summariseCoverage: ${weights.length} weights for ${mask.length} masks`);
	const { groupOf, groupCount = 0, programmes = PROGRAMME_TYPES, verdict } = options;
	const bits = PROGRAMME_TYPES.length;
	const perBit = new Float64Array(bits);
	// Per group, weights by verdict (VERDICT codes 0-3); the last group is "none".
	const groups = Array.from({ length: groupCount + 1 }, () => new Float64Array(4));
	const all = new Float64Array(4);
	for (let i = 0; i < weights.length; i++) {
		const w = weights[i];
		if (w === 0) continue;
		const m = mask[i];
		const v = verdict ? verdict[i] : m !== 0 ? VERDICT.covered : VERDICT.notCovered;
		all[v] += w;
		if (m !== 0) for (let b = 0; b < bits; b++) if (m & (1 << b)) perBit[b] += w;
		if (groupOf) groups[Math.min(groupOf[i], groupCount)][v] += w;
	}
	const of = (t: Float64Array) => share(t[0] + t[1] + t[2] + t[3], t[VERDICT.covered], t[VERDICT.timeUnknown], t[VERDICT.ageUnknown]);
	const total = all[0] + all[1] + all[2] + all[3];
	return {
		...of(all),
		// Per programme only covered incidents are told apart; the rest of the total is not covered by that type.
		byProgramme: programmes.map((programme) => ({ programme, ...share(total, perBit[PROGRAMME_TYPES.indexOf(programme)]) })),
		byDistrict: groupOf ? groups.map(of) : []
	};
}

/** Programme types that have at least one catchment, in legend order. */
export function programmesOf(catchments: readonly Catchment[]): ProgrammeType[] {
	const present = new Set(catchments.map((c) => c.programme));
	return PROGRAMME_TYPES.filter((p) => present.has(p));
}

/**
 * What the worker runs per cube for exact incident coverage: rows passing the filters (pass[i] = 1)
 * weighed against the site mask from pointCoverageMask, grouped by district (under a rule, summariseCoverage with the verdicts).
 */
export function incidentCoverage(pass: Uint8Array, mask: Uint16Array, district: Uint16Array, districtCount: number, programmes?: readonly ProgrammeType[]): CoverageSummary {
	return summariseCoverage(pass, mask, { groupOf: district, groupCount: districtCount, programmes });
}
