/**
 * A streaming CSV tokenizer fed string chunks with arbitrary boundaries. It finds field bounds with
 * indexOf over the buffered text and hands each record to a sink as a reusable view, so a consumer
 * slices only the fields it needs. RFC 4180 quoting, CRLF or LF, a leading BOM stripped. Malformed
 * input never throws: the record comes back with ok = false and scanning carries on.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** One record, valid only during the sink call: the scanner reuses it for the next record. */
export class CsvRecord {
	/** Buffered text the bounds point into. */
	text = '';
	/** Number of fields (a blank line has one empty field). */
	count = 0;
	/** 1-based physical line on which the record starts. */
	line = 0;
	/** False for an unterminated quote, a record cut short by the size guard, or junk after a closing quote. */
	ok = true;
	/** Why a record was cut by the size guard: a line, or a quoted field, longer than the limit; null otherwise. */
	problem: 'line_too_long' | 'field_too_long' | null = null;
	starts = new Int32Array(32);
	ends = new Int32Array(32);
	/** 1 where a quoted field holds escaped quotes ("") that field() must unescape. */
	escaped = new Uint8Array(32);

	/** The decoded value of field i ('' past the end). */
	field(i: number): string {
		if (i >= this.count) return '';
		const s = this.text.slice(this.starts[i], this.ends[i]);
		return this.escaped[i] === 1 ? s.replaceAll('""', '"') : s;
	}

	/** True when every field is empty or spaces, e.g. a blank line or ",,,". */
	isBlank(): boolean {
		for (let i = 0; i < this.count; i++) {
			for (let c = this.starts[i]; c < this.ends[i]; c++) if (this.text.charCodeAt(c) !== 32) return false;
		}
		return true;
	}
}

export type CsvSink = (record: CsvRecord) => void;

export interface CsvScannerOptions {
	/** A record longer than this is rejected whole (line_too_long or field_too_long) and skipped by the quote grammar, so one huge record never sits in memory. */
	maxRecordChars?: number;
	/** Field separator: ',' (default), '\t' or ';' (see detectDelimiter). */
	delimiter?: string;
}

/** Longest record police.uk or a force extract plausibly holds, with a wide margin. */
export const DEFAULT_MAX_RECORD_CHARS = 1 << 20;

const INCOMPLETE = -1;

/** Where a skipped record's text stands: at a field's start, in an unquoted field, in a quoted one, or just after a quote inside one. */
const AT_FIELD = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3;

export class CsvScanner {
	private buf = '';
	private pos = 0;
	private line = 1;
	private started = false;
	/** Skipping the rest of a record over the limit (already reported), in this state; -1 when not skipping. */
	private skip = -1;
	/** Physical lines the record just tokenized spans, applied once it is emitted. */
	private pendingLines = 0;
	private readonly rec = new CsvRecord();
	private readonly sink: CsvSink;
	private readonly maxRecordChars: number;
	private readonly delimiter: string;
	private readonly delimiterCode: number;
	/**
	 * Where the next delimiter at or after the last search lies (-1: none in the buffer). Kept between fields
	 * and records, so a line with no delimiter never sends a search to the end of the buffer again and again:
	 * each character of a buffer is searched once (linear time, not records x buffer).
	 */
	private nextDelimiter = -2;

	constructor(sink: CsvSink, options: CsvScannerOptions = {}) {
		this.sink = sink;
		this.maxRecordChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
		this.delimiter = options.delimiter ?? ',';
		this.delimiterCode = this.delimiter.charCodeAt(0);
	}

	/** Feeds the next chunk of text; complete records reach the sink before it returns. */
	push(chunk: string): void {
		if (chunk.length === 0) return;
		if (!this.started) {
			this.started = true;
			if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
		}
		if (this.skip >= 0) {
			const next = this.skipRecord(chunk, 0);
			if (next === INCOMPLETE) return;
			chunk = chunk.slice(next);
		}
		this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + chunk : chunk;
		this.pos = 0;
		this.nextDelimiter = -2;
		this.scan(false);
	}

	/** The 1-based line the next record starts on when the text so far ends between records; null inside one (a quoted field open, a line held back). */
	recordBoundary(): number | null {
		return this.skip < 0 && this.pos >= this.buf.length ? this.line : null;
	}

