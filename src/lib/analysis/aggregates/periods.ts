/**
 * Periods of an aggregate table as month indexes (time/month-index.ts): a month, a calendar quarter
 * (Q1 = January to March, never a financial quarter) or a UK financial year (April to March).
 */
import { MAX_YEAR, MIN_YEAR, monthUkLabel, toMonthIndex } from '../time/month-index';

export type PeriodKind = 'month' | 'quarter' | 'financial_year';

export interface Period {
	kind: PeriodKind;
	/** Month index of the first month (year * 12 + month - 1). */
	start: number;
	months: 1 | 3 | 12;
	/** "01/2024", "Q1 2024" or "2024/25". */
	label: string;
}

export type PeriodResult = Period | { error: 'missing_period' | 'invalid_period' | 'financial_quarter' };

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month name in full, as three letters, or "sept"; 1-12, or 0 when not a month name. */
function monthNumber(name: string): number {
	const n = name.toLowerCase();
	if (n === 'sept') return 9;
	const i = MONTH_NAMES.findIndex((full) => n === full || n === full.slice(0, 3));
	return i + 1;
}

const inRange = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

export function monthPeriod(start: number): Period {
	return { kind: 'month', start, months: 1, label: monthUkLabel(start) };
}

export function quarterPeriod(year: number, quarter: number): Period {
	return { kind: 'quarter', start: toMonthIndex(year, quarter * 3 - 2), months: 3, label: `Q${quarter} ${year}` };
}

/** The financial year starting in April of `year`. */
export function financialYearPeriod(year: number): Period {
	return { kind: 'financial_year', start: toMonthIndex(year, 4), months: 12, label: `${year}/${String((year + 1) % 100).padStart(2, '0')}` };
}

function month(year: number, m: number): Period | null {
	return inRange(year) && m >= 1 && m <= 12 ? monthPeriod(toMonthIndex(year, m)) : null;
}

function quarter(year: number, q: number): Period | null {
	return inRange(year) && q >= 1 && q <= 4 ? quarterPeriod(year, q) : null;
}

/** The second year of "2024/25" or "2024/2025" must follow the first, or it is not a financial year. */
function financialYear(year: number, second: string): Period | null {
	const next = second.length === 2 ? (year + 1) % 100 : year + 1;
	return inRange(year) && Number(second) === next ? financialYearPeriod(year) : null;
}

const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const UK_MONTH = /^(\d{1,2})\/(\d{4})$/;
const NAMED_MONTH = /^([a-z]+)[ -]+(\d{4})$/i;
const YEAR_QUARTER = /^(\d{4})[ -]*q([1-4])$/i;
const QUARTER_YEAR = /^q([1-4])[ -]*(\d{4})$/i;
const FIN_YEAR = /^(?:fy[ -]?)?(\d{4})[/-](\d{2}|\d{4})$/i;
// "2024/25 Q1" or "Q1 2024/25": a financial quarter, refused by name so the user is told why.
const FIN_QUARTER = /(?:\d{4}[/-]\d{2,4}[ -]*q[1-4])|(?:q[1-4][ -]*(?:fy[ -]?)?\d{4}[/-]\d{2,4})/i;

/**
 * Reads one period cell. "YYYY-MM" is always a month, so "2011-12" is December 2011: the financial
 * year 2011/12 must be written with a slash (or FY). A hyphenated "2024-25" is a financial year
 * because 25 cannot be a month.
 */
export function parsePeriod(text: string): PeriodResult {
	const s = text.trim().replace(/\s+/g, ' ');
	if (s === '') return { error: 'missing_period' };
	if (FIN_QUARTER.test(s)) return { error: 'financial_quarter' };
	let m = ISO_MONTH.exec(s);
	if (m) {
		const asMonth = month(Number(m[1]), Number(m[2]));
		return asMonth ?? financialYear(Number(m[1]), m[2]) ?? { error: 'invalid_period' };
	}
	m = UK_MONTH.exec(s);
	if (m) return month(Number(m[2]), Number(m[1])) ?? { error: 'invalid_period' };
	m = NAMED_MONTH.exec(s);
	if (m) return month(Number(m[2]), monthNumber(m[1])) ?? { error: 'invalid_period' };
	m = YEAR_QUARTER.exec(s);
	if (m) return quarter(Number(m[1]), Number(m[2])) ?? { error: 'invalid_period' };
	m = QUARTER_YEAR.exec(s);
	if (m) return quarter(Number(m[2]), Number(m[1])) ?? { error: 'invalid_period' };
	m = FIN_YEAR.exec(s);
	if (m) return financialYear(Number(m[1]), m[2]) ?? { error: 'invalid_period' };
	return { error: 'invalid_period' };
}

export function isPeriod(result: PeriodResult): result is Period {
	return !('error' in result);
}
