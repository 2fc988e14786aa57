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
	/** A record longer than this is cut at its first line and reported malformed, so a stray quote cannot swallow a file. */
	maxRecordChars?: number;
	/** Field separator: ',' (default), '\t' or ';' (see detectDelimiter). */
	delimiter?: string;
}

/** Longest record police.uk or a force extract plausibly holds, with a wide margin. */
export const DEFAULT_MAX_RECORD_CHARS = 1 << 20;

const INCOMPLETE = -1;

export class CsvScanner {
	private buf = '';
	private pos = 0;
	private line = 1;
	private started = false;
	/** Discarding the rest of an over-long physical line after a record was cut. */
	private discarding = false;
	/** Physical lines the record just tokenized spans, applied once it is emitted. */
	private pendingLines = 0;
	/** Where the quoted field that left the last record incomplete opens, or -1. */
	private openQuote = -1;
	/** For a record left incomplete after its quoted cells closed: where scanning stopped and the line breaks before it. */
	private stopAt = 0;
	private stopLines = 0;
	/** Skipping the rest of an over-long quoted field (its newlines are inside the cell, not row ends). */
	private skipQuote = false;
	/** A quote ended the last chunk while skipping: escaped ("") or closing is known from the next. */
	private quotePending = false;
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
		if (this.skipQuote) {
			chunk = this.skipQuoted(chunk);
			if (this.skipQuote) return;
			this.discarding = true;
		}
		if (this.discarding) {
			const nl = chunk.indexOf('\n');
			if (nl === -1) return;
			this.discarding = false;
			this.line++;
			chunk = chunk.slice(nl + 1);
		}
		this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + chunk : chunk;
		this.pos = 0;
		this.nextDelimiter = -2;
		this.scan(false);
	}

	/** Signals end of input: a final record without a newline is emitted; an unterminated one is malformed. */
	end(): void {
		this.nextDelimiter = -2;
		if (!this.discarding && !this.skipQuote) this.scan(true);
		this.skipQuote = false;
		this.quotePending = false;
		this.buf = '';
		this.pos = 0;
		this.line = 1;
		this.started = false;
		this.discarding = false;
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
			if (next !== INCOMPLETE) {
				// Complete but too long: rejected whole, so lines inside a quoted cell are never read as rows.
				this.reject(this.pendingLines > 1 ? 'field_too_long' : 'line_too_long');
				this.line += this.pendingLines;
				this.pos = next;
				continue;
			}
			if (this.openQuote >= 0 && len - this.pos > this.maxRecordChars) {
				this.cutQuoted(buf);
				// Scanning goes on in the text after the cut field's line (a new buffer), if this chunk holds it.
				if (this.skipQuote || this.discarding) return;
				return this.scan(final);
			}
			if (!final && this.stopLines > 0 && len - this.pos > this.maxRecordChars) {
				// Its quoted cells held line breaks: reject it whole and go on after the line it ends on.
				this.reject('field_too_long');
				this.line += this.stopLines;
				const nl = buf.indexOf('\n', this.stopAt);
				if (nl === -1) {
					this.discarding = true;
					this.pos = len;
					return;
				}
				this.line++;
				this.pos = nl + 1;
				continue;
			}
			if (final || len - this.pos > this.maxRecordChars) this.cutRecord(buf, final, len - this.pos > this.maxRecordChars);
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

	/** A quoted field longer than the limit: one rejected record, then the rest of the cell and of its line skipped. */
	private cutQuoted(buf: string): void {
		this.reject('field_too_long');
		// Earlier quoted cells of the same record may hold line breaks too.
		for (let n = buf.indexOf('\n', this.pos); n !== -1 && n < this.openQuote; n = buf.indexOf('\n', n + 1)) this.line++;
		this.skipQuote = true;
		const rest = this.skipQuoted(buf.slice(this.openQuote + 1));
		this.openQuote = -1;
		if (this.skipQuote) {
			this.pos = buf.length;
			return;
		}
		const nl = rest.indexOf('\n');
		if (nl === -1) {
			this.discarding = true;
			this.pos = buf.length;
			return;
		}
		this.line++;
		this.buf = rest.slice(nl + 1);
		this.pos = 0;
		this.nextDelimiter = -2;
	}

	/** Consumes text inside a quoted field up to its closing quote, counting its newlines; returns what follows. */
	private skipQuoted(text: string): string {
		let j = 0;
		if (this.quotePending) {
			this.quotePending = false;
			if (text.charCodeAt(0) !== QUOTE) {
				this.skipQuote = false;
				return text;
			}
			j = 1;
		}
		for (;;) {
			const q = text.indexOf('"', j);
			const stop = q === -1 ? text.length : q;
			for (let n = text.indexOf('\n', j); n !== -1 && n < stop; n = text.indexOf('\n', n + 1)) this.line++;
			if (q === -1) return '';
			if (q + 1 >= text.length) {
				this.quotePending = true;
				return '';
			}
			if (text.charCodeAt(q + 1) === QUOTE) {
				j = q + 2;
				continue;
			}
			this.skipQuote = false;
			return text.slice(q + 1);
		}
	}

	/** Emits the record at pos as malformed, covering only its first physical line, and resumes after it. */
	private cutRecord(buf: string, final: boolean, tooLong: boolean): void {
		const rec = this.rec;
		rec.problem = tooLong ? 'line_too_long' : null;
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
		rec.problem = null;
		if (nl !== -1) {
			this.pos = nl + 1;
			this.line++;
		} else {
			this.pos = buf.length;
			this.discarding = !final;
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
		this.openQuote = -1;
		this.stopLines = 0;
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
					if (q === -1) {
						this.openQuote = i;
						return INCOMPLETE;
					}
					if (q + 1 < len && buf.charCodeAt(q + 1) === QUOTE) {
						escaped = 1;
						j = q + 2;
						continue;
					}
					if (q + 1 >= len && !final) {
						// The quote may close the field or start an escaped one: the field is still open.
						this.openQuote = i;
						return INCOMPLETE;
					}
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
					if (!final) return this.incomplete(i, lines);
					return this.done(nf, ok, lines + 1, len);
				}
				// Junk after a closing quote: the row is malformed; read on to the field's end.
				ok = false;
				nf--;
			}
			if (lf !== -1 && lf < i) lf = buf.indexOf('\n', i);
			if (lf === -1 && !final) return this.incomplete(i, lines);
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

	/** The record goes past the buffer after its quoted cells closed: where scanning stopped, and the line breaks inside them. */
	private incomplete(at: number, lines: number): number {
		this.stopAt = at;
		this.stopLines = lines;
		return INCOMPLETE;
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
