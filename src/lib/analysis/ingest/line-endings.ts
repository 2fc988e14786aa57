/**
 * Every lone CR becomes LF, across chunk boundaries, so CR (old Excel "CSV (Macintosh)"), LF and CRLF all end a
 * line, mixed in one file or not. Without it a CR-only file reads as one line and yields no rows.
 */
export class LineEndings {
	/** A CR ended the last chunk: whether it is half of a CRLF is known only from the next one. */
	private heldCr = false;
	/** Lone CRs turned into line ends in this file. */
	loneCr = 0;

	push(text: string): string {
		if (this.heldCr) {
			this.heldCr = false;
			text = `\r${text}`;
		}
		if (text.indexOf('\r') === -1) return text;
		if (text.endsWith('\r')) {
			this.heldCr = true;
			text = text.slice(0, -1);
		}
		if (!hasLoneCr(text)) return text;
		return text.replace(/\r(?!\n)/g, () => {
			this.loneCr++;
			return '\n';
		});
	}

	/** True when a CR ended the text so far, so the next chunk decides what it was. */
	get holding(): boolean {
		return this.heldCr;
	}

	/** What is still held at the end of the file. */
	end(): string {
		if (!this.heldCr) return '';
		this.heldCr = false;
		this.loneCr++;
		return '\n';
	}
}

/** A CR not followed by LF; an indexOf walk is about ten times faster than the regular expression on CRLF text. */
function hasLoneCr(text: string): boolean {
	for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 2)) if (text.charCodeAt(i + 1) !== 10) return true;
	return false;
}
