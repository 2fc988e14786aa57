/**
 * Location precision (issue 6 item 4): rows whose point says less than it seems. Partner data is
 * often geocoded to a postcode, LSOA or ward centroid, or a police station; binned into H3 such
 * points make false hotspots. Three independent tests, each a bit in a per-row reason byte:
 *  - shared: the coordinate carries an unusual number of the file's rows (threshold below);
 *  - centroid: the point lies within CENTROID_TOLERANCE_M of an LSOA 2021 population-weighted centroid;
 *  - rounded: the source gave it to 100 m or 1 km (grid multiples, or degrees with 3 or 2 decimals).
 */
import { CoordinateTable } from './coordinate-table';
import { ROUNDING } from './generic-row';
import type { FilePrecision, PrecisionPolicy } from './report';

export const PRECISION_REASON = { shared: 1, centroid: 2, rounded100m: 4, rounded1km: 8 } as const;

/**
 * A coordinate is "unusually shared" when it holds at least this many rows and at least
 * SHARED_MEDIAN_MULTIPLE times the median rows per distinct coordinate in the file. Ten rows at
 * one point in a file is rare for addresses geocoded to the building, common for a centroid; the
 * median term keeps snapped sources (where every point carries several rows) from all tripping.
 */
export const SHARED_MIN_ROWS = 10;
export const SHARED_MEDIAN_MULTIPLE = 10;
/** Metres from a centroid that count as "on" it: covers a Helmert round trip (under 2 m in Kent) and 6-decimal rounding. */
export const CENTROID_TOLERANCE_M = 5;

export interface PrecisionCounts {
	rows: number;
	/** Rows with any reason. */
	imprecise: number;
	shared: number;
	centroid: number;
	rounded100m: number;
	rounded1km: number;
	/** Distinct coordinates over the shared threshold, and the threshold used. */
	sharedCoordinates: number;
	sharedThreshold: number;
}

export interface CentroidIndex {
	readonly size: number;
	/** True when (lng, lat) is within the tolerance of a centroid. */
	near(lng: number, lat: number): boolean;
}

/** Grid of about 0.001 degrees (110 m by 70 m in Kent), so a lookup reads one to four buckets. */
const BUCKET_DEG = 0.001;

export function createCentroidIndex(points: readonly (readonly [number, number])[], toleranceMetres = CENTROID_TOLERANCE_M): CentroidIndex {
	const buckets = new Map<string, [number, number][]>();
	const key = (x: number, y: number) => `${x},${y}`;
	for (const [lng, lat] of points) {
		const k = key(Math.floor(lng / BUCKET_DEG), Math.floor(lat / BUCKET_DEG));
		const list = buckets.get(k) ?? [];
		list.push([lng, lat]);
		buckets.set(k, list);
	}
	const dLat = toleranceMetres / 111_320;
	return {
		size: points.length,
		near(lng, lat) {
			const dLng = dLat / Math.max(0.1, Math.cos((lat * Math.PI) / 180));
			for (let bx = Math.floor((lng - dLng) / BUCKET_DEG); bx <= Math.floor((lng + dLng) / BUCKET_DEG); bx++) {
				for (let by = Math.floor((lat - dLat) / BUCKET_DEG); by <= Math.floor((lat + dLat) / BUCKET_DEG); by++) {
					for (const [x, y] of buckets.get(key(bx, by)) ?? []) {
						if (((x - lng) / dLng) ** 2 + ((y - lat) / dLat) ** 2 <= 1) return true;
					}
				}
			}
			return false;
		}
	};
}

/** Point coordinates of a GeoJSON FeatureCollection (e.g. the ONS LSOA 2021 population-weighted centroids). */
export function centroidsFromGeoJson(value: unknown): [number, number][] {
	const features = (value as { features?: unknown })?.features;
	if (!Array.isArray(features)) return [];
	return features.flatMap((f) => {
		const g = (f as { geometry?: { type?: string; coordinates?: unknown } })?.geometry;
		const c = g?.type === 'Point' && Array.isArray(g.coordinates) ? g.coordinates : null;
		return c && typeof c[0] === 'number' && typeof c[1] === 'number' ? [[c[0], c[1]] as [number, number]] : [];
	});
}

export interface PrecisionInput {
	lng: ArrayLike<number>;
	lat: ArrayLike<number>;
	/** ROUNDING code per row; omitted for sources whose text precision is unknown. */
	rounding?: ArrayLike<number>;
}

export interface PrecisionOptions {
	centroids?: CentroidIndex;
	sharedMinRows?: number;
}

