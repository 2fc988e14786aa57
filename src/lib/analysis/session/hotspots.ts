/**
 * Statistically significant hotspots for the current filters: Gi* over the study-area cells of one
 * resolution, zero cells included (stats/gi-star.ts), with the warnings that keep a reader from over-trusting it.
 */
import { cellToLatLng, latLngToCell } from 'h3-js';
import { studyAreaCells, type StudyArea } from '../h3/study-cells';
import { buildAdjacency, hotspotTest, type Adjacency } from '../stats/gi-star';
import { CELL_COLUMN, type MappedResolution } from './dataset-summary';
import type { IncidentColumns } from '../ingest/columns';
import { centreOf } from '../h3/cells';
import type { LngLat } from '../geometry/lng-lat';
import { DISTRICTS } from '../geography/districts';
import { cellProfiles, peakHoursText, type CellProfile } from '../sites/cell-profiles';
import { haversineM } from '../sites/distance';
import type { WeightReport } from '../weights/row-weights';
import type { WeightTable } from '../weights/weight-table';

/** Below this many incidents Gi* has too little to work with (DESIGN.md section 4). */
export const MIN_INCIDENTS = 30;
/** Fewer cells than this leave too few neighbourhoods to compare. */
export const MIN_CELLS = 30;

export interface HotspotAnswer {
	datasetId: string;
	resolution: MappedResolution;
	k: number;
	/** The study-area cells (sorted H3 ids) every array below is indexed by. */
	cells: readonly string[];
	counts: Uint32Array;
	/** What Gi* ran on: the counts, or the weighted sums when a weight table is on. */
	values: Float64Array;
	/** The weight table and what it did to the filtered rows; null for plain counts. */
	weighting: Weighting | null;
	z: Float64Array;
	p: Float64Array;
	q: Float64Array;
	/** GiClass per cell: 3, 2, 1 hot at q < 0.01, 0.05, 0.10; negative cold; 0 not significant. */
	classes: Int8Array;
	/** Per cell, the most incidents at one coordinate (for the snap-point mark). */
	topLocation: Uint32Array;
	incidents: number;
	/** Hot and cold cells at q < 0.05. */
	hot: number;
	cold: number;
	warnings: string[];
}

/** Study-area cells and their neighbour lists for one dataset: built once per resolution and k, reused on every filter change. */
export class HotspotCache {
	private readonly study = new Map<MappedResolution, { cells: string[]; index: Map<string, number> }>();
	private readonly adjacency = new Map<string, Adjacency>();

	constructor(
		private readonly area: StudyArea,
		/** H3 ids of the dataset's cells at a resolution that hold incidents inside the area. */
		private readonly incidentCells: (resolution: MappedResolution) => Iterable<string>
	) {}

	cellsAt(resolution: MappedResolution): { cells: string[]; index: Map<string, number> } {
		let s = this.study.get(resolution);
		if (!s) {
			const cells = studyAreaCells(resolution, this.area, this.incidentCells(resolution));
			s = { cells, index: new Map(cells.map((c, i) => [c, i])) };
			this.study.set(resolution, s);
		}
		return s;
	}

	adjacencyAt(resolution: MappedResolution, k: number): Adjacency {
		const key = `${resolution}/${k}`;
		let a = this.adjacency.get(key);
		if (!a) this.adjacency.set(key, (a = buildAdjacency(this.cellsAt(resolution).cells, k)));
		return a;
	}
}

export interface HotspotInput {
	datasetId: string;
	resolution: MappedResolution;
	k: number;
	/** The dataset's cell dictionary at `resolution` and the filtered counts and top locations over it. */
	dictionary: readonly string[];
	cellCounts: ArrayLike<number>;
	cellTopLocation: ArrayLike<number>;
	/** Weighted sums over the same dictionary, and the table and report that made them; absent for counts. */
	weighted?: { cellValues: ArrayLike<number>; weighting: Weighting };
}

/** The weighting a hot spot answer used: the table, and what it did to the rows passing the filters. */
export interface Weighting {
	table: WeightTable;
	report: WeightReport;
}

