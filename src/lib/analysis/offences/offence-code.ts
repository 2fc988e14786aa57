/**
 * Home Office offence codes as partner extracts carry them ("8N", "5A", "4.1", "008/01"): normalised so
 * "8n " and "8N" are one code, and kept per dataset in a dictionary so code-level weights can be applied.
 */

/** The most distinct codes one dataset keeps (the column is a Uint16, 0 meaning none). */
export const MAX_OFFENCE_CODES = 0xfffe;

/** Upper case, no surrounding or inner spaces; '' for an empty cell. */
export function normaliseOffenceCode(text: string): string {
	return text.trim().toUpperCase().replace(/\s+/g, '');
}

/** Assigns each distinct code a number (1-based; 0 = none), in the order first seen. */
export class OffenceCodeDictionary {
	private readonly index = new Map<string, number>();
	readonly codes: string[] = [];
	/** Rows whose code was not kept because the dictionary was full. */
	overflow = 0;

	/** The column value for a cell's text. */
	codeOf(text: string): number {
		const code = normaliseOffenceCode(text);
		if (code === '') return 0;
		let i = this.index.get(code);
		if (i === undefined) {
			if (this.codes.length >= MAX_OFFENCE_CODES) {
				this.overflow++;
				return 0;
			}
			this.codes.push(code);
			this.index.set(code, (i = this.codes.length));
		}
		return i;
	}
}
