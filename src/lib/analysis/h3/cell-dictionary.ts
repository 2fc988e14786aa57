/**
 * Per-resolution dictionaries of H3 ids: each id is held once and rows store its Uint32 index.
 * Coarser resolutions are derived once per distinct finest cell, never per row.
 */
import { cellOfLngLat, parentOf } from './cells';

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

export interface CellHierarchyOptions {
	/** Finest resolution, computed per point. */
	fine: number;
	/** Coarser resolutions, derived with cellToParent. */
	coarse: readonly number[];
}

/**
 * Cells at a fine resolution plus their parents. `locate` returns the fine-cell index; `parentIndex`
 * maps it to each coarse dictionary.
 */
export class CellHierarchy {
	readonly fine: number;
	readonly coarse: readonly number[];
	readonly fineCells = new StringDictionary();
	readonly coarseCells: StringDictionary[];
	/** parents[k][i] = index in coarseCells[k] of fine cell i's ancestor. */
	private parents: Uint32Array[];

	constructor(options: CellHierarchyOptions) {
		this.fine = options.fine;
		this.coarse = [...options.coarse];
		this.coarseCells = this.coarse.map(() => new StringDictionary());
		this.parents = this.coarse.map(() => new Uint32Array(1024));
	}

	/** The fine-cell index of a point, interning the cell and its ancestors when new. */
	locate(lng: number, lat: number): number {
		const cell = cellOfLngLat(lng, lat, this.fine);
		const before = this.fineCells.size;
		const i = this.fineCells.intern(cell);
		if (i === before) this.addParents(cell, i);
		return i;
	}

	parentIndex(level: number, fineIndex: number): number {
		return this.parents[level][fineIndex];
	}

	private addParents(cell: string, i: number): void {
		for (let k = 0; k < this.coarse.length; k++) {
			if (i >= this.parents[k].length) {
				const grown = new Uint32Array(this.parents[k].length * 2);
				grown.set(this.parents[k]);
				this.parents[k] = grown;
			}
			this.parents[k][i] = this.coarseCells[k].intern(parentOf(cell, this.coarse[k]));
		}
	}
}
