/**
 * Little-endian integer streams for the built-in samples: the writer grows as it goes, the reader
 * walks the same sequence back. Explicit byte order, so a file reads alike on every platform.
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
		if (at + n > this.bytes.length) throw new Error(`sample truncated: wanted ${n} bytes at ${at} of ${this.bytes.length}`);
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

	raw(n: number): Uint8Array {
		const at = this.need(n);
		return this.bytes.subarray(at, at + n);
	}

	get done(): boolean {
		return this.offset === this.bytes.length;
	}
}
