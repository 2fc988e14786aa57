/**
 * LSOA lookup by point: a uniform grid of bounding boxes picks the few candidate areas, then an exact
 * crossing-number test over only the candidate's edges in the point's latitude band.
 *
 * Boundary rule: each edge is stored once in a canonical orientation (lower endpoint first), so an edge
 * two neighbours share gives both the identical crossing and a point on it lands in exactly one of them:
 * the area that holds the point moved a vanishing step east (and, before that, a smaller step north). So
 * a point on a north-south boundary goes to the LSOA to its east, on an east-west boundary to the one to
 * its north, and on a corner to the one north-east of it. Nothing is moved into a nearest area: a point
 * in no polygon is outside.
 */
import { DISTRICTS } from '../geography/districts';
import { IngestError } from '../ingest/codes';
import type { FlatRings } from './point-in-polygon';

/** Index stored for a point in no area, or an area outside the 13 districts. */
export const NO_AREA = 0xffff;

export interface AreaIndex {
	/** Area codes (LSOA 2021) in index order. */
	readonly codes: readonly string[];
	readonly names: readonly string[];
	/** DISTRICTS index of each area, NO_AREA where its district is not a study district. */
	readonly district: Uint16Array;
	/** Index of the area containing the point, or -1. */
	locate(lng: number, lat: number): number;
}

/** One area as the index takes it: rings as flat [lng0, lat0, lng1, lat1, ...] arrays, holes included. */
export interface AreaRecord {
	code: string;
	name: string;
	/** District GSS code. */
	district: string;
	rings: FlatRings;
}

export interface AreaKeys {
	/** Feature property holding the area code; data/boundaries/lsoa21.geojson uses "code". */
	code?: string;
	name?: string;
	/** Feature property holding the district GSS code. */
	district?: string;
}

/** Grid cell size in degrees: about 1.4 km by 1.4 km over Kent, a few LSOAs per cell in towns. */
const GRID_DEG_LNG = 0.02;
const GRID_DEG_LAT = 0.0125;
/** Latitude band for the edge lists: about 220 m, so a band of a large rural LSOA holds a few dozen edges. */
const BAND_DEG = 0.002;

