/**
 * Everything the sites tab needs for one filter state, computed where the rows are (the worker): exact
 * per-incident coverage, coverage by hexagon centre, the cell mask for the map, the ranked gaps described
 * from the rows, and a site's before/after. Pure: the worker only passes columns in and posts the answer.
 * The coverage rule comes inside the catchments (their hours and ages); every count here follows it.
 */
import { DISTRICTS } from '../geography/districts';
import type { IncidentColumns } from '../ingest/columns';
import { AGE_BAND_UNKNOWN } from '../offences/groups';
import {
	beforeAfter,
	cellCentres,
	cellCoverageMask,
	cellGapCounts,
	cellProfiles,
	cellRowCoverage,
	incidentCoverage,
	modalDistrict,
	peakHoursText,
	pointCoverage,
	programmesOf,
	rankGaps,
	summariseCoverage,
	usesWhen,
	VERDICT,
	type BeforeAfterResult,
	type Catchment,
	type CoverageSummary,
	type GapRow,
	type RowCoverage
} from '../sites';
import { CELL_COLUMN, type MappedResolution } from './dataset-summary';

/** What the counts followed: the rule the catchments carried, less ages when the dataset holds none. */
export interface AppliedRule {
	/** Incidents were matched to the sites' opening hours. */
	time: boolean;
	/** Incidents were matched to the sites' audience ages. */
	ages: boolean;
	/** The rule asked for ages but no row of the dataset has an age, so ages were not matched. */
	noAgesInData: boolean;
}

export interface SitesAnswer {
	/** Share of incidents passing the filters within great-circle reach of an active site. */
	incidents: CoverageSummary;
	/** Share of the same incidents in hexagons whose centre is covered (under a rule, judged against the catchments holding the centre). */
	cells: CoverageSummary;
	/** Per cell of the resolution: programme bits of the catchments holding its centre (0 = uncovered). */
	cellMask: Uint16Array;
	gaps: GapRow[];
	/** What the gap table ranks: every uncovered cell by count, or only significant Gi* hot spots. */
	ranking: 'count' | 'hot-spots';
	/** The rule every count above followed. */
	rule: AppliedRule;
}

export interface SitesInput {
	columns: IncidentColumns;
	/** From DatasetSession.passMask. */
	pass: Uint8Array;
	resolution: MappedResolution;
	cellCounts: ArrayLike<number>;
	/** Per cell, the most passing incidents at one coordinate (Cube.cellTopLocation). */
	cellTopLocation?: ArrayLike<number>;
	catchments: readonly Catchment[];
	/** Only these cells are ranked as gaps (the significant hot spots), when set. */
	hotCells?: readonly string[];
	lsoaCodes: readonly string[];
	lsoaNames: readonly string[];
	/** IMD 2025 decile by LSOA index (0 when unknown). */
	lsoaDeciles: ArrayLike<number>;
	gapLimit?: number;
}

const NO_AREA = 0xffff;

/** True when any row has a known age band: the age rule applies only then ("when the data has ages"). */
export function hasKnownAges(columns: Pick<IncidentColumns, 'ageBand'>): boolean {
	return columns.ageBand.some((a) => a < AGE_BAND_UNKNOWN);
}

/** The catchments as the counts judge them, and the rule that follows: ages are dropped when the data has none. */
export function appliedRule(catchments: readonly Catchment[], dataHasAges: boolean): { catchments: readonly Catchment[]; rule: AppliedRule } {
	const time = catchments.some((c) => c.hours !== null);
	const asksAges = catchments.some((c) => c.ages !== null);
	const judged = asksAges && !dataHasAges ? catchments.map((c) => ({ ...c, ages: null })) : catchments;
	return { catchments: judged, rule: { time, ages: asksAges && dataHasAges, noAgesInData: asksAges && !dataHasAges } };
}

/** What a cached coverage depends on in a set of catchments: place, programme, hours and ages. */
function keyOf(catchments: readonly Catchment[]): string {
	return JSON.stringify(catchments.map((c) => [c.siteId, c.programme, c.lng, c.lat, c.radiusM, Array.from(c.rings, (r) => r.length), c.hours, c.ages]));
}

/** Caches that depend only on the dataset, not the filters: cell centres per resolution and the incident coverage per catchment set. */
export class SitesCache {
	private centres = new Map<MappedResolution, { lng: Float64Array; lat: Float64Array }>();
	private rows: { key: string; coverage: RowCoverage } | null = null;
	private byCell: { key: string; coverage: RowCoverage } | null = null;
	private ages: boolean | null = null;

	constructor(private readonly columns: IncidentColumns) {}

	centresAt(resolution: MappedResolution) {
		let c = this.centres.get(resolution);
		if (!c) this.centres.set(resolution, (c = cellCentres(this.columns.cells[resolution])));
		return c;
	}

	hasAges(): boolean {
		return (this.ages ??= hasKnownAges(this.columns));
	}

	/** Per-row programme bits and verdicts under the rule the catchments carry. */
	incidentCoverage(catchments: readonly Catchment[]): RowCoverage {
		const key = keyOf(catchments);
		if (this.rows?.key !== key) this.rows = { key, coverage: pointCoverage(this.columns, catchments) };
		return this.rows.coverage;
	}

