/**
 * Per-dataset row keys for the keyed filter pass (cube-keyed.ts), built once when a session first filters.
 * Every filter but the date range and the hexagon one is a function of a row's (flags, group, age band,
 * hour-of-week slot) "tuple" or of its (district, month), and every marginal a sum over those keys and the
 * row's place. Rows are stored sorted by tuple (then place), so a filter is decided once per tuple for a whole
 * run of rows and the pass touches only rows that can count. Built for one set of columns and parameters; keysFor()
 * refuses any call they do not fit, which is then answered row by row: a stale index costs time, never an answer.
 * Memory: 16 bytes a row, 10 more once a date range or the daily series is asked for, 4 a place per resolution.
 */
import { UNKNOWN_U16, UNKNOWN_U8 } from '../ingest/columns';
import type { Cube, CubeOptions, FilterColumns } from './cube';
import { monthRangeOf } from './cube-frame';
import { londonDay } from './london-day';

export interface CubeIndexParams {
	/** As CubeOptions: what the keys bake in. */
	districtCount: number;
	excludeFlag: number;
	cellExcludeFlag: number;
	/** Distinct-coordinate index per row (session/locations.ts): a place is a coordinate, split by the area-only flag. */
	locations: { ids: Uint32Array; count: number };
}

/** What keysFor() hands the keyed pass for one call. */
export interface IndexKeys {
	index: CubeIndex;
	/** Cell index per place at the call's resolution (area-only places: 0, never read). */
	placeCell: Uint32Array;
}

/** Hour-of-week slot of a row whose hour or weekday is unknown. */
export const NO_SLOT = 255;
/** Day key of a row with no time, or one outside the months of the data. */
export const NO_DAY = 0xffff;
const UNSET = 0xffffffff;
// Module constants, not imported bindings: some loaders turn each read of an import into a getter call.
const NO_HOUR = UNKNOWN_U8;
const NO_DISTRICT = UNKNOWN_U16;
/** Cubes kept per resolution: enough for no filter, the default view and a few offence choices, each a few hundred KB. */
const CACHED_CUBES = 4;
const COLUMN_NAMES = ['time', 'hour', 'weekday', 'month', 'monthIndex', 'group', 'ageBand', 'flags', 'district', 'lsoa'] as const;

export class CubeIndex {
	readonly rows: number;
	readonly monthRange: [number, number];
	/** Months in monthRange: the district-month key is district slot * span + (month index - first month). */
	readonly span: number;
	/** Tuple id per row, in row order (for single-row tests). */
	readonly tuple: Uint16Array | Uint32Array;
	/** Rows sorted by tuple, then place: tuple t holds sorted positions tupleStart[t] to tupleStart[t + 1] - 1. */
	readonly tupleStart: Uint32Array;
	readonly tupleFlags: Uint8Array;
	readonly tupleGroup: Uint8Array;
	readonly tupleAge: Uint8Array;
	/** Weekday * 24 + hour, or NO_SLOT. */
	readonly tupleSlot: Uint8Array;
	/** Row of each sorted position, and the sorted position of each row. */
	readonly rowAt: Uint32Array;
	readonly positionOf: Uint32Array;
	/** By sorted position: the district slot * span + month key, and the place. */
	readonly districtMonth: Uint16Array | Uint32Array;
	readonly place: Uint32Array;
	/** Rows per district-month key, so a filter failing only absent keys still reads as no filter. */
	readonly districtMonthRows: Uint32Array;
	/** Earliest and latest time per district-month key (NaN-free rows) and whether it holds month-only rows: decides a date range per key. */
	readonly districtMonthFirst: Float64Array;
	readonly districtMonthLast: Float64Array;
	readonly districtMonthUntimed: Uint8Array;
	/** Per place (a coordinate, split by the area-only flag): every row of a place shares its LSOA and cell. */
	readonly placeAreaOnly: Uint8Array;
	readonly placeLsoa: Uint16Array;
	/** Why the columns break an assumption of the keys (the pass then reads rows), or null when they fit. */
	readonly unfit: string | null = null;
	private readonly cellsByColumn = new WeakMap<Uint32Array, Uint32Array | null>();
	private dayKeys: { dayStart: number; keys: Uint16Array } | null = null;
	private sortedTimes: Float64Array | null = null;
	private readonly cached = new WeakMap<Uint32Array, Map<string, Cube>>();

