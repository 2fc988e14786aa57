/**
 * Topology-preserving simplification and dissolve. Shared LSOA edges become one arc, so simplifying
 * an arc moves both neighbours together (no gaps or slivers), and districts merged from the same arcs
 * have edges that coincide exactly with their LSOAs' edges.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export type AreaFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

/** Metres per degree at Kent's latitude (51.2 N), so tolerances are ground distances. */
const M_PER_DEG_LAT = 111_250;
const M_PER_DEG_LNG = 111_320 * Math.cos((51.2 * Math.PI) / 180);

/** [lng, lat, weight]: the weight is the tolerance in metres below which the vertex is dropped. */
type WeightedPoint = [number, number, number];

/** Distance in metres from p to the segment a-b (to a itself when a and b coincide). */
export function segmentDistanceM(p: readonly number[], a: readonly number[], b: readonly number[]): number {
	const px = (p[0] - a[0]) * M_PER_DEG_LNG;
	const py = (p[1] - a[1]) * M_PER_DEG_LAT;
	const bx = (b[0] - a[0]) * M_PER_DEG_LNG;
	const by = (b[1] - a[1]) * M_PER_DEG_LAT;
	const len2 = bx * bx + by * by;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / len2));
	return Math.hypot(px - t * bx, py - t * by);
}

/**
 * Douglas-Peucker significance of each vertex of a line: keeping the vertices whose weight is at least
 * `tolerance` gives exactly the Douglas-Peucker result at that tolerance, so the simplified line never
 * strays more than `tolerance` metres from the original. Endpoints weigh Infinity.
 */
export function douglasPeuckerWeights(line: readonly (readonly number[])[]): number[] {
	const weights = new Array<number>(line.length).fill(0);
	if (line.length === 0) return weights;
	weights[0] = weights[line.length - 1] = Infinity;
	const stack: [number, number, number][] = [[0, line.length - 1, Infinity]];
	while (stack.length > 0) {
		const [from, to, cap] = stack.pop() as [number, number, number];
		let worst = -1;
		let worstDistance = -1;
		for (let i = from + 1; i < to; i++) {
			const d = segmentDistanceM(line[i], line[from], line[to]);
			if (d > worstDistance) {
				worst = i;
				worstDistance = d;
			}
		}
		if (worst < 0) continue;
		// A vertex can never outrank the one that split its span, so thresholds nest.
		weights[worst] = Math.min(worstDistance, cap);
		stack.push([from, worst, weights[worst]], [worst, to, weights[worst]]);
	}
	return weights;
}

export interface SimplifyOptions {
	/** Douglas-Peucker tolerance in metres: no simplified edge strays further than this from the source. */
	toleranceM: number;
}

/** Arcs of every ring, as indices into topology.arcs (negative = reversed, ~i). */
function ringsOf(geometry: GeometryObject): number[][] {
	if (geometry.type === 'Polygon') return geometry.arcs;
	if (geometry.type === 'MultiPolygon') return geometry.arcs.flat();
	return [];
}

/**
 * Keeps the heaviest interior vertices of any ring that would otherwise fall below a triangle, so
 * small islands and slivers survive simplification instead of collapsing to a line.
 */
function protectRings(arcs: WeightedPoint[][], geometries: GeometryObject[], minWeight: number): void {
	for (const geometry of geometries) {
		for (const ring of ringsOf(geometry)) {
			const ringArcs = ring.map((i) => arcs[i < 0 ? ~i : i]);
			const kept = () => ringArcs.reduce((n, arc) => n + arc.slice(1).filter((p) => p[2] >= minWeight).length, 0);
			while (kept() < 3) {
				let heaviest: WeightedPoint | null = null;
				for (const arc of ringArcs) {
					for (const p of arc.slice(1, -1)) if (p[2] < minWeight && (!heaviest || p[2] > heaviest[2])) heaviest = p;
				}
				if (!heaviest) break;
				heaviest[2] = Infinity;
			}
		}
	}
}

/**
 * Builds an unquantised topology (coordinates should already be rounded, so shared vertices match
 * exactly) and simplifies every arc by Douglas-Peucker, so neighbours stay glued along shared arcs.
 */
export function simplifiedTopology(
	layers: Record<string, FeatureCollection<Polygon | MultiPolygon>>,
	options: SimplifyOptions
): Topology {
	const topo = topology(layers) as unknown as Topology;
	const arcs = (topo.arcs as number[][][]).map((arc) => {
		const weights = douglasPeuckerWeights(arc);
		return arc.map((p, i): WeightedPoint => [p[0], p[1], weights[i]]);
	});
	const geometries = Object.values(topo.objects).flatMap((o) => (o as GeometryCollection).geometries);
	protectRings(arcs, geometries, options.toleranceM);
	// topojson-simplify keeps the vertices whose third value reaches the threshold.
	return simplify({ ...topo, arcs } as never, options.toleranceM) as unknown as Topology;
}

/** The features of one topology object, in input order, as plain GeoJSON. */
export function topologyFeatures(topo: Topology, name: string): AreaFeature[] {
	const fc = feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection;
	return fc.features as AreaFeature[];
}

/** Dissolves the object's geometries by a key (e.g. district code), using shared arcs so edges stay exact. */
export function dissolve(
	topo: Topology,
	name: string,
	keyOf: (properties: Record<string, unknown>) => string
): Map<string, MultiPolygon> {
	const groups = new Map<string, GeometryObject[]>();
	for (const geometry of (topo.objects[name] as GeometryCollection).geometries) {
		const key = keyOf((geometry.properties ?? {}) as Record<string, unknown>);
		const list = groups.get(key) ?? [];
		list.push(geometry);
		groups.set(key, list);
	}
	const out = new Map<string, MultiPolygon>();
	for (const key of [...groups.keys()].sort()) {
		out.set(key, merge(topo, groups.get(key) as never) as MultiPolygon);
	}
	return out;
}
