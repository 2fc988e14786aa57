/**
 * The filter pass over a CubeIndex's row keys. Rows are sorted by tuple, then place, so a tuple failing a filter skips its
 * whole run and one failing only its own panel's filter is counted per run; only runs that can count are read
 * row by row, and then only their district-month and place keys. The cube's tables are sums of the histograms.
 * Which loop runs is chosen once per run from the call's tables (cube-keyed-tables.ts), never per row.
 */
import type { CompiledFilter } from './filter-state';
import type { Cube, CubeOptions, FilterColumns } from './cube';
import { cubeFrame, finishCube, type CubeFrame } from './cube-frame';
import { NO_DAY, NO_SLOT, type CubeIndex, type IndexKeys } from './cube-index';
import { BITS, tablesOf, type Tables } from './cube-keyed-tables';

// Module constants, not imported bindings: some loaders turn each read of an import into a getter call.
const { G, A, D, X, P, M } = BITS;

/** Histograms over the index's keys: passing rows, and rows failing only their own panel's filter. */
interface Histograms {
	tuples: Uint32Array;
	groupOnly: Uint32Array;
	ageOnly: Uint32Array;
	/** Rows failing only the time of day: the matrix counts them. */
	timeOnly: Uint32Array;
	/** By district-month key k (of K): passing rows at k, rows failing only the date range at K + k, or at 2K + k in the previous period. */
	routed: Uint32Array;
	places: Uint32Array;
	/** By day key, NO_DAY (no time) included, so the loop needs no test. */
	days: Uint32Array;
}

/** What one call's loops read. */
interface Pass {
	index: CubeIndex;
	filter: CompiledFilter;
	frame: CubeFrame;
	tables: Tables;
	dayKeys: Uint16Array | null;
	/** Time by sorted position, while a date range is on: read in order, where the time column would be read at random. */
	times: Float64Array | null;
	/** District-month keys K (see Histograms.routed). */
	keys: number;
}

/** Date bits (0, D or D | P) of the row at sorted position j, of a key the range splits. */
function rowDateBits(pass: Pass, j: number): number {
	const { fromMs, toMs, fromMonthIndex, toMonthIndex } = pass.filter;
	const t = pass.times![j];
	if (t === t) {
		if (t >= fromMs && t < toMs) return 0;
		return t >= pass.frame.prevFromMs && t < fromMs ? D | P : D;
	}
	// A month-only row's month is its key's.
	const m = pass.frame.monthMin + (pass.index.districtMonth[j] % pass.frame.span);
	if (m >= fromMonthIndex && m <= toMonthIndex) return 0;
	return m >= pass.frame.prevFromMonth && m <= pass.frame.prevToMonth ? D | P : D;
}

/** A run of rows whose tuple passes: counts the rows passing the rest, and those failing only the date range. */
function countPassingRun(pass: Pass, from: number, to: number, h: Histograms): number {
	const { districtMonth, place } = pass.index;
	const { districtMonthBits, placeBits } = pass.tables;
	const { routed, places, days } = h;
	const { dayKeys, keys } = pass;
	if (pass.tables.districtMonthOpen && placeBits === null && dayKeys === null) {
		// Nothing left to test: the common case of filters on time of day, groups, ages or flags only.
		for (let j = from; j < to; j++) {
			routed[districtMonth[j]]++;
			places[place[j]]++;
		}
		return to - from;
	}
	let passing = 0;
	for (let j = from; j < to; j++) {
		const dm = districtMonth[j];
		let b = districtMonthBits[dm];
		if (b === X) continue;
		if (b === M) b = rowDateBits(pass, j);
		const p = place[j];
		if (placeBits !== null && placeBits[p] !== 0) continue;
		if (b === 0) {
			routed[dm]++;
			places[p]++;
			passing++;
		} else if (b === D) routed[keys + dm]++;
		else routed[2 * keys + dm]++;
		// Rows passing every filter but the date range are the daily series (NO_DAY has its own slot).
		if (dayKeys !== null) days[dayKeys[j]]++;
	}
	return passing;
}