	constructor(
		readonly columns: FilterColumns,
		readonly params: CubeIndexParams
	) {
		const { time, hour, weekday, month, monthIndex, group, ageBand, flags, district, lsoa } = columns;
		const n = (this.rows = group.length);
		const { districtCount, cellExcludeFlag, locations } = params;
		this.monthRange = monthRangeOf(monthIndex);
		const span = (this.span = this.monthRange[1] - this.monthRange[0] + 1);
		const monthMin = this.monthRange[0];
		const keyCount = (districtCount + 1) * span;
		const tuple = new Uint32Array(n);
		const districtMonth = keyCount <= 0x10000 ? new Uint16Array(n) : new Uint32Array(n);
		const place = new Uint32Array(n);
		this.districtMonthRows = new Uint32Array(keyCount);
		this.districtMonthFirst = new Float64Array(keyCount).fill(Infinity);
		this.districtMonthLast = new Float64Array(keyCount).fill(-Infinity);
		this.districtMonthUntimed = new Uint8Array(keyCount);
		// (group, age band) pairs first, then flags within each: small tables instead of one of 2^32.
		const pairId = new Int32Array(0x10000).fill(-1);
		const tupleOf: Int32Array[] = [];
		// (group, age band, flags) ids, then those with the slot: a table of 256 slots per id, grown as ids appear.
		let withSlot = new Int32Array(256 * 64).fill(-1);
		let bases = 0;
		const tupleKeys: number[] = [];
		const tupleSlots: number[] = [];
		const placeOf = new Int32Array(locations.count * 2).fill(-1);
		const placeKeys: number[] = [];
		const placeLsoa: number[] = [];
		let unfit: string | null = locations.ids.length === n ? null : 'the coordinate index has another row count';
		for (let i = 0; i < n && unfit === null; i++) {
			const h = hour[i];
			const w = weekday[i];
			const known = h !== NO_HOUR && w !== NO_HOUR;
			if (known && w * 24 + h > 167) unfit = `row ${i} has hour ${h} on weekday ${w}`;
			const s = known ? w * 24 + h : NO_SLOT;
			const m = monthIndex[i];
			if (month[i] !== (m % 12) + 1) unfit = `row ${i}'s month ${month[i]} is not its month index's`;
			const d = district[i];
			// District filters read the raw index, so an index past the list but not "none" would need its own key.
			if (d >= districtCount && d !== NO_DISTRICT) unfit = `row ${i} has district ${d}`;
			const dm = (d >= districtCount ? districtCount : d) * span + m - monthMin;
			districtMonth[i] = dm;
			this.districtMonthRows[dm]++;
			const t = time[i];
			if (t !== t) this.districtMonthUntimed[dm] = 1;
			else {
				if (t < this.districtMonthFirst[dm]) this.districtMonthFirst[dm] = t;
				if (t > this.districtMonthLast[dm]) this.districtMonthLast[dm] = t;
			}
			const pair = (group[i] << 8) | ageBand[i];
			if (pairId[pair] < 0) {
				pairId[pair] = tupleOf.length;
				tupleOf.push(new Int32Array(256).fill(-1));
			}
			const byFlags = tupleOf[pairId[pair]];
			let base = byFlags[flags[i]];
			if (base < 0) {
				base = byFlags[flags[i]] = bases++;
				if (bases * 256 > withSlot.length) {
					const grown = new Int32Array(withSlot.length * 2).fill(-1);
					grown.set(withSlot);
					withSlot = grown;
				}
			}
			let id = withSlot[base * 256 + s];
			if (id < 0) {
				id = withSlot[base * 256 + s] = tupleKeys.length;
				tupleKeys.push((flags[i] << 16) | pair);
				tupleSlots.push(s);
			}
			tuple[i] = id;
			const pk = locations.ids[i] * 2 + ((flags[i] & cellExcludeFlag) !== 0 ? 1 : 0);
			let p = placeOf[pk];
			if (p < 0) {
				p = placeOf[pk] = placeKeys.length;
				placeKeys.push(pk);
				placeLsoa.push(lsoa[i]);
			} else if (placeLsoa[p] !== lsoa[i]) unfit = `rows at one coordinate have LSOAs ${placeLsoa[p]} and ${lsoa[i]}`;
			place[i] = p;
		}
		this.unfit = unfit;
		const tupleCount = tupleKeys.length;
		this.tuple = tupleCount <= 0x10000 ? Uint16Array.from(tuple) : tuple;
		this.tupleSlot = Uint8Array.from(tupleSlots);
		this.tupleFlags = Uint8Array.from(tupleKeys, (k) => k >>> 16);
		this.tupleGroup = Uint8Array.from(tupleKeys, (k) => (k >>> 8) & 0xff);
		this.tupleAge = Uint8Array.from(tupleKeys, (k) => k & 0xff);
		this.placeAreaOnly = Uint8Array.from(placeKeys, (k) => k % 2);
		this.placeLsoa = Uint16Array.from(placeLsoa);
		// Rows by place, then by tuple (two stable counting sorts): within a tuple's run places ascend, so the
		// pass's place counts are added in address order; in row order they land at random (3x slower, 1M shuffled rows).
		const byPlace = new Uint32Array(n);
		const placeStart = new Uint32Array(placeKeys.length + 1);
		for (let i = 0; i < n; i++) placeStart[place[i] + 1]++;
		for (let p = 0; p < placeKeys.length; p++) placeStart[p + 1] += placeStart[p];
		for (let i = 0; i < n; i++) byPlace[placeStart[place[i]]++] = i;
		const start = new Uint32Array(tupleCount + 1);
		for (let i = 0; i < n; i++) start[tuple[i] + 1]++;
		for (let t = 0; t < tupleCount; t++) start[t + 1] += start[t];
		this.tupleStart = start.slice();
		this.rowAt = new Uint32Array(n);
		this.positionOf = new Uint32Array(n);
		this.districtMonth = keyCount <= 0x10000 ? new Uint16Array(n) : new Uint32Array(n);
		this.place = new Uint32Array(n);
		for (let k = 0; k < n; k++) {
			const i = byPlace[k];
			const j = start[tuple[i]]++;
			this.rowAt[j] = i;
			this.positionOf[i] = j;
			this.districtMonth[j] = districtMonth[i];
			this.place[j] = place[i];
		}
	}

