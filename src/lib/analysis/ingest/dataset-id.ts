/**
 * The id a new import is kept under. It is named after its rows (local-<fingerprint>), but a dataset keeps its id
 * as it grows, so a kept dataset may hold that name with other rows by now: a new import then takes the next free
 * local-<fingerprint>-2, -3..., and never overwrites it. The same rows imported again reuse their own id.
 */

/** What the list of kept datasets says about one, enough to tell it from the new import. */
export interface KeptIdentity {
	id: string;
	rows: number;
	sources: readonly string[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

export function newDatasetId(base: string, kept: readonly KeptIdentity[], own: Omit<KeptIdentity, 'id'>): string {
	const byId = new Map(kept.map((k) => [k.id, k]));
	for (let n = 1; ; n++) {
		const id = n === 1 ? base : `${base}-${n}`;
		const other = byId.get(id);
		if (!other || (other.rows === own.rows && sameList(other.sources, own.sources))) return id;
	}
}
