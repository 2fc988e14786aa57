/**
 * An open-addressing hash table from a (lng, lat) float pair to a slot number, so the per-row
 * coordinate memo allocates nothing: no key string, no boxed number.
 */

const EMPTY = -1;

export class CoordinateTable {
	private keys: Float64Array;
	private values: Int32Array;
	private mask: number;
	size = 0;
	private readonly f64 = new Float64Array(2);
	private readonly u32 = new Uint32Array(this.f64.buffer);

	constructor(capacity = 1 << 16) {
		const n = 1 << Math.ceil(Math.log2(Math.max(16, capacity)));
		this.keys = new Float64Array(2 * n);
		this.values = new Int32Array(n).fill(EMPTY);
		this.mask = n - 1;
	}

	private hash(lng: number, lat: number): number {
		this.f64[0] = lng;
		this.f64[1] = lat;
		const u = this.u32;
		let h = Math.imul(u[0] ^ u[1], 0x9e3779b1) ^ Math.imul(u[2] ^ u[3], 0x85ebca77);
		h ^= h >>> 15;
		return Math.imul(h, 0x2c1b3c6d) >>> 0;
	}

	/** The value stored for the pair, or -1. NaN never matches, so callers reject it before asking. */
	get(lng: number, lat: number): number {
		const keys = this.keys;
		for (let i = this.hash(lng, lat) & this.mask; ; i = (i + 1) & this.mask) {
			const v = this.values[i];
			if (v === EMPTY) return EMPTY;
			if (keys[2 * i] === lng && keys[2 * i + 1] === lat) return v;
		}
	}

	set(lng: number, lat: number, value: number): void {
		if ((this.size + 1) * 2 > this.values.length) this.grow();
		const keys = this.keys;
		for (let i = this.hash(lng, lat) & this.mask; ; i = (i + 1) & this.mask) {
			if (this.values[i] === EMPTY) {
				keys[2 * i] = lng;
				keys[2 * i + 1] = lat;
				this.values[i] = value;
				this.size++;
				return;
			}
			if (keys[2 * i] === lng && keys[2 * i + 1] === lat) {
				this.values[i] = value;
				return;
			}
		}
	}

	private grow(): void {
		const { keys, values } = this;
		const n = values.length * 2;
		this.keys = new Float64Array(2 * n);
		this.values = new Int32Array(n).fill(EMPTY);
		this.mask = n - 1;
		this.size = 0;
		for (let i = 0; i < values.length; i++) if (values[i] !== EMPTY) this.set(keys[2 * i], keys[2 * i + 1], values[i]);
	}
}
