/**
 * Nearest-point look-up over a fixed set of points, bucketed in a regular degree grid: a query reads the
 * buckets ring by ring outwards and stops once no unread bucket can hold anything nearer.
 */
import { metresBetween } from '../geometry/bng';
import type { LngLat } from '../geometry/lng-lat';

export interface NearestHit {
	/** Position of the point in the list the grid was built from. */
	readonly index: number;
	readonly distanceM: number;
}

export interface NearestOptions {
	/** Points beyond this are not found. Default Infinity. */
	readonly maxDistanceM?: number;
	/** Only points this accepts are considered. */
	readonly accept?: (index: number) => boolean;
}

export interface PointGrid {
	nearest(at: LngLat, options?: NearestOptions): NearestHit | null;
}

/** 0.05 degrees is about 3.5 x 5.5 km in Kent: a few towns or villages per bucket. */
export const DEFAULT_CELL_DEGREES = 0.05;

const METRES_PER_DEGREE = 111_195;

export function createPointGrid(points: readonly LngLat[], cellDegrees = DEFAULT_CELL_DEGREES): PointGrid {
	const buckets = new Map<string, number[]>();
	let minX = Infinity;
	let maxX = -Infinity;
	let minY = Infinity;
	let maxY = -Infinity;
	points.forEach(([lng, lat], i) => {
		const x = Math.floor(lng / cellDegrees);
		const y = Math.floor(lat / cellDegrees);
		const key = `${x},${y}`;
		const bucket = buckets.get(key);
		if (bucket) bucket.push(i);
		else buckets.set(key, [i]);
		minX = Math.min(minX, x);
		maxX = Math.max(maxX, x);
		minY = Math.min(minY, y);
		maxY = Math.max(maxY, y);
	});

	function nearest(at: LngLat, options: NearestOptions = {}): NearestHit | null {
		const [lng, lat] = at;
		if (!Number.isFinite(lng) || !Number.isFinite(lat) || points.length === 0) return null;
		const maxDistanceM = options.maxDistanceM ?? Infinity;
		const cx = Math.floor(lng / cellDegrees);
		const cy = Math.floor(lat / cellDegrees);
		// Rings past this one lie wholly outside the grid's buckets.
		const lastRing = Math.max(Math.abs(cx - minX), Math.abs(cx - maxX), Math.abs(cy - minY), Math.abs(cy - maxY));
		let best: NearestHit | null = null;
		for (let ring = 0; ring <= lastRing; ring++) {
			// A bucket in this ring or later is at least ring - 1 whole cells away; cells are narrowest at their pole-ward edge.
			const poleward = Math.min(89.9, Math.abs(lat) + (ring + 1) * cellDegrees);
			const reach = Math.max(0, ring - 1) * cellDegrees * METRES_PER_DEGREE * Math.cos((poleward * Math.PI) / 180);
			if ((best && best.distanceM <= reach) || reach > maxDistanceM) break;
			for (const index of ringIndices(cx, cy, ring)) {
				if (options.accept && !options.accept(index)) continue;
				const [plng, plat] = points[index];
				const distanceM = metresBetween(lng, lat, plng, plat);
				if (distanceM > maxDistanceM) continue;
				if (!best || distanceM < best.distanceM || (distanceM === best.distanceM && index < best.index)) best = { index, distanceM };
			}
		}
		return best;
	}

	function* ringIndices(cx: number, cy: number, ring: number): Generator<number> {
		for (let dy = -ring; dy <= ring; dy++) {
			for (let dx = -ring; dx <= ring; dx++) {
				if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
				const bucket = buckets.get(`${cx + dx},${cy + dy}`);
				if (bucket) yield* bucket;
			}
		}
	}

	return { nearest };
}
