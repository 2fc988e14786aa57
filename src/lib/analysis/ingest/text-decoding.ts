/**
 * Bytes to text for one file: UTF-8 (BOM or not) or Windows-1252, chosen or detected. Detection
 * starts as strict UTF-8 and switches to Windows-1252 at the first invalid sequence: the bytes
 * before it were ASCII or valid UTF-8, which Windows-1252 files almost never contain, so text
 * already handed on stays right. TextDecoder('windows-1252') exists in Node 20 and every browser.
 */

export type EncodingChoice = 'auto' | 'utf-8' | 'windows-1252';
export type Encoding = Exclude<EncodingChoice, 'auto'>;

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

export function createChunkDecoder(choice: EncodingChoice = 'auto'): ChunkDecoder {
	if (choice !== 'auto') {
		const d = new TextDecoder(choice);
		return { encoding: choice, decode: (chunk, final = false) => d.decode(chunk, { stream: !final }) };
	}
	let strict: TextDecoder | null = new TextDecoder('utf-8', { fatal: true });
	let fallback: TextDecoder | null = null;
	let tail = new Uint8Array(0);
	return {
		get encoding(): Encoding {
			return fallback ? 'windows-1252' : 'utf-8';
		},
		decode(chunk, final = false) {
			if (fallback) return fallback.decode(chunk, { stream: !final });
			try {
				const text = (strict as TextDecoder).decode(chunk, { stream: !final });
				const t = incompleteTail(chunk);
				tail = t > 0 ? chunk.slice(chunk.length - t) : new Uint8Array(0);
				return text;
			} catch {
				// The strict decoder held the previous chunk's unfinished bytes: decode them again with this chunk.
				strict = null;
				fallback = new TextDecoder('windows-1252');
				const joined = new Uint8Array(tail.length + chunk.length);
				joined.set(tail);
				joined.set(chunk, tail.length);
				return fallback.decode(joined, { stream: !final });
			}
		}
	};
}