/** An area's non-horizontal edges as (x1, y1, x2, y2) with y1 < y2, grouped by latitude band. */
interface BandedArea {
	bbox: [number, number, number, number];
	firstBand: number;
	/** edges of band firstBand + b are edges[4 * offsets[b] .. 4 * offsets[b + 1]). */
	offsets: Uint32Array;
	edges: Float64Array;
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function ringsOf(geometry: unknown): Float64Array[] | undefined {
	if (!isRecord(geometry) || !Array.isArray(geometry.coordinates)) return undefined;
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : undefined;
	if (!polygons) return undefined;
	const rings: Float64Array[] = [];
	for (const polygon of polygons as unknown[][]) {
		for (const ring of polygon as number[][][]) {
			const flat = new Float64Array(ring.length * 2);
			ring.forEach((p, k) => {
				flat[2 * k] = Number(p[0]);
				flat[2 * k + 1] = Number(p[1]);
			});
			if (flat.length >= 6) rings.push(flat);
		}
	}
	return rings;
}

function bboxOf(rings: FlatRings): [number, number, number, number] {
	let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
	for (const r of rings) {
		for (let k = 0; k < r.length; k += 2) {
			if (r[k] < w) w = r[k];
			if (r[k] > e) e = r[k];
			if (r[k + 1] < s) s = r[k + 1];
			if (r[k + 1] > n) n = r[k + 1];
		}
	}
	return [w, s, e, n];
}

/** Areas from a GeoJSON FeatureCollection (data/ keys code/name/district, or the ONS download's LSOA21CD/LSOA21NM/LADCD_ACTIVE). */
export function areaRecordsFromGeoJson(collection: unknown, keys: AreaKeys = {}): AreaRecord[] {
	const features = isRecord(collection) && Array.isArray(collection.features) ? collection.features : [];
	const first = features.find((f: unknown) => isRecord(f) && isRecord(f.properties))?.properties ?? {};
	const ons = !('code' in first) && 'LSOA21CD' in first;
	const codeKey = keys.code ?? (ons ? 'LSOA21CD' : 'code');
	const nameKey = keys.name ?? (ons ? 'LSOA21NM' : 'name');
	const districtKey = keys.district ?? (ons ? 'LADCD_ACTIVE' : 'district');
	const records: AreaRecord[] = [];
	for (const f of features as unknown[]) {
		if (!isRecord(f) || !isRecord(f.properties)) continue;
		const rings = ringsOf(f.geometry);
		const code = f.properties[codeKey];
		if (!rings || rings.length === 0 || typeof code !== 'string') continue;
		records.push({ code, name: String(f.properties[nameKey] ?? ''), district: String(f.properties[districtKey]), rings });
	}
	return records;
}

/**
 * Builds the index from parsed GeoJSON. Features without a polygon or a code are skipped; an input
 * with no usable feature throws IngestError('boundaries_empty'), since every point would read as outside.
 */
export function createAreaIndex(collection: unknown, keys: AreaKeys = {}): AreaIndex {
	return buildAreaIndex(areaRecordsFromGeoJson(collection, keys));
}

export function buildAreaIndex(records: readonly AreaRecord[]): AreaIndex {
	const usable = records.filter((r) => r.rings.some((ring) => ring.length >= 6));
	if (usable.length === 0) throw new IngestError('boundaries_empty');
	const districtIndex = new Map(DISTRICTS.map((d, i) => [d.code, i]));
	const south = Math.min(...usable.map((r) => bboxOf(r.rings)[1]));
	const areas = usable.map((r) => bandArea(r.rings, south));
	return {
		codes: usable.map((r) => r.code),
		names: usable.map((r) => r.name),
		district: Uint16Array.from(usable.map((r) => districtIndex.get(r.district) ?? NO_AREA)),
		locate: buildLocator(areas, south)
	};
}

function bandOf(lat: number, south: number): number {
	return Math.floor((lat - south) / BAND_DEG);
}

function bandArea(rings: FlatRings, south: number): BandedArea {
	const bbox = bboxOf(rings);
	const firstBand = bandOf(bbox[1], south);
	const bands = bandOf(bbox[3], south) - firstBand + 1;
	const counts = new Uint32Array(bands + 1);
	const forEachEdge = (visit: (x1: number, y1: number, x2: number, y2: number) => void) => {
		for (const ring of rings) {
			const n = ring.length;
			for (let k = 0, j = n - 2; k < n; j = k, k += 2) {
				const ya = ring[j + 1];
				const yb = ring[k + 1];
				// Horizontal edges never cross a horizontal ray; the rest are stored lower endpoint first.
				if (ya === yb) continue;
				if (ya < yb) visit(ring[j], ya, ring[k], yb);
				else visit(ring[k], yb, ring[j], ya);
			}
		}
	};
	forEachEdge((_x1, y1, _x2, y2) => {
		for (let b = bandOf(y1, south); b <= bandOf(y2, south); b++) counts[b - firstBand + 1]++;
	});
	for (let b = 1; b <= bands; b++) counts[b] += counts[b - 1];
	const offsets = counts.slice();
	const edges = new Float64Array(4 * offsets[bands]);
	const fill = counts.slice(0, bands);
	forEachEdge((x1, y1, x2, y2) => {
		for (let b = bandOf(y1, south); b <= bandOf(y2, south); b++) {
			const at = 4 * fill[b - firstBand]++;
			edges[at] = x1;
			edges[at + 1] = y1;
			edges[at + 2] = x2;
			edges[at + 3] = y2;
		}
	});
	return { bbox, firstBand, offsets, edges };
}

/** Even-odd crossings of the eastward ray from the point over the area's edges in its band. */
function bandedContains(a: BandedArea, lng: number, lat: number, south: number): boolean {
	const b = bandOf(lat, south) - a.firstBand;
	if (b < 0 || b >= a.offsets.length - 1) return false;
	const edges = a.edges;
	let inside = false;
	for (let k = 4 * a.offsets[b], end = 4 * a.offsets[b + 1]; k < end; k += 4) {
		const y1 = edges[k + 1];
		const y2 = edges[k + 3];
		if (lat < y1 || lat >= y2) continue;
		const x1 = edges[k];
		if (lng < x1 + ((lat - y1) * (edges[k + 2] - x1)) / (y2 - y1)) inside = !inside;
	}
	return inside;
}

function buildLocator(areas: readonly BandedArea[], south: number): (lng: number, lat: number) => number {
	let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
	for (const a of areas) {
		w = Math.min(w, a.bbox[0]);
		s = Math.min(s, a.bbox[1]);
		e = Math.max(e, a.bbox[2]);
		n = Math.max(n, a.bbox[3]);
	}
	const cols = Math.max(1, Math.ceil((e - w) / GRID_DEG_LNG));
	const rows = Math.max(1, Math.ceil((n - s) / GRID_DEG_LAT));
	const cells: number[][] = Array.from({ length: cols * rows }, () => []);
	const col = (lng: number) => Math.min(cols - 1, Math.floor((lng - w) / GRID_DEG_LNG));
	const row = (lat: number) => Math.min(rows - 1, Math.floor((lat - s) / GRID_DEG_LAT));
	areas.forEach((a, i) => {
		for (let r = row(a.bbox[1]); r <= row(a.bbox[3]); r++) {
			for (let c = col(a.bbox[0]); c <= col(a.bbox[2]); c++) cells[r * cols + c].push(i);
		}
	});
	return (lng, lat) => {
		if (!(lng >= w && lng <= e && lat >= s && lat <= n)) return -1;
		for (const i of cells[row(lat) * cols + col(lng)]) {
			const b = areas[i].bbox;
			if (lng >= b[0] && lng <= b[2] && lat >= b[1] && lat <= b[3] && bandedContains(areas[i], lng, lat, south)) return i;
		}
		return -1;
	};
}