/** A run of rows failing only their tuple's own filter (group, age or time): how many pass everything else. */
function countSurvivors(pass: Pass, from: number, to: number): number {
	const { districtMonth, place } = pass.index;
	const { districtMonthBits, placeBits, districtMonthOpen } = pass.tables;
	if (districtMonthOpen && placeBits === null) return to - from;
	let survivors = 0;
	for (let j = from; j < to; j++) {
		let b = districtMonthBits[districtMonth[j]];
		if (b === M) b = rowDateBits(pass, j);
		if (b === 0 && (placeBits === null || placeBits[place[j]] === 0)) survivors++;
	}
	return survivors;
}

function countRuns(pass: Pass, h: Histograms): void {
	const { tupleStart } = pass.index;
	const { tupleBits } = pass.tables;
	for (let t = 0; t < tupleBits.length; t++) {
		const bits = tupleBits[t];
		const from = tupleStart[t];
		const to = tupleStart[t + 1];
		if (bits >= X || from === to) continue;
		if (bits === 0) h.tuples[t] += countPassingRun(pass, from, to, h);
		else if (bits === G) h.groupOnly[t] += countSurvivors(pass, from, to);
		else if (bits === A) h.ageOnly[t] += countSurvivors(pass, from, to);
		else h.timeOnly[t] += countSurvivors(pass, from, to);
	}
}

/** True for a row passing every filter; for the few rows the detail list and the pass mask need. */
function passes(pass: Pass, i: number): boolean {
	const { index, tables } = pass;
	if (tables.tupleBits[index.tuple[i]] !== 0) return false;
	const j = index.positionOf[i];
	let b = tables.districtMonthBits[index.districtMonth[j]];
	if (b === M) b = rowDateBits(pass, j);
	return b === 0 && (tables.placeBits === null || tables.placeBits[index.place[j]] === 0);
}

/** One pass over the index's keys; same answer as buildCubeByRow for any columns the index fits. */
export function buildCubeKeyed(columns: FilterColumns, filter: CompiledFilter, options: CubeOptions, keys: IndexKeys): Cube {
	const { index, placeCell } = keys;
	const frame = cubeFrame(index.rows, columns.monthIndex, filter, options);
	const tables = tablesOf(index, placeCell, filter, options, frame);
	const keyCount = (frame.districtCount + 1) * frame.span;
	const dayKeys = frame.dayCount > 0 ? index.daysFrom(frame.dayStart, frame.dayCount) : null;
	const times = frame.dateFiltered ? index.timesByPosition() : null;
	const run: Pass = { index, filter, frame, tables, dayKeys, times, keys: keyCount };
	const count = () => countAll(run, options, placeCell);
	const signature = [options.cellCount, options.lsoaCount, frame.dayCount, options.locations !== undefined, options.period?.dateFrom, options.period?.dateTo, tables.cacheKey].join('|');
	const cube = tables.cacheKey === null ? count() : index.cachedCube(options.cells, signature, count);
	const detailCell = options.detailCell ?? -1;
	if (detailCell >= 0) {
		const rows: number[] = [];
		const cells = options.cells;
		for (let i = 0; i < index.rows; i++) {
			if (cells[i] === detailCell && index.placeAreaOnly[index.place[index.positionOf[i]]] === 0 && passes(run, i)) rows.push(i);
		}
		cube.cellRows = Uint32Array.from(rows);
	}
	const pass = options.pass;
	if (pass) {
		// Only runs whose tuple passes can hold passing rows.
		for (let t = 0; t < tables.tupleBits.length; t++) {
			if (tables.tupleBits[t] !== 0) continue;
			for (let j = index.tupleStart[t]; j < index.tupleStart[t + 1]; j++) if (passes(run, index.rowAt[j])) pass[index.rowAt[j]] = 1;
		}
	}
	return cube;
}

