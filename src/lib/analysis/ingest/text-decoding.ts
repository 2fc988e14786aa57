/**
 * Bytes to text for one file: UTF-8 (BOM or not) or Windows-1252, chosen or detected. Detection
 * starts as strict UTF-8 and switches to Windows-1252 at the first invalid sequence: the bytes
 * before it were ASCII or valid UTF-8, which Windows-1252 files almost never contain, so text
 * already handed on stays right. Windows-1252 is decoded here, not by TextDecoder('windows-1252'):
 * Node 20 decodes that label as Latin-1 on some paths (0x96 comes back as U+0096, not an en dash).
 */

/** Windows-1252 code points for bytes 0x80-0x9F; the five undefined bytes keep their C1 value as WHATWG says. */
const CP1252_HIGH = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
	0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

/** A single-byte code page needs no state across chunks. */
export function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 8192) {
		const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b));
		out += String.fromCharCode(...codes);
	}
	return out;
}

export type EncodingChoice = 'auto' | 'utf-8' | 'windows-1252';
/** What a file was read as: a choice, or UTF-16 found by its byte-order mark (Excel's "Unicode Text"). */
export type Encoding = Exclude<EncodingChoice, 'auto'> | 'utf-16le' | 'utf-16be';

export interface ChunkDecoder {
	/** Text for the next chunk; call once more with final = true (an empty chunk is fine) at the end. */
	decode(chunk: Uint8Array, final?: boolean): string;
	/** The encoding in use now (after detection). */
	readonly encoding: Encoding;
}

/** Bytes at the end of a chunk that start a UTF-8 sequence the chunk does not finish. */
function incompleteTail(chunk: Uint8Array): number {
	for (let back = 1; back <= Math.min(3, chunk.length); back++) {
		const b = chunk[chunk.length - back];
		if ((b & 0xc0) === 0x80) continue;
		const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
		return need > back ? back : 0;
	}
	return 0;
}

/**
 * UTF-8 a chunk at a time without TextDecoder's stream mode: the bytes of a character a chunk leaves unfinished are
 * held for the next. Node decodes one-shot calls about three times faster than streamed ones (and only on a decoder
 * never used to stream); the text joined is the same, and a byte-order mark is dropped only at the start, as streaming does.
 */
class Utf8Chunks {
	private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
	private held = new Uint8Array(0);
	private started = false;

	/** The chunk with the bytes held from the last one in front. */
	withHeld(chunk: Uint8Array): Uint8Array {
		if (this.held.length === 0) return chunk;
		const joined = new Uint8Array(this.held.length + chunk.length);
		joined.set(this.held);
		joined.set(chunk, this.held.length);
		return joined;
	}

	decode(chunk: Uint8Array, final: boolean): string {
		const bytes = this.withHeld(chunk);
		const keep = final ? 0 : incompleteTail(bytes);
		let text = this.decoder.decode(keep > 0 ? bytes.subarray(0, bytes.length - keep) : bytes);
		this.held = keep > 0 ? bytes.slice(bytes.length - keep) : new Uint8Array(0);
		if (!this.started && text.length > 0) {
			this.started = true;
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
		}
		return text;
	}
}

export function createChunkDecoder(choice: EncodingChoice = 'auto'): ChunkDecoder {
	if (choice === 'windows-1252') return { encoding: choice, decode: (chunk) => decodeWindows1252(chunk) };
	if (choice === 'utf-8') {
		const d = new Utf8Chunks();
		return { encoding: choice, decode: (chunk, final = false) => d.decode(chunk, final) };
	}
	// Chrome's fatal decoder runs at less than half the speed of the lenient one, so text is decoded leniently
	// and checked strictly only when it holds U+FFFD (a genuine one, or the mark of an invalid sequence).
	const lenient = new Utf8Chunks();
	let fallback = false;
	const validUtf8 = (bytes: Uint8Array, final: boolean) => {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !final });
			return true;
		} catch {
			return false;
		}
	};
	// UTF-16 shows itself by its byte-order mark in the first two bytes; then the whole file is UTF-16.
	let utf16: { encoding: 'utf-16le' | 'utf-16be'; decoder: TextDecoder } | null = null;
	let first = true;
	return {
		get encoding(): Encoding {
			return utf16?.encoding ?? (fallback ? 'windows-1252' : 'utf-8');
		},
		decode(chunk, final = false) {
			if (first && chunk.length >= 2) {
				first = false;
				const le = chunk[0] === 0xff && chunk[1] === 0xfe;
				const be = chunk[0] === 0xfe && chunk[1] === 0xff;
				if (le || be) utf16 = { encoding: le ? 'utf-16le' : 'utf-16be', decoder: new TextDecoder(le ? 'utf-16le' : 'utf-16be') };
			}
			if (utf16) return utf16.decoder.decode(chunk, { stream: !final });
			if (fallback) return decodeWindows1252(chunk);
			const joined = lenient.withHeld(chunk);
			const text = lenient.decode(chunk, final);
			if (text.includes('\uFFFD') && !validUtf8(joined, final)) {
				// The previous chunk's unfinished bytes were held back: decode them again with this chunk.
				fallback = true;
				return decodeWindows1252(joined);
			}
			return text;
		}
	};
}
