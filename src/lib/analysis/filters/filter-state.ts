import { decodeMask, HOURS_PER_WEEK } from './hour-of-week';
import { londonMidnightUtc, parseIsoDate } from './london-day';

/**
 * What the analyst has chosen, as plain data that survives postMessage and the URL.
 * `null` means "no filter"; an empty list means "nothing selected", which honestly matches no rows.
 */
export interface FilterState {
	/** encodeMask() text of the 168-slot hour-of-week mask, or null for all hours. */
	hourOfWeek: string | null;
	/** Calendar months 1-12. */
	months: readonly number[] | null;
	/** Inclusive London calendar dates, "YYYY-MM-DD". */
	dateFrom: string | null;
	dateTo: string | null;
	/** Offence group codes. */
	groups: readonly number[] | null;
	/** Age band codes. */
	ageBands: readonly number[] | null;
	/** Indices into DISTRICTS. */
	districts: readonly number[] | null;
	/** Flag bits that must all be set (e.g. knife). */
	requiredFlags: number;
	/** IMD 2025 deciles 1-10 of the hexagon at the mapped resolution (hex-imd25.csv); rows in hexagons of unknown decile never match. */
	hexDeciles: readonly number[] | null;
	/**
	 * The offence groups that count as serious violence (offences/definition.ts), or null for the default.
	 * It is what `groups: null` means, so it reaches every number.
	 */
	definition: readonly number[] | null;
}

export const NO_FILTERS: FilterState = {
	hourOfWeek: null,
	months: null,
	dateFrom: null,
	dateTo: null,
	groups: null,
	ageBands: null,
	districts: null,
	requiredFlags: 0,
	hexDeciles: null,
	definition: null
};

/** A filter compiled to lookup tables, so the per-row test is a handful of array reads. */
export interface CompiledFilter {
	/** 168 slots, or undefined when time of day is not filtered. */
	hourOfWeek: Uint8Array | undefined;
	/** Index 1-12. */
	months: Uint8Array | undefined;
	groups: Uint8Array | undefined;
	ageBands: Uint8Array | undefined;
	/** Index = district index; 0xffff (outside) never matches a district filter. */
	districts: Uint8Array | undefined;
	requiredFlags: number;
	/** Index = decile 1-10 (slot 0, unknown, never matches); undefined when hexagon deprivation is not filtered. */
	hexDeciles: Uint8Array | undefined;
	/** Half-open UTC instant range for rows with a time. */
	fromMs: number;
	toMs: number;
	/** Inclusive month-index range (year * 12 + month - 1) for month-precision rows. */
	fromMonthIndex: number;
	toMonthIndex: number;
}

export class FilterError extends Error {
	constructor(
		readonly code: 'bad_hour_mask' | 'bad_date' | 'date_range_reversed' | 'bad_code',
		message: string
	) {
		super(message);
	}
}

function lookup(values: readonly number[] | null, size: number, what: string): Uint8Array | undefined {
	if (values === null) return undefined;
	const table = new Uint8Array(size);
	for (const v of values) {
		if (!Number.isInteger(v) || v < 0 || v >= size) throw new FilterError('bad_code', `${what} ${v} is not a valid code`);
		table[v] = 1;
	}
	return table;
}

/** Deciles are 1-10; 0 is the "unknown" slot a cell gets, so it is refused here rather than matched. */
function decileSet(values: readonly number[] | null): Uint8Array | undefined {
	if (values === null) return undefined;
	const table = new Uint8Array(11);
	for (const v of values) {
		if (!Number.isInteger(v) || v < 1 || v > 10) throw new FilterError('bad_code', `IMD decile ${v} is not 1-10`);
		table[v] = 1;
	}
	return table;
}

function day(text: string, which: string) {
	const parsed = parseIsoDate(text);
	if (!parsed) throw new FilterError('bad_date', `${which} date "${text}" is not a calendar date (YYYY-MM-DD)`);
	return parsed;
}

/** Compiles a filter state; throws FilterError with a code for states a URL or a caller got wrong. */
export function compileFilter(state: FilterState): CompiledFilter {
	let hourOfWeek: Uint8Array | undefined;
	if (state.hourOfWeek !== null) {
		hourOfWeek = decodeMask(state.hourOfWeek);
		if (!hourOfWeek) throw new FilterError('bad_hour_mask', `"${state.hourOfWeek}" is not an hour-of-week mask`);
	}
	let fromMs = -Infinity;
	let toMs = Infinity;
	let fromMonthIndex = -Infinity;
	let toMonthIndex = Infinity;
	if (state.dateFrom !== null) {
		const d = day(state.dateFrom, 'From');
		fromMs = londonMidnightUtc(d.year, d.month, d.day);
		fromMonthIndex = d.year * 12 + d.month - 1;
	}
	if (state.dateTo !== null) {
		const d = day(state.dateTo, 'To');
		// Inclusive end date: up to the next London midnight.
		toMs = londonMidnightUtc(d.year, d.month, d.day + 1);
		toMonthIndex = d.year * 12 + d.month - 1;
	}
	if (fromMs >= toMs) throw new FilterError('date_range_reversed', `The date range ends (${state.dateTo}) before it starts (${state.dateFrom})`);
	return {
		hourOfWeek,
		months: lookup(state.months, 13, 'Month'),
		groups: lookup(state.groups, 256, 'Offence group'),
		ageBands: lookup(state.ageBands, 256, 'Age band'),
		districts: lookup(state.districts, 0x10000, 'District'),
		requiredFlags: state.requiredFlags,
		hexDeciles: decileSet(state.hexDeciles),
		fromMs,
		toMs,
		fromMonthIndex,
		toMonthIndex
	};
}

export { HOURS_PER_WEEK };
