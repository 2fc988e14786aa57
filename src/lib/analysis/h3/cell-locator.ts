/**
 * The H3 cell of each point at one resolution, exactly as `latLngToCell` gives it, with one h3-js call
 * per cell instead of per point.
 *
 * Why it is exact: H3 puts a point in the hexagon of its face's gnomonic grid that contains the point's
 * gnomonic projection, and the gnomonic projection maps great circles to straight lines, so that hexagon
 * is the spherical polygon whose edges are the great circles through the vertices `cellToBoundary` gives.
 * A point more than MARGIN inside all six edges of a known cell (a hexagon on a single icosahedron face,
 * so every point in it projects onto that face) gets that cell. The search starts at the cell last found
 * in the point's grid square and steps across the edge the point lies farthest outside, to neighbours
 * learnt from earlier points. A point within MARGIN of an edge, near a pentagon or a face edge, in a square
 * seen for the first time or across an edge not yet crossed is given to h3-js itself. So the dictionary
 * holds only cells that points fell in, interned once; rows hold indices.
 */
import { StringDictionary } from './cell-dictionary';
import { boundaryOf, cellOfLngLat, centreOf, isSingleFaceHexagon } from './cells';

const RAD = Math.PI / 180;
/** About 0.06 mm on the ground; H3's own rounding moves its cell edges by under 1e-15 rad, 10,000 times less. */
const MARGIN = 1e-11;
/** Steps a walk may take from the square's last cell before the point is handed to h3-js. */
const MAX_STEPS = 16;
const EMPTY = -1;
/** Mean hexagon edge length in metres at resolutions 0-15 (H3's published table), to size the grid squares. */
const EDGE_M = [1281256, 483057, 182513, 68979, 26072, 9854, 3725, 1406, 531, 201, 76, 29, 11, 4, 2, 1];
const METRES_PER_DEG_LAT = 111_320;

/** A point on the unit sphere; callers convert each point once and share it across resolutions. */
export interface UnitVector {
	x: number;
	y: number;
	z: number;
}

export function unitVectorOf(lng: number, lat: number, out: UnitVector): UnitVector {
	const cosLat = Math.cos(lat * RAD);
	out.x = cosLat * Math.cos(lng * RAD);
	out.y = cosLat * Math.sin(lng * RAD);
	out.z = Math.sin(lat * RAD);
	return out;
}

/** Inward unit normals of a hexagon's six great-circle edges (18 numbers), or null where the fast test does not apply. */
function edgeNormals(cell: string): Float64Array | null {
	if (!isSingleFaceHexagon(cell)) return null;
	const outline = boundaryOf(cell);
	if (outline.length !== 6) return null;
	const v = outline.map(([lng, lat]) => unitVectorOf(lng, lat, { x: 0, y: 0, z: 0 }));
	const normals = new Float64Array(18);
	for (let k = 0; k < 6; k++) {
		const a = v[k];
		const b = v[(k + 1) % 6];
		const nx = a.y * b.z - a.z * b.y;
		const ny = a.z * b.x - a.x * b.z;
		const nz = a.x * b.y - a.y * b.x;
		const length = Math.hypot(nx, ny, nz);
		normals.set([nx / length, ny / length, nz / length], 3 * k);
	}
	// Orient inward: the opposite vertex of each edge lies inside it.
	const c = v[3];
	if (normals[0] * c.x + normals[1] * c.y + normals[2] * c.z < 0) for (let i = 0; i < 18; i++) normals[i] = -normals[i];
	return normals;
}

export class CellLocator {
	readonly resolution: number;
	readonly cells = new StringDictionary();
	/** Calls made to h3-js's latLngToCell, for the benchmark and tests. */
	h3Calls = 0;
	/** Per cell: inward edge normals, or null where only h3-js may decide. */
	private readonly normals: (Float64Array | null)[] = [];
	/** Per cell: its centre as a unit vector (3 numbers). */
	private centres = new Float64Array(3 * 1024);
	/** Per cell: the cell across each edge (6 numbers), EMPTY until first needed. */
	private neighbours = new Int32Array(6 * 1024).fill(EMPTY);
	private readonly stepLng: number;
	private readonly stepLat: number;
	/** Open-addressing table: grid square (ix, iy) -> the cell last found in it, where a walk starts. */
	private keys: Int32Array;
	private hints: Int32Array;
	private mask: number;
	private size = 0;

	constructor(resolution: number) {
		this.resolution = resolution;
		// Squares about two edges tall; longitude steps widened for 60 degrees north, the most they need in the UK.
		this.stepLat = (2 * EDGE_M[resolution]) / METRES_PER_DEG_LAT;
		this.stepLng = this.stepLat / Math.cos(60 * RAD);
		const n = 1 << 12;
		this.keys = new Int32Array(2 * n);
		this.hints = new Int32Array(n).fill(EMPTY);
		this.mask = n - 1;
	}

