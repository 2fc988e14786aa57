/**
 * LSOA lookup by point: polygons from a GeoJSON FeatureCollection, a uniform grid of bounding boxes
 * so each lookup tests a handful of candidates, then exact point-in-polygon.
 */
import { DISTRICTS } from '../geography/districts';
import { IngestError } from '../ingest/codes';
import { ringsContain, type FlatRings } from './point-in-polygon';

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

interface Area {
	rings: FlatRings;
	bbox: [number, number, number, number];
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

/**
 * Builds the index from parsed GeoJSON. Features without a polygon or a code are skipped; an input
 * with no usable feature throws IngestError('boundaries_empty'), since every point would read as outside.
 */
export function createAreaIndex(collection: unknown, keys: AreaKeys = {}): AreaIndex {
	const features = isRecord(collection) && Array.isArray(collection.features) ? collection.features : [];
	const first = features.find((f: unknown) => isRecord(f) && isRecord(f.properties))?.properties ?? {};
	// data/boundaries uses code/name/district; the ONS download names them LSOA21CD/LSOA21NM/LADCD_ACTIVE.
	const ons = !('code' in first) && 'LSOA21CD' in first;
	const codeKey = keys.code ?? (ons ? 'LSOA21CD' : 'code');
	const nameKey = keys.name ?? (ons ? 'LSOA21NM' : 'name');
	const districtKey = keys.district ?? (ons ? 'LADCD_ACTIVE' : 'district');
	const districtIndex = new Map(DISTRICTS.map((d, i) => [d.code, i]));
	const areas: Area[] = [];
	const codes: string[] = [];
	const names: string[] = [];
	const district: number[] = [];
	for (const f of features as unknown[]) {
		if (!isRecord(f) || !isRecord(f.properties)) continue;
		const rings = ringsOf(f.geometry);
		const code = f.properties[codeKey];
		if (!rings || rings.length === 0 || typeof code !== 'string') continue;
		areas.push({ rings, bbox: bboxOf(rings) });
		codes.push(code);
		names.push(String(f.properties[nameKey] ?? ''));
		district.push(districtIndex.get(String(f.properties[districtKey])) ?? NO_AREA);
	}
	if (areas.length === 0) throw new IngestError('boundaries_empty');
	return { codes, names, district: Uint16Array.from(district), locate: buildLocator(areas) };
}

function buildLocator(areas: readonly Area[]): (lng: number, lat: number) => number {
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
			if (lng >= b[0] && lng <= b[2] && lat >= b[1] && lat <= b[3] && ringsContain(areas[i].rings, lng, lat)) return i;
		}
		return -1;
	};
}
