/**
 * Per-resolution dictionaries of H3 ids: each id is held once and rows store its Uint32 index.
 */
/** An append-only string -> index dictionary. */
export class StringDictionary {
	readonly values: string[] = [];
	private readonly index = new Map<string, number>();

	/** The index of a value, adding it when new. */
	intern(value: string): number {
		let i = this.index.get(value);
		if (i === undefined) {
			i = this.values.length;
			this.values.push(value);
			this.index.set(value, i);
		}
		return i;
	}

	get size(): number {
		return this.values.length;
	}
}