	/** Signals end of input: a final record without a newline is emitted; an unterminated one is malformed. */
	end(): void {
		this.nextDelimiter = -2;
		if (this.skip < 0) this.scan(true);
		this.skip = -1;
		this.buf = '';
		this.pos = 0;
		this.line = 1;
		this.started = false;
	}

	private scan(final: boolean): void {
		const buf = this.buf;
		const len = buf.length;
		while (this.pos < len) {
			const next = this.record(buf, this.pos, final);
			// A record's length alone decides a cut, so the result never depends on chunk boundaries.
			if (next !== INCOMPLETE && next - this.pos <= this.maxRecordChars) {
				this.line += this.pendingLines;
				this.sink(this.rec);
				this.pos = next;
				continue;
			}
			if (next !== INCOMPLETE || len - this.pos > this.maxRecordChars) {
				// Over the limit: rejected whole, so lines inside a quoted cell are never read as rows.
				this.reject(this.overLimit(buf, this.pos));
				this.skip = AT_FIELD;
				const after = this.skipRecord(buf, this.pos);
				if (after === INCOMPLETE) {
					this.pos = len;
					return;
				}
				this.pos = after;
				this.nextDelimiter = -2;
				continue;
			}
			if (final) this.cutRecord(buf);
			else return;
		}
	}

	/** Emits one rejected record at the current line (its text is not kept). */
	private reject(problem: 'line_too_long' | 'field_too_long'): void {
		const rec = this.rec;
		rec.text = '';
		rec.count = 1;
		rec.starts[0] = 0;
		rec.ends[0] = 0;
		rec.escaped[0] = 0;
		rec.line = this.line;
		rec.ok = false;
		rec.problem = problem;
		this.sink(rec);
		rec.problem = null;
	}

	/** Why the record at `start` (longer than the limit) is too long: the character past the limit lies in a quoted cell, or not. */
	private overLimit(buf: string, start: number): 'line_too_long' | 'field_too_long' {
		let state = AT_FIELD;
		const limit = start + this.maxRecordChars;
		for (let i = start; i < limit; i++) state = this.step(state, buf.charCodeAt(i));
		const c = buf.charCodeAt(limit);
		const quoted = state === QUOTED || (state === QUOTE_SEEN && c === QUOTE) || (state === AT_FIELD && c === QUOTE);
		return quoted ? 'field_too_long' : 'line_too_long';
	}

	/** The state after one character of a record (a line feed that ends it is handled by the caller). */
	private step(state: number, c: number): number {
		if (state === QUOTED) return c === QUOTE ? QUOTE_SEEN : QUOTED;
		if (state === QUOTE_SEEN) return c === QUOTE ? QUOTED : c === this.delimiterCode ? AT_FIELD : UNQUOTED;
		if (c === this.delimiterCode) return AT_FIELD;
		return state === AT_FIELD && c === QUOTE ? QUOTED : UNQUOTED;
	}

	/**
	 * Consumes the rest of a skipped record from `from`, by the grammar record() reads (quotes open a cell only at
	 * its start; a line feed in a quoted cell is inside it), counting its lines; returns where the next record
	 * starts, or INCOMPLETE when the text ends first (the state carries to the next chunk).
	 */
	private skipRecord(text: string, from: number): number {
		let state = this.skip;
		const len = text.length;
		// Next line feed and delimiter at or after where they were last searched from, so each is searched once (linear time).
		let lf = -2;
		let delim = -2;
		let i = from;
		while (i < len) {
			if (lf !== -1 && lf < i) lf = text.indexOf('\n', i);
			if (state === QUOTED) {
				const q = text.indexOf('"', i);
				const stop = q === -1 ? len : q;
				for (; lf !== -1 && lf < stop; lf = text.indexOf('\n', lf + 1)) this.line++;
				if (q === -1) break;
				state = QUOTE_SEEN;
				i = q + 1;
				continue;
			}
			if (state === UNQUOTED) {
				if (delim !== -1 && delim < i) delim = text.indexOf(this.delimiter, i);
				const stop = delim !== -1 && (lf === -1 || delim < lf) ? delim : lf;
				if (stop === -1) break;
				i = stop;
			}
			const c = text.charCodeAt(i);
			if (c === LF) {
				this.line++;
				this.skip = -1;
				return i + 1;
			}
			state = this.step(state, c);
			i++;
		}
		this.skip = state;
		return INCOMPLETE;
	}