function countAll(run: Pass, options: CubeOptions, placeCell: Uint32Array): Cube {
	const { index, filter, frame } = run;
	const tupleCount = index.tupleFlags.length;
	const placeCount = placeCell.length;
	const keyCount = (frame.districtCount + 1) * frame.span;
	const h: Histograms = {
		tuples: new Uint32Array(tupleCount),
		groupOnly: new Uint32Array(tupleCount),
		ageOnly: new Uint32Array(tupleCount),
		timeOnly: new Uint32Array(tupleCount),
		routed: new Uint32Array(3 * keyCount),
		places: new Uint32Array(placeCount),
		days: new Uint32Array(run.dayKeys === null ? 0 : NO_DAY + 1)
	};
	countRuns(run, h);

	let total = 0;
	const groups = new Uint32Array(256);
	const ageBands = new Uint32Array(256);
	const groupOptions = new Uint32Array(256);
	const ageBandOptions = new Uint32Array(256);
	// The matrix counts rows passing every filter but its own, so slot 255 (unknown time) included.
	const slots = new Uint32Array(256);
	for (let t = 0; t < tupleCount; t++) {
		slots[index.tupleSlot[t]] += h.tuples[t] + h.timeOnly[t];
		const g = index.tupleGroup[t];
		const a = index.tupleAge[t];
		total += h.tuples[t];
		groups[g] += h.tuples[t];
		ageBands[a] += h.tuples[t];
		groupOptions[g] += h.groupOnly[t];
		ageBandOptions[a] += h.ageOnly[t];
	}
	const lsoaCount = options.lsoaCount ?? 0;
	const lsoaCounts = new Uint32Array(lsoaCount);
	const cellCounts = new Uint32Array(options.cellCount);
	const withTop = options.locations !== undefined;
	const cellTopLocation = new Uint32Array(withTop ? options.cellCount : 0);
	let areaOnly = 0;
	for (let p = 0; p < placeCount; p++) {
		const c = h.places[p];
		if (c === 0) continue;
		const l = index.placeLsoa[p];
		if (l < lsoaCount) lsoaCounts[l] += c;
		if (index.placeAreaOnly[p] === 1) areaOnly += c;
		else {
			const cell = placeCell[p];
			cellCounts[cell] += c;
			// A coordinate's hexagon rows are one place, so its count is the coordinate's count there.
			if (withTop && c > cellTopLocation[cell]) cellTopLocation[cell] = c;
		}
	}
	const { span, districtCount } = frame;
	const monthSeries = new Uint32Array(span);
	const previousDistricts = new Uint32Array(districtCount + 1);
	const dateOnly = new Uint32Array(frame.dateFiltered ? keyCount : 0);
	for (let k = 0; k < dateOnly.length; k++) {
		const previous = h.routed[2 * keyCount + k];
		dateOnly[k] = h.routed[keyCount + k] + previous;
		monthSeries[k % span] += dateOnly[k];
		previousDistricts[Math.floor(k / span)] += previous;
	}
	const unknownTime = slots[NO_SLOT];
	return finishCube(frame, {
		total,
		cellCounts,
		hourOfWeek: slots.slice(0, 168),
		groups,
		ageBands,
		groupOptions,
		ageBandOptions,
		monthSeries,
		daySeries: h.days.slice(0, frame.dayCount),
		previousDistricts,
		districtMonths: h.routed.slice(0, keyCount),
		districtOutside: frame.windows && frame.dateFiltered ? dateOnly : new Uint32Array(0),
		timeUnknownExcluded: filter.hourOfWeek !== undefined ? unknownTime : 0,
		timeUnknownInMatrix: unknownTime,
		cellRows: new Uint32Array(0),
		lsoaCounts,
		areaOnly,
		cellTopLocation
	});
}
