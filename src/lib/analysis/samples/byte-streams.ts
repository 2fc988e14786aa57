/**
 * Little-endian integer streams for the built-in binary artifacts (the police.uk sample, the LSOA
 * assignment boundaries): the writer grows as it goes, the reader walks the same sequence back.
 * Explicit byte order, so a file reads alike on every platform.
 */

export class ByteWriter {
	private bytes = new Uint8Array(1 << 16);
	private view = new DataView(this.bytes.buffer);
	length = 0;

	private reserve(n: number): void {
		if (this.length + n <= this.bytes.length) return;
		const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
		next.set(this.bytes);
		this.bytes = next;
		this.view = new DataView(next.buffer);
	}

	u8(v: number): void {
		this.reserve(1);
		this.view.setUint8(this.length, v);
		this.length += 1;
	}

	u16(v: number): void {
		this.reserve(2);
		this.view.setUint16(this.length, v, true);
		this.length += 2;
	}

	u32(v: number): void {
		this.reserve(4);
		this.view.setUint32(this.length, v, true);
		this.length += 4;
	}

	i32(v: number): void {
		this.reserve(4);
		this.view.setInt32(this.length, v, true);
		this.length += 4;
	}

	/** A signed integer as a zigzag LEB128 varint: small deltas take one or two bytes. */
	zigzag(v: number): void {
		if (!Number.isSafeInteger(v) || Math.abs(v) > 2 ** 50) throw new RangeError(`zigzag value out of range: ${v}`);
		let u = v < 0 ? -2 * v - 1 : 2 * v;
		while (u >= 0x80) {
			this.u8((u & 0x7f) | 0x80);
			u = Math.floor(u / 0x80);
		}
		this.u8(u);
	}

	raw(data: Uint8Array): void {
		this.reserve(data.length);
		this.bytes.set(data, this.length);
		this.length += data.length;
	}

	finish(): Uint8Array {
		return this.bytes.slice(0, this.length);
	}
}

export class ByteReader {
	private readonly view: DataView;
	offset = 0;

	constructor(private readonly bytes: Uint8Array) {
		this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	}

	private need(n: number): number {
		const at = this.offset;
		if (at + n > this.bytes.length) throw new Error(`file truncated: wanted ${n} bytes at ${at} of ${this.bytes.length}`);
		this.offset += n;
		return at;
	}

	u8(): number {
		return this.view.getUint8(this.need(1));
	}

	u16(): number {
		return this.view.getUint16(this.need(2), true);
	}

	u32(): number {
		return this.view.getUint32(this.need(4), true);
	}

	i32(): number {
		return this.view.getInt32(this.need(4), true);
	}

	/** The inverse of ByteWriter.zigzag. */
	zigzag(): number {
		let u = 0;
		let scale = 1;
		for (;;) {
			const b = this.u8();
			u += (b & 0x7f) * scale;
			if (b < 0x80) break;
			scale *= 0x80;
			if (scale > 2 ** 49) throw new Error(`bad varint at ${this.offset}`);
		}
		return u % 2 === 1 ? -(u + 1) / 2 : u / 2;
	}

	raw(n: number): Uint8Array {
		const at = this.need(n);
		return this.bytes.subarray(at, at + n);
	}

	get done(): boolean {
		return this.offset === this.bytes.length;
	}
}
