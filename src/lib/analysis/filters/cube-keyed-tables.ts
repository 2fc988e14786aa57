/**
 * The per-call tables of the keyed pass (cube-keyed.ts): each filter compiled to fail bits per index key
 * (tuple, district-month, place), so the pass decides a filter once per key instead of once per row.
 */
import type { CompiledFilter } from './filter-state';
import type { CubeOptions } from './cube';
import type { CubeFrame } from './cube-frame';
import { NO_SLOT, type CubeIndex } from './cube-index';

/**
 * Fail bits: the filters a panel ignores for itself (group, age, date, time of day), then every other filter,
 * highest. Past X, district-month keys only: with D, P says every row of the key is in the previous period; M
 * says the date range splits the key, so its rows are tested one by one.
 */
export const BITS = { G: 1, A: 2, D: 4, H: 8, X: 16, P: 32, M: 64 } as const;
// Module constants, not imported bindings: some loaders turn each read of an import into a getter call.
const { G, A, D, H, X, P, M } = BITS;

export interface Tables {
	tupleBits: Uint8Array;
	districtMonthBits: Uint8Array;
	/** True when every district-month key holding rows passes: nothing to test per row but the hexagon filter. */
	districtMonthOpen: boolean;
	/** Only while the hexagon-decile filter is on. */
	placeBits: Uint8Array | null;
	/**
	 * Set when the only filter that leaves out rows present is the offence filter (no filter, the default
	 * serious-violence view): the tuples' fail bits, which then decide the whole answer.
	 */
	cacheKey: string | null;
}

function tupleTable(index: CubeIndex, filter: CompiledFilter, excludeFlag: number): { bits: Uint8Array; key: Uint8Array; offenceOnly: boolean } {
	const { groups: gSet, ageBands: aSet, hourOfWeek: how, requiredFlags } = filter;
	const bits = new Uint8Array(index.tupleFlags.length);
	const key = new Uint8Array(bits.length);
	let offenceOnly = true;
	for (let t = 0; t < bits.length; t++) {
		const f = index.tupleFlags[t];
		const s = index.tupleSlot[t];
		const excluded = (f & excludeFlag) !== 0;
		const b =
			(excluded || (f & requiredFlags) !== requiredFlags ? X : 0) |
			(gSet !== undefined && gSet[index.tupleGroup[t]] === 0 ? G : 0) |
			(aSet !== undefined && aSet[index.tupleAge[t]] === 0 ? A : 0) |
			(how !== undefined && (s === NO_SLOT || s >= how.length || how[s] === 0) ? H : 0);
		// A row failing two filters counts in no panel, so it fails as hard as any other filter.
		bits[t] = b < X && (b & (b - 1)) !== 0 ? X : b;
		// An excluded row counts nowhere whatever else it fails.
		key[t] = 65 + (excluded ? X : bits[t]);
		if (!excluded && (bits[t] & (X | A | H)) !== 0) offenceOnly = false;
	}
	return { bits, key, offenceOnly };
}

/** A district-month key's date bits: 0 when all its rows are inside the range, D (and P) when all are outside, else M. */
function dateBitsOfKey(index: CubeIndex, key: number, m: number, filter: CompiledFilter, frame: CubeFrame): number {
	const { fromMs, toMs, fromMonthIndex, toMonthIndex } = filter;
	const { prevFromMs, prevFromMonth, prevToMonth } = frame;
	const first = index.districtMonthFirst[key];
	const last = index.districtMonthLast[key];
	const timed = first <= last;
	const untimed = index.districtMonthUntimed[key] === 1;
	const monthIn = m >= fromMonthIndex && m <= toMonthIndex;
	const monthPrevious = m >= prevFromMonth && m <= prevToMonth;
	if ((!timed || (first >= fromMs && last < toMs)) && (!untimed || monthIn)) return 0;
	if (!((!timed || last < fromMs || first >= toMs) && (!untimed || !monthIn))) return M;
	if ((!timed || (first >= prevFromMs && last < fromMs)) && (!untimed || monthPrevious)) return D | P;
	if ((!timed || last < prevFromMs || first >= fromMs) && (!untimed || !monthPrevious)) return D;
	return M;
}

export function tablesOf(index: CubeIndex, placeCell: Uint32Array, filter: CompiledFilter, options: CubeOptions, frame: CubeFrame): Tables {
	const { districts: dSet, months, hexDeciles } = filter;
	const { districtCount, cellDeciles } = options;
	const tuples = tupleTable(index, filter, options.excludeFlag);
	const { span, monthMin } = frame;
	const districtMonthBits = new Uint8Array((districtCount + 1) * span);
	let districtMonthOpen = true;
	for (let d = 0; d <= districtCount; d++) {
		// The last slot is "no district" (the index refuses columns with other districts past the list).
		const districtFails = dSet !== undefined && (d === districtCount || dSet[d] === 0);
		for (let k = 0; k < span; k++) {
			const key = d * span + k;
			const m = monthMin + k;
			const fails = districtFails || (months !== undefined && months[(m % 12) + 1] !== 1);
			districtMonthBits[key] = fails ? X : frame.dateFiltered ? dateBitsOfKey(index, key, m, filter, frame) : 0;
			if (districtMonthBits[key] !== 0 && index.districtMonthRows[key] > 0) districtMonthOpen = false;
		}
	}
	let placeBits: Uint8Array | null = null;
	if (hexDeciles !== undefined) {
		placeBits = new Uint8Array(placeCell.length);
		// Area-only rows sit on no hexagon, so like rows in cells of unknown decile they never match a hexagon's decile.
		for (let p = 0; p < placeBits.length; p++) {
			placeBits[p] = index.placeAreaOnly[p] === 1 || cellDeciles === undefined || hexDeciles[cellDeciles[placeCell[p]]] !== 1 ? X : 0;
		}
	}
	const cacheable = tuples.offenceOnly && districtMonthOpen && !frame.dateFiltered && placeBits === null;
	return { tupleBits: tuples.bits, districtMonthBits, districtMonthOpen, placeBits, cacheKey: cacheable ? new TextDecoder().decode(tuples.key) : null };
}
