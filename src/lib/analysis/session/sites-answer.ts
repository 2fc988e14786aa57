/**
 * Everything the sites tab needs for one filter state, computed where the rows are (the worker): exact
 * per-incident coverage, coverage by hexagon centre, the cell mask for the map, the ranked gaps described
 * from the rows, and a site's before/after. Pure: the worker only passes columns in and posts the answer.
 */
import { DISTRICTS } from '../geography/districts';
import type { IncidentColumns } from '../ingest/columns';
import {
	beforeAfter,
	cellCentres,
	cellCoverageMask,
	cellProfiles,
	incidentCoverage,
	modalDistrict,
	peakHoursText,
	pointCoverageMask,
	programmesOf,
	rankGaps,
	summariseCoverage,
	type BeforeAfterResult,
	type Catchment,
	type CoverageSummary,
	type GapRow
} from '../sites';
import { CELL_COLUMN, type MappedResolution } from './dataset-summary';

export interface SitesAnswer {
	/** Share of incidents passing the filters within great-circle reach of an active site. */
	incidents: CoverageSummary;
	/** Share of the same incidents in hexagons whose centre is covered. */
	cells: CoverageSummary;
	/** Per cell of the resolution: programme bits of the catchments holding its centre (0 = uncovered). */
	cellMask: Uint16Array;
	gaps: GapRow[];
	/** What the gap table ranks: every uncovered cell by count, or only significant Gi* hot spots. */
	ranking: 'count' | 'hot-spots';
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

/** Caches that depend only on the dataset, not the filters: cell centres per resolution and the incident mask per catchment set. */
export class SitesCache {
	private centres = new Map<MappedResolution, { lng: Float64Array; lat: Float64Array }>();
	private mask: { key: string; mask: Uint16Array } | null = null;

	constructor(private readonly columns: IncidentColumns) {}

	centresAt(resolution: MappedResolution) {
		let c = this.centres.get(resolution);
		if (!c) this.centres.set(resolution, (c = cellCentres(this.columns.cells[resolution])));
		return c;
	}

	incidentMask(catchments: readonly Catchment[]): Uint16Array {
		const key = JSON.stringify(catchments.map((c) => [c.siteId, c.programme, c.lng, c.lat, c.radiusM, Array.from(c.rings, (r) => r.length)]));
		if (this.mask?.key !== key) this.mask = { key, mask: pointCoverageMask(this.columns, catchments) };
		return this.mask.mask;
	}
}

export function sitesAnswer(input: SitesInput, cache: SitesCache): SitesAnswer {
	const { columns, pass, resolution, cellCounts, catchments } = input;
	const programmes = programmesOf(catchments);
	const rowMask = cache.incidentMask(catchments);
	const incidents = incidentCoverage(pass, rowMask, columns.district, DISTRICTS.length, programmes);
	const cellMask = cellCoverageMask(cache.centresAt(resolution), catchments);
	const cells = summariseCoverage(cellCounts, cellMask, { programmes });
	const dictionary = columns.cells[resolution];
	const only = input.hotCells ? new Set(input.hotCells) : undefined;
	const top = rankGaps(dictionary, cellCounts, cellMask, catchments, { limit: input.gapLimit ?? 20, only });
	const profiles = cellProfiles({ cell: columns[CELL_COLUMN[resolution]], hour: columns.hour, district: columns.district, lsoa: columns.lsoa }, pass, top.map((g) => g.cellIndex));
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
	return { incidents, cells, cellMask, gaps, ranking: only ? 'hot-spots' : 'count' };
}

export interface BeforeAfterAnswer {
	result: BeforeAfterResult;
	/** The comparator district's label, or null when the catchment holds no incidents in any district. */
	district: string | null;
}

/** Before/after for one catchment; `pass` must come from filters with the date range left off. */
export function siteBeforeAfter(columns: IncidentColumns, pass: Uint8Array, catchment: Catchment, start: string, months: number, flaggedMonths?: ReadonlySet<number>): BeforeAfterAnswer {
	const d = modalDistrict(columns, catchment, DISTRICTS.length);
	let first = Infinity;
	let last = -Infinity;
	for (let i = 0; i < columns.length; i++) {
		const m = columns.monthIndex[i];
		if (m < first) first = m;
		if (m > last) last = m;
	}
	const result = beforeAfter({ ...columns, pass }, catchment, start, { months, district: d, dataMonths: { first, last }, flaggedMonths });
	return { result, district: d >= 0 ? DISTRICTS[d].label : null };
}
