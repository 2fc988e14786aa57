/**
 * What a rate per 1,000 residents is over: the period shown, or a year. Rates over four months and over five
 * cannot be set side by side; annualised (x 12 / months covered) they can. Months the import reported missing
 * hold no data and do not count towards the period.
 */
import { parseIsoDate } from '../filters/london-day';
import { daysInMonth, monthUkLabel as monthText, toMonthIndex } from '../time/month-index';
import { ageBasis, agedPhrase, type AgeBasis } from './age-population';

export interface RateBasis {
	annualised: boolean;
	/** Months of data the rates cover (fractional with a date range on dated rows). */
	months: number;
	/** Multiplies a rate over the period into the rate shown (1 unless annualised). */
	factor: number;
	/** e.g. "per 1,000 residents a year" or "per 1,000 residents aged 10-24 over 01/2024 to 04/2024 (4 months)". */
	unit: string;
	/** Which residents: all, or those of the filtered ages (exact, approximate or not available). */
	age: AgeBasis;
}

export interface RateBasisInput {
	annualise: boolean;
	/** First and last month with data. */
	dataMonths: readonly [number, number] | null;
	dateFrom: string | null;
	dateTo: string | null;
	/** Months the import reported missing (no rows). */
	missing: ReadonlySet<number>;
	/** False for month-only data: a date range then covers whole months. */
	hasTimes: boolean;
	/** FilterState.ageBands: rates then count the residents of those ages. */
	ageBands: readonly number[] | null;
}

export function rateBasis({ annualise, dataMonths, dateFrom, dateTo, missing, hasTimes, ageBands }: RateBasisInput): RateBasis {
	const age = ageBasis(ageBands);
	const per = `per 1,000 residents${agedPhrase(age)}`;
	if (!dataMonths) return { annualised: annualise, months: 0, factor: 1, unit: per, age };
	const from = dateFrom ? parseIsoDate(dateFrom) : undefined;
	const to = dateTo ? parseIsoDate(dateTo) : undefined;
	const first = Math.max(dataMonths[0], from ? toMonthIndex(from.year, from.month) : -Infinity);
	const last = Math.min(dataMonths[1], to ? toMonthIndex(to.year, to.month) : Infinity);
	let months = 0;
	for (let m = first; m <= last; m++) {
		if (missing.has(m)) continue;
		// Dated rows count part of an edge month: the share of its days inside the range.
		const days = daysInMonth(m);
		const start = hasTimes && from && m === toMonthIndex(from.year, from.month) ? from.day : 1;
		const end = hasTimes && to && m === toMonthIndex(to.year, to.month) ? to.day : days;
		months += Math.max(0, end - start + 1) / days;
	}
	const period = first <= last ? `${monthText(first)} to ${monthText(last)}` : 'no months';
	const length = `${Number(months.toFixed(1)).toLocaleString('en-GB')} month${months === 1 ? '' : 's'}`;
	if (!annualise || months <= 0) return { annualised: false, months, factor: 1, unit: `${per} over ${period} (${length})`, age };
	return { annualised: true, months, factor: 12 / months, unit: `${per} a year (annualised from ${length}, ${period})`, age };
}