	/** The keys for one call, or null when the index does not fit it (other columns, parameters or coordinates). */
	keysFor(columns: FilterColumns, options: CubeOptions): IndexKeys | null {
		const p = this.params;
		if (this.unfit !== null || options.districtCount !== p.districtCount || options.excludeFlag !== p.excludeFlag) return null;
		if ((options.cellExcludeFlag ?? 0) !== p.cellExcludeFlag) return null;
		if (options.locations !== undefined && options.locations.ids !== p.locations.ids) return null;
		if (options.monthRange && (options.monthRange[0] !== this.monthRange[0] || options.monthRange[1] !== this.monthRange[1])) return null;
		if (columns !== this.columns && COLUMN_NAMES.some((k) => columns[k] !== this.columns[k])) return null;
		if (options.cells.length !== this.rows) return null;
		const placeCell = this.placeCellsOf(options.cells);
		return placeCell ? { index: this, placeCell } : null;
	}

	/** Cell per place for one resolution's cell column, found the first time it is asked for; null if a place spans cells. */
	private placeCellsOf(cells: Uint32Array): Uint32Array | null {
		let out = this.cellsByColumn.get(cells);
		if (out !== undefined) return out;
		out = new Uint32Array(this.placeAreaOnly.length).fill(UNSET);
		for (let i = 0; i < this.rows; i++) {
			const p = this.place[this.positionOf[i]];
			// Area-only rows never reach a hexagon, so their place needs no cell.
			if (this.placeAreaOnly[p] === 1) continue;
			if (out[p] === UNSET) out[p] = cells[i];
			else if (out[p] !== cells[i]) {
				out = null;
				break;
			}
		}
		if (out) for (let p = 0; p < out.length; p++) if (out[p] === UNSET) out[p] = 0;
		this.cellsByColumn.set(cells, out);
		return out;
	}