export function hotspotAnswer(input: HotspotInput, cache: HotspotCache): HotspotAnswer {
	const { cells, index } = cache.cellsAt(input.resolution);
	const counts = new Uint32Array(cells.length);
	const values = new Float64Array(cells.length);
	const cellValues = input.weighted?.cellValues ?? input.cellCounts;
	const topLocation = new Uint32Array(cells.length);
	let incidents = 0;
	for (let d = 0; d < input.dictionary.length; d++) {
		const c = input.cellCounts[d];
		if (!c) continue;
		const i = index.get(input.dictionary[d]);
		// Cells holding in-area incidents are all study cells; anything else was counted outside and is left out.
		if (i === undefined) continue;
		counts[i] += c;
		values[i] += cellValues[d];
		topLocation[i] = Math.max(topLocation[i], input.cellTopLocation[d] ?? 0);
		incidents += c;
	}
	const { z, p, q, classes } = hotspotTest(values, cache.adjacencyAt(input.resolution, input.k));
	let hot = 0;
	let cold = 0;
	let zeros = 0;
	for (let i = 0; i < cells.length; i++) {
		if (q[i] < 0.05 && z[i] > 0) hot++;
		else if (q[i] < 0.05 && z[i] < 0) cold++;
		if (counts[i] === 0) zeros++;
	}
	const warnings: string[] = [];
	if (incidents < MIN_INCIDENTS) warnings.push(`Only ${incidents} incidents under these filters: Gi* needs at least ${MIN_INCIDENTS} to say anything reliable.`);
	if (cells.length < MIN_CELLS) warnings.push(`Only ${cells.length} hexagons at this resolution: too few neighbourhoods to compare; choose a finer resolution.`);
	if (zeros * 2 > cells.length) {
		warnings.push(`${Math.round((zeros / cells.length) * 100)}% of hexagons have no incidents: a few busy cells then stand out easily; a coarser resolution or a wider k is steadier.`);
	}
	const weighting = input.weighted?.weighting ?? null;
	if (weighting && weighting.report.leftOut > 0) {
		const share = Math.round((weighting.report.leftOut / Math.max(1, weighting.report.rows)) * 100);
		warnings.push(`${weighting.report.leftOut.toLocaleString('en-GB')} incidents (${share}%) are in groups with no weight in "${weighting.table.label}" and are left out of the weighted map.`);
	}
	return { datasetId: input.datasetId, resolution: input.resolution, k: input.k, cells, counts, values, weighting, z, p, q, classes, topLocation, incidents, hot, cold, warnings };
}

/** A named place for "nearest town" (data/basemap/place-labels.geojson). */
export interface Place {
	name: string;
	lng: number;
	lat: number;
}

/** The closest named place to a point, with its distance; null with no places. */
export function nearestPlace([lng, lat]: LngLat, places: readonly Place[]): { name: string; distanceM: number } | null {
	let nearest: { name: string; distanceM: number } | null = null;
	for (const p of places) {
		const d = haversineM(lng, lat, p.lng, p.lat);
		if (!nearest || d < nearest.distanceM) nearest = { name: p.name, distanceM: d };
	}
	return nearest;
}

/** One row of the top hot spots table. */
export interface HotspotRow {
	rank: number;
	cell: string;
	centre: LngLat;
	count: number;
	/** The weighted sum in the cell (equal to count when no weighting is on). */
	value: number;
	z: number;
	q: number;
	giClass: number;
	district: string | null;
	/** "Name (code)" of the LSOA under the cell's centre. */
	lsoa: string | null;
	nearest: { name: string; distanceM: number } | null;
	peakHours: string;
	topLocation: number;
}

export interface TopInput {
	columns: IncidentColumns;
	/** Rows passing the filters (the same pass as the counts). */
	pass: Uint8Array;
	/** LSOA index under a point, or -1 (the assignment boundaries). */
	locate: (lng: number, lat: number) => number;
	lsoaCodes: readonly string[];
	lsoaNames: readonly string[];
	/** DISTRICTS index of each LSOA (AreaIndex.district). */
	lsoaDistrict: ArrayLike<number>;
	places: readonly Place[];
	limit?: number;
}