/** Reason bits per row (0 = precise as far as can be told) and the counts. Reads its input only. */
export function detectImprecision(input: PrecisionInput, options: PrecisionOptions = {}): { reasons: Uint8Array; counts: PrecisionCounts } {
	const n = input.lng.length;
	// Twice the rows, so the table never grows (it doubles at half full).
	const table = new CoordinateTable(2 * n);
	const slot = new Int32Array(n);
	// Typed arrays sized for the worst case (every row its own coordinate): a million-row file pushes nothing.
	const rowsAt = new Int32Array(n);
	const firstRow = new Int32Array(n);
	let distinct = 0;
	for (let i = 0; i < n; i++) {
		let s = table.get(input.lng[i], input.lat[i]);
		if (s < 0) {
			s = distinct++;
			table.set(input.lng[i], input.lat[i], s);
			firstRow[s] = i;
		}
		rowsAt[s]++;
		slot[i] = s;
	}
	const median = medianOf(rowsAt.subarray(0, distinct));
	const threshold = Math.max(options.sharedMinRows ?? SHARED_MIN_ROWS, SHARED_MEDIAN_MULTIPLE * median);
	const onCentroid = new Uint8Array(distinct);
	if (options.centroids) for (let s = 0; s < distinct; s++) onCentroid[s] = options.centroids.near(input.lng[firstRow[s]], input.lat[firstRow[s]]) ? 1 : 0;
	let sharedCoordinates = 0;
	for (let s = 0; s < distinct; s++) if (rowsAt[s] >= threshold) sharedCoordinates++;
	const reasons = new Uint8Array(n);
	const counts: PrecisionCounts = { rows: n, imprecise: 0, shared: 0, centroid: 0, rounded100m: 0, rounded1km: 0, sharedCoordinates, sharedThreshold: threshold };
	for (let i = 0; i < n; i++) {
		let r = 0;
		if (rowsAt[slot[i]] >= threshold) r |= PRECISION_REASON.shared;
		if (onCentroid[slot[i]] === 1) r |= PRECISION_REASON.centroid;
		const round = input.rounding?.[i] ?? ROUNDING.none;
		if (round === ROUNDING.to1km) r |= PRECISION_REASON.rounded1km;
		else if (round === ROUNDING.to100m) r |= PRECISION_REASON.rounded100m;
		reasons[i] = r;
		if (r !== 0) counts.imprecise++;
		if (r & PRECISION_REASON.shared) counts.shared++;
		if (r & PRECISION_REASON.centroid) counts.centroid++;
		if (r & PRECISION_REASON.rounded100m) counts.rounded100m++;
		if (r & PRECISION_REASON.rounded1km) counts.rounded1km++;
	}
	return { reasons, counts };
}

/** The upper median (sorted[floor(length / 2)]) of positive counts, by counting instead of sorting a million numbers. */
function medianOf(values: Int32Array): number {
	if (values.length === 0) return 0;
	let max = 0;
	for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
	const histogram = new Int32Array(max + 1);
	for (let i = 0; i < values.length; i++) histogram[values[i]]++;
	const rank = Math.floor(values.length / 2);
	let seen = 0;
	for (let v = 0; v <= max; v++) {
		seen += histogram[v];
		if (seen > rank) return v;
	}
	return max;
}

/** Distinct points and the rows at each (no point twice), as the parts of a cut file count them. */
export interface PointCounts {
	lng: Float64Array;
	lat: Float64Array;
	rows: Int32Array;
}

/**
 * detectImprecision's counts for rows without rounding codes (police.uk), from their points and the rows at each
 * instead of from every row: the shared test and the centroid test both depend on the point alone.
 */
export function precisionOfPoints(points: PointCounts, options: PrecisionOptions = {}): PrecisionCounts {
	const { lng, lat, rows } = points;
	const median = medianOf(rows);
	const threshold = Math.max(options.sharedMinRows ?? SHARED_MIN_ROWS, SHARED_MEDIAN_MULTIPLE * median);
	const counts: PrecisionCounts = { rows: 0, imprecise: 0, shared: 0, centroid: 0, rounded100m: 0, rounded1km: 0, sharedCoordinates: 0, sharedThreshold: threshold };
	for (let s = 0; s < rows.length; s++) {
		const n = rows[s];
		const shared = n >= threshold;
		const centroid = options.centroids?.near(lng[s], lat[s]) ?? false;
		counts.rows += n;
		if (shared) {
			counts.sharedCoordinates++;
			counts.shared += n;
		}
		if (centroid) counts.centroid += n;
		if (shared || centroid) counts.imprecise += n;
	}
	return counts;
}

/** Points counted in two parts of one file as one count: a point in both adds its rows. */
export function addPointCounts(a: PointCounts, b: PointCounts): PointCounts {
	// Only a's points go in, so the table is sized for them: half full at most, as small as it can be.
	const table = new CoordinateTable(2 * a.rows.length);
	for (let s = 0; s < a.rows.length; s++) table.set(a.lng[s], a.lat[s], s);
	const rows = Int32Array.from(a.rows);
	const lng: number[] = [];
	const lat: number[] = [];
	const more: number[] = [];
	for (let s = 0; s < b.rows.length; s++) {
		const at = table.get(b.lng[s], b.lat[s]);
		if (at >= 0) rows[at] += b.rows[s];
		else {
			lng.push(b.lng[s]);
			lat.push(b.lat[s]);
			more.push(b.rows[s]);
		}
	}
	const join = <T extends Float64Array | Int32Array>(x: T, y: number[], out: T) => {
		out.set(x);
		out.set(y, x.length);
		return out;
	};
	const n = a.rows.length + more.length;
	return { lng: join(a.lng, lng, new Float64Array(n)), lat: join(a.lat, lat, new Float64Array(n)), rows: join(rows, more, new Int32Array(n)) };
}

/** The precision check of a police.uk file's rows: checked and reported, never applied (police.uk snaps every point alike). */
export function reportedPrecision(input: PrecisionInput | { points: PointCounts }, options: { centroids?: CentroidIndex; policy: PrecisionPolicy }): FilePrecision {
	const counts = 'points' in input ? precisionOfPoints(input.points, { centroids: options.centroids }) : detectImprecision(input, { centroids: options.centroids }).counts;
	return { ...counts, policy: options.policy, share: counts.rows ? counts.imprecise / counts.rows : 0, applied: false };
}