	/** Per-row verdicts against the catchments holding each row's hexagon centre at a resolution (cell-rule-coverage.ts). */
	cellCoverage(catchments: readonly Catchment[], resolution: MappedResolution, cellMask: Uint16Array): RowCoverage {
		const key = `${resolution} ${keyOf(catchments)}`;
		if (this.byCell?.key !== key) {
			const coverage = cellRowCoverage({ cellOfRow: this.columns[CELL_COLUMN[resolution]], cellMask, centres: this.centresAt(resolution), catchments, columns: this.columns });
			this.byCell = { key, coverage };
		}
		return this.byCell.coverage;
	}
}

export function sitesAnswer(input: SitesInput, cache: SitesCache): SitesAnswer {
	const { columns, pass, resolution, cellCounts } = input;
	const { catchments, rule } = appliedRule(input.catchments, cache.hasAges());
	const programmes = programmesOf(catchments);
	const rows = cache.incidentCoverage(catchments);
	const cellMask = cellCoverageMask(cache.centresAt(resolution), catchments);
	const dictionary = columns.cells[resolution];
	const cellOfRow = columns[CELL_COLUMN[resolution]];
	const only = input.hotCells ? new Set(input.hotCells) : undefined;
	const gapOptions = { limit: input.gapLimit ?? 20, only };
	let incidents: CoverageSummary;
	let cells: CoverageSummary;
	let top: GapRow[];
	let gapPass = pass;
	if (!usesWhen(catchments)) {
		incidents = incidentCoverage(pass, rows.mask, columns.district, DISTRICTS.length, programmes);
		cells = summariseCoverage(cellCounts, cellMask, { programmes });
		top = rankGaps(dictionary, cellCounts, cellMask, catchments, gapOptions);
	} else {
		incidents = summariseCoverage(pass, rows.mask, { groupOf: columns.district, groupCount: DISTRICTS.length, programmes, verdict: rows.verdict });
		const byCell = cache.cellCoverage(catchments, resolution, cellMask);
		cells = summariseCoverage(pass, byCell.mask, { programmes, verdict: byCell.verdict });
		const perCell = cellGapCounts(cellOfRow, pass, byCell.verdict, dictionary.length);
		// A covered centre no longer rules a cell out: its incidents outside the hours or ages are the gap.
		top = rankGaps(dictionary, perCell.notCovered, new Uint16Array(dictionary.length), catchments, {
			...gapOptions,
			totals: cellCounts,
			timeUnknown: perCell.timeUnknown,
			ageUnknown: perCell.ageUnknown
		});
		// The gap's district, LSOA and peak hours describe the incidents left uncovered.
		gapPass = new Uint8Array(pass.length);
		for (let i = 0; i < pass.length; i++) gapPass[i] = pass[i] === 1 && byCell.verdict[i] === VERDICT.notCovered ? 1 : 0;
	}
	const profiles = cellProfiles({ cell: cellOfRow, hour: columns.hour, district: columns.district, lsoa: columns.lsoa }, gapPass, top.map((g) => g.cellIndex));
	const gaps = top.map((g) => {
		const p = profiles.get(g.cellIndex);
		const topLocation = input.cellTopLocation?.[g.cellIndex] ?? 0;
		if (!p) return { ...g, topLocation };
		const lsoa = p.lsoa === NO_AREA ? null : p.lsoa;
		return {
			...g,
			district: DISTRICTS[p.district]?.label,
			lsoa: lsoa === null ? undefined : `${input.lsoaNames[lsoa]} (${input.lsoaCodes[lsoa]})`,
			imdDecile: lsoa === null ? null : input.lsoaDeciles[lsoa] || null,
			peakHours: peakHoursText(p.hours),
			topLocation
		};
	});
	return { incidents, cells, cellMask, gaps, ranking: only ? 'hot-spots' : 'count', rule };
}

export interface BeforeAfterAnswer {
	result: BeforeAfterResult;
	/** The comparator district's label, or null when the catchment holds no incidents in any district. */
	district: string | null;
	rule: AppliedRule;
}

/** Before/after for one catchment; `pass` must come from filters with the date range left off. */
export function siteBeforeAfter(columns: IncidentColumns, pass: Uint8Array, given: Catchment, start: string, months: number, flaggedMonths?: ReadonlySet<number>): BeforeAfterAnswer {
	const { catchments, rule } = appliedRule([given], hasKnownAges(columns));
	const catchment = catchments[0];
	const d = modalDistrict(columns, catchment, DISTRICTS.length);
	let first = Infinity;
	let last = -Infinity;
	for (let i = 0; i < columns.length; i++) {
		const m = columns.monthIndex[i];
		if (m < first) first = m;
		if (m > last) last = m;
	}
	const result = beforeAfter({ ...columns, pass }, catchment, start, { months, district: d, dataMonths: { first, last }, flaggedMonths });
	return { result, district: d >= 0 ? DISTRICTS[d].label : null, rule };
}
