/**
 * A small seeded random source (sfc32, seeded through splitmix32) so the synthetic demo is the same for a
 * seed on every machine and in every browser. Not for anything that needs cryptographic randomness.
 */
export class Random {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(seed: number) {
		if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
		let s = seed >>> 0;
		const next = () => {
			s = (s + 0x9e3779b9) >>> 0;
			let z = s;
			z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
			z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
			return (z ^ (z >>> 16)) >>> 0;
		};
		this.a = next();
		this.b = next();
		this.c = next();
		this.d = next();
		// Discard the first outputs, as sfc32's authors recommend, so nearby seeds diverge.
		for (let i = 0; i < 12; i++) this.next();
	}

	/** A uniform float in [0, 1). */
	next(): number {
		const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
		this.d = (this.d + 1) >>> 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) >>> 0;
		this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
		this.c = (this.c + t) >>> 0;
		return t / 4294967296;
	}

	/** A whole number in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	/** True with probability p. */
	chance(p: number): boolean {
		return this.next() < p;
	}
}

/** Draws indices in proportion to non-negative weights, in O(log n) per draw. */
export class WeightedChoice {
	private readonly cumulative: Float64Array;

	constructor(weights: ArrayLike<number>) {
		this.cumulative = new Float64Array(weights.length);
		let sum = 0;
		for (let i = 0; i < weights.length; i++) {
			const w = weights[i];
			if (!(w >= 0)) throw new RangeError(`weight ${i} must be a non-negative number, got ${w}`);
			sum += w;
			this.cumulative[i] = sum;
		}
		if (!(sum > 0)) throw new RangeError('at least one weight must be positive');
	}

	get size(): number {
		return this.cumulative.length;
	}

	pick(random: Random): number {
		const c = this.cumulative;
		const target = random.next() * c[c.length - 1];
		let lo = 0;
		let hi = c.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (c[mid] > target) hi = mid;
			else lo = mid + 1;
		}
		return lo;
	}
}

/** A Poisson draw by Knuth's product of uniforms, in pieces of mean 30 at most so exp(-mean) never underflows. */
export function poissonDraw(random: Random, mean: number): number {
	let total = 0;
	for (let left = mean; left > 0; left -= 30) {
		const limit = Math.exp(-Math.min(30, left));
		let p = random.next();
		while (p > limit) {
			total++;
			p *= random.next();
		}
	}
	return total;
}