	/** At the end of input, an unterminated record within the limit: malformed, covering only its first physical line, and scanning resumes after it. */
	private cutRecord(buf: string): void {
		const rec = this.rec;
		// Scanning resumes before where the cut record's search reached: search again from there.
		this.nextDelimiter = -2;
		const nl = buf.indexOf('\n', this.pos);
		rec.text = buf;
		rec.count = 1;
		rec.starts[0] = this.pos;
		rec.ends[0] = nl === -1 ? buf.length : nl;
		rec.escaped[0] = 0;
		rec.line = this.line;
		rec.ok = false;
		this.sink(rec);
		if (nl !== -1) {
			this.pos = nl + 1;
			this.line++;
		} else {
			this.pos = buf.length;
		}
	}

	private grow(): void {
		const rec = this.rec;
		const n = rec.starts.length * 2;
		const s = new Int32Array(n);
		s.set(rec.starts);
		const e = new Int32Array(n);
		e.set(rec.ends);
		const q = new Uint8Array(n);
		q.set(rec.escaped);
		rec.starts = s;
		rec.ends = e;
		rec.escaped = q;
	}

	/** Tokenizes one record starting at `start`; returns where the next begins, or INCOMPLETE. */
	private record(buf: string, start: number, final: boolean): number {
		const rec = this.rec;
		const len = buf.length;
		let lines = 0;
		let nf = 0;
		let ok = true;
		let i = start;
		// The line end is found once per record and again only after a quoted field crosses it.
		let lf = buf.indexOf('\n', i);
		for (;;) {
			if (nf === rec.starts.length) this.grow();
			if (i < len && buf.charCodeAt(i) === QUOTE) {
				let j = i + 1;
				let escaped = 0;
				let q: number;
				for (;;) {
					q = buf.indexOf('"', j);
					if (q === -1) return INCOMPLETE;
					if (q + 1 < len && buf.charCodeAt(q + 1) === QUOTE) {
						escaped = 1;
						j = q + 2;
						continue;
					}
					// The quote may close the field or start an escaped one: the field is still open.
					if (q + 1 >= len && !final) return INCOMPLETE;
					break;
				}
				for (let n = buf.indexOf('\n', i + 1); n !== -1 && n < q; n = buf.indexOf('\n', n + 1)) lines++;
				rec.starts[nf] = i + 1;
				rec.ends[nf] = q;
				rec.escaped[nf] = escaped;
				nf++;
				i = q + 1;
				if (i >= len) return this.done(nf, ok, lines, len);
				const c = buf.charCodeAt(i);
				if (c === this.delimiterCode) {
					i++;
					continue;
				}
				if (c === LF) return this.done(nf, ok, lines + 1, i + 1);
				if (c === CR && i + 1 < len && buf.charCodeAt(i + 1) === LF) return this.done(nf, ok, lines + 1, i + 2);
				if (c === CR && i + 1 >= len) {
					if (!final) return INCOMPLETE;
					return this.done(nf, ok, lines + 1, len);
				}
				// Junk after a closing quote: the row is malformed; read on to the field's end.
				ok = false;
				nf--;
			}
			if (lf !== -1 && lf < i) lf = buf.indexOf('\n', i);
			if (lf === -1 && !final) return INCOMPLETE;
			if (this.nextDelimiter !== -1 && this.nextDelimiter < i) this.nextDelimiter = buf.indexOf(this.delimiter, i);
			const comma = this.nextDelimiter;
			rec.escaped[nf] = 0;
			if (comma !== -1 && (lf === -1 || comma < lf)) {
				rec.starts[nf] = i;
				rec.ends[nf] = comma;
				nf++;
				i = comma + 1;
				continue;
			}
			const end = lf === -1 ? len : lf;
			rec.starts[nf] = i;
			rec.ends[nf] = end > i && buf.charCodeAt(end - 1) === CR ? end - 1 : end;
			nf++;
			return this.done(nf, ok, lines + 1, lf === -1 ? len : lf + 1);
		}
	}

	private done(count: number, ok: boolean, lines: number, next: number): number {
		const rec = this.rec;
		rec.text = this.buf;
		rec.count = count;
		rec.ok = ok;
		rec.line = this.line;
		this.pendingLines = lines;
		return next;
	}
}