	/** The time column by sorted position: found the first time a date range is set. */
	timesByPosition(): Float64Array {
		if (this.sortedTimes) return this.sortedTimes;
		const { time } = this.columns;
		const out = new Float64Array(this.rows);
		for (let j = 0; j < this.rows; j++) out[j] = time[this.rowAt[j]];
		return (this.sortedTimes = out);
	}

	/** London day minus dayStart per sorted position, or NO_DAY: found the first time the daily series is asked for. */
	daysFrom(dayStart: number, dayCount: number): Uint16Array {
		if (this.dayKeys?.dayStart === dayStart && this.dayKeys.keys.length === this.rows) return this.dayKeys.keys;
		const { time, hour, weekday } = this.columns;
		const keys = new Uint16Array(this.rows);
		for (let i = 0; i < this.rows; i++) {
			const t = time[i];
			const h = hour[i];
			const day = t === t ? londonDay(t, h !== NO_HOUR && weekday[i] !== NO_HOUR, h) - dayStart : -1;
			// The row-by-row pass drops days outside its table in the same way (a typed array ignores such writes).
			keys[this.positionOf[i]] = day >= 0 && day < dayCount && day < NO_DAY ? day : NO_DAY;
		}
		this.dayKeys = { dayStart, keys };
		return keys;
	}

	/**
	 * A cube kept per resolution and options for filters that leave out rows only by offence group (no filter,
	 * the default serious-violence view), computed on first use and copied out after; the most recent few are kept.
	 */
	cachedCube(cells: Uint32Array, signature: string, compute: () => Cube): Cube {
		let bySignature = this.cached.get(cells);
		if (!bySignature) this.cached.set(cells, (bySignature = new Map()));
		let cube = bySignature.get(signature);
		if (cube) bySignature.delete(signature);
		else cube = compute();
		// Map order is insertion order: re-inserting marks it the most recent, the first key is the least.
		bySignature.set(signature, cube);
		if (bySignature.size > CACHED_CUBES) bySignature.delete(bySignature.keys().next().value!);
		return copyCube(cube);
	}
}

/** A deep copy, so a caller transferring or changing its answer never reaches the cached one. */
export function copyCube(c: Cube): Cube {
	const comparison = c.comparison && {
		...c.comparison,
		current: { ...c.comparison.current },
		previous: { ...c.comparison.previous },
		currentDistricts: c.comparison.currentDistricts.slice(),
		previousDistricts: c.comparison.previousDistricts.slice(),
		districtSeries: c.comparison.districtSeries.slice()
	};
	return {
		...c,
		cellCounts: c.cellCounts.slice(),
		hourOfWeek: c.hourOfWeek.slice(),
		monthCounts: c.monthCounts.slice(),
		groups: c.groups.slice(),
		ageBands: c.ageBands.slice(),
		districts: c.districts.slice(),
		groupOptions: c.groupOptions.slice(),
		ageBandOptions: c.ageBandOptions.slice(),
		monthSeries: c.monthSeries.slice(),
		daySeries: c.daySeries.slice(),
		comparison,
		cellRows: c.cellRows.slice(),
		lsoaCounts: c.lsoaCounts.slice(),
		cellTopLocation: c.cellTopLocation.slice()
	};
}