	/** The dictionary index of the point's cell; p is unitVectorOf(lng, lat). */
	locate(lng: number, lat: number, p: UnitVector): number {
		const at = this.find(Math.floor(lng / this.stepLng), Math.floor(lat / this.stepLat));
		const cell = this.locateFrom(this.hints[at], lng, lat, p);
		this.hints[at] = cell;
		return cell;
	}

	/**
	 * Same as locate, starting the search at a cell the caller expects to be at or near the point (say the
	 * cell of an earlier point in the same finer cell), or EMPTY to ask h3-js straight away.
	 */
	locateFrom(start: number, lng: number, lat: number, p: UnitVector): number {
		this.stoppedAt = EMPTY;
		let cell = start === EMPTY ? EMPTY : this.walk(start, p);
		if (cell === EMPTY) {
			this.h3Calls++;
			cell = this.intern(cellOfLngLat(lng, lat, this.resolution));
			if (this.stoppedAt !== EMPTY) this.learnNeighbour(this.stoppedAt, this.stoppedEdge, cell);
		}
		return cell;
	}

	/** Where the last walk stopped for want of a neighbour not yet known: that cell and edge. */
	private stoppedAt = EMPTY;
	private stoppedEdge = 0;

	/** From a cell, step across the edge the point lies farthest outside until inside one by MARGIN; EMPTY when h3-js must decide. */
	private walk(start: number, p: UnitVector): number {
		let cell = start;
		for (let step = 0; step < MAX_STEPS; step++) {
			const n = this.normals[cell];
			if (n === null) return EMPTY;
			let worst = Infinity;
			let edge = 0;
			for (let k = 0; k < 6; k++) {
				const d = n[3 * k] * p.x + n[3 * k + 1] * p.y + n[3 * k + 2] * p.z;
				if (d < worst) {
					worst = d;
					edge = k;
				}
			}
			if (worst >= MARGIN) return cell;
			if (worst > -MARGIN) return EMPTY;
			const next = this.neighbours[6 * cell + edge];
			if (next === EMPTY) {
				this.stoppedAt = cell;
				this.stoppedEdge = edge;
				return EMPTY;
			}
			cell = next;
		}
		return EMPTY;
	}

	/**
	 * Records `found` as the cell across `edge` of `cell` when the cell's centre mirrored in that edge lies
	 * inside it by MARGIN, so neighbours are learnt from the points themselves with no h3-js call of their own.
	 */
	private learnNeighbour(cell: number, edge: number, found: number): void {
		const n = this.normals[cell]!;
		const m = this.normals[found];
		if (m === null) return;
		const c = this.centres;
		const nx = n[3 * edge], ny = n[3 * edge + 1], nz = n[3 * edge + 2];
		const twice = 2 * (c[3 * cell] * nx + c[3 * cell + 1] * ny + c[3 * cell + 2] * nz);
		const x = c[3 * cell] - twice * nx;
		const y = c[3 * cell + 1] - twice * ny;
		const z = c[3 * cell + 2] - twice * nz;
		for (let k = 0; k < 18; k += 3) if (m[k] * x + m[k + 1] * y + m[k + 2] * z < MARGIN) return;
		this.neighbours[6 * cell + edge] = found;
	}

	/** The cell's index, working out its outline and centre the first time it is seen. */
	private intern(id: string): number {
		const before = this.cells.size;
		const cell = this.cells.intern(id);
		if (cell !== before) return cell;
		this.normals.push(edgeNormals(id));
		if (3 * (cell + 1) > this.centres.length) {
			const centres = new Float64Array(this.centres.length * 2);
			centres.set(this.centres);
			this.centres = centres;
			const neighbours = new Int32Array(this.neighbours.length * 2).fill(EMPTY);
			neighbours.set(this.neighbours);
			this.neighbours = neighbours;
		}
		const [lng, lat] = centreOf(id);
		const centre = unitVectorOf(lng, lat, { x: 0, y: 0, z: 0 });
		this.centres.set([centre.x, centre.y, centre.z], 3 * cell);
		return cell;
	}

	/** The entry of square (ix, iy), created empty when new. */
	private find(ix: number, iy: number): number {
		for (;;) {
			const keys = this.keys;
			let i = (Math.imul(ix, 0x9e3779b1) ^ Math.imul(iy, 0x85ebca77)) >>> 0;
			i = (i ^ (i >>> 15)) & this.mask;
			for (; ; i = (i + 1) & this.mask) {
				if (this.hints[i] === EMPTY) {
					if ((this.size + 1) * 2 > this.mask + 1) break;
					keys[2 * i] = ix;
					keys[2 * i + 1] = iy;
					this.size++;
					return i;
				}
				if (keys[2 * i] === ix && keys[2 * i + 1] === iy) return i;
			}
			this.grow();
		}
	}

	private grow(): void {
		const { keys, hints } = this;
		const n = (this.mask + 1) * 2;
		this.keys = new Int32Array(2 * n);
		this.hints = new Int32Array(n).fill(EMPTY);
		this.mask = n - 1;
		this.size = 0;
		for (let i = 0; i < hints.length; i++) if (hints[i] !== EMPTY) this.hints[this.find(keys[2 * i], keys[2 * i + 1])] = hints[i];
	}
}