/** The significant hot cells (q < 0.05), strongest z first, described for the table. */
export function topHotspots(answer: HotspotAnswer, input: TopInput): HotspotRow[] {
	const hot = Array.from(answer.cells.keys())
		.filter((i) => answer.classes[i] >= 2)
		.sort((a, b) => answer.z[b] - answer.z[a] || (answer.cells[a] < answer.cells[b] ? -1 : 1))
		.slice(0, input.limit ?? 20);
	const { columns } = input;
	const cellColumn = columns[CELL_COLUMN[answer.resolution]];
	const dictionary = columns.cells[answer.resolution];
	// Dictionary index -> study index, for the hot cells that hold incidents (a hot cell can be empty itself).
	const dictIndex = new Map<number, number>();
	for (const i of hot) {
		const d = dictionary.indexOf(answer.cells[i]);
		if (d >= 0) dictIndex.set(d, i);
	}
	const profiles = cellProfiles({ cell: cellColumn, hour: columns.hour, district: columns.district, lsoa: columns.lsoa }, input.pass, [...dictIndex.keys()]);
	const profileOf = new Map<number, CellProfile | undefined>([...dictIndex].map(([d, i]) => [i, profiles.get(d)]));
	return hot.map((i, k) => {
		const centre = centreOf(answer.cells[i]);
		const lsoa = input.locate(centre[0], centre[1]);
		const nearest = nearestPlace(centre, input.places);
		const district = lsoa >= 0 ? DISTRICTS[input.lsoaDistrict[lsoa]]?.label ?? null : null;
		return {
			rank: k + 1,
			cell: answer.cells[i],
			centre,
			count: answer.counts[i],
			value: answer.values[i],
			z: answer.z[i],
			q: answer.q[i],
			giClass: answer.classes[i],
			district,
			lsoa: lsoa >= 0 ? `${input.lsoaNames[lsoa]} (${input.lsoaCodes[lsoa]})` : null,
			nearest,
			peakHours: peakHoursText(profileOf.get(i)?.hours ?? []),
			topLocation: answer.topLocation[i]
		};
	});
}


/** What the service answers: the test over every study cell, and the table's rows. */
export interface HotspotResult extends HotspotAnswer {
	top: HotspotRow[];
}

/** Place names from the basemap's label points (GeoJSON), for "nearest town". */
export function placesFromGeoJson(geojson: { features: { properties: { name?: unknown }; geometry: { coordinates: number[] } }[] }): Place[] {
	return geojson.features.flatMap((f) => (typeof f.properties.name === 'string' ? [{ name: f.properties.name, lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }] : []));
}

/** How far the hot spots depend on the grid: across k at one resolution, and across resolutions at one k. */
export interface HotspotRobustness {
	resolution: MappedResolution;
	k: number;
	/** Hot cells (q < 0.05) at `resolution` for k = 1, 2, 3, and how many are hot for all three. */
	byK: { k: number; hot: number }[];
	hotForEveryK: number;
	/** At the finest resolution (9): its hot cells, and how many lie in hot cells at 8 and at 7 as well (by each cell's centre). */
	byResolution: { resolution: MappedResolution; hot: number }[];
	finestHot: number;
	finestHotAtEveryResolution: number;
}

const isHot = (a: HotspotAnswer, i: number) => a.classes[i] >= 2;

/** The cell at `resolution` that holds this cell's centre. */
function cellHoldingCentre(cell: string, resolution: MappedResolution): string {
	const [lat, lng] = cellToLatLng(cell);
	return latLngToCell(lat, lng, resolution);
}

/** Counts from answers already computed: `byK` at one resolution (k = 1, 2, 3) and `byResolution` at one k (7, 8, 9). */
export function hotspotRobustness(byK: readonly HotspotAnswer[], byResolution: readonly HotspotAnswer[], locate: (cell: string, resolution: MappedResolution) => string = cellHoldingCentre): HotspotRobustness {
	const first = byK[0];
	let hotForEveryK = 0;
	for (let i = 0; i < first.cells.length; i++) if (byK.every((a) => isHot(a, i))) hotForEveryK++;
	const finest = byResolution[byResolution.length - 1];
	const hotSets = byResolution.map((a) => new Set(a.cells.filter((_, i) => isHot(a, i))));
	let finestHot = 0;
	let everywhere = 0;
	for (let i = 0; i < finest.cells.length; i++) {
		if (!isHot(finest, i)) continue;
		finestHot++;
		// A coarser cell is the one holding this cell's centre (never its H3 parent, which need not contain it).
		if (byResolution.every((a, r) => hotSets[r].has(a === finest ? finest.cells[i] : locate(finest.cells[i], a.resolution)))) everywhere++;
	}
	return {
		resolution: first.resolution,
		k: byResolution[0].k,
		byK: byK.map((a) => ({ k: a.k, hot: a.hot })),
		hotForEveryK,
		byResolution: byResolution.map((a) => ({ resolution: a.resolution, hot: a.hot })),
		finestHot,
		finestHotAtEveryResolution: everywhere
	};
}
