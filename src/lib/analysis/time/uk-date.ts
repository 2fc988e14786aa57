/**
 * Dates and times as UK analysts' files write them. Day-first always: 03/04/2024 is 3 April, never
 * 4 March, because every source this tool reads is British. Returns a wall-clock reading plus its
 * precision, or an error code; nothing throws.
 */
import { daysInMonth, MAX_YEAR, MIN_YEAR, toMonthIndex } from './month-index';

export type DatePrecision = 'minute' | 'hour' | 'day' | 'month';

/** A London wall-clock reading; hour and minute are -1 when the precision is day or month, day is 0 for month. */
export interface WallReading {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	precision: DatePrecision;
	/** Set when the text carried its own UTC offset (ISO 8601 with Z or +hh:mm): the instant, already exact. */
	instant?: number;
}

export type DateError = 'no_date' | 'invalid_date' | 'invalid_time';
export type DateResult = WallReading | { error: DateError };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(.+))?$/;
const NAMED_MONTH = /^(\d{1,2})[ -]([a-z]{3,9})[ -](\d{4})(?:[ T,]+(.+))?$/i;
const EXCEL = /^\d{1,6}(?:\.\d+)?$/;
const TIME = /^(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(am|pm)?$/i;
const HHMM = /^(\d{2})(\d{2})$/;
/** Day 0 of Excel's 1900 date system, chosen so serial 61 is 1 March 1900 (Excel counts a 29 February 1900 that never was). */
const EXCEL_EPOCH_AFTER_BUG = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function validDay(year: number, month: number, day: number): boolean {
	return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(toMonthIndex(year, month));
}

function day(year: number, month: number, dayOfMonth: number): DateResult {
	return validDay(year, month, dayOfMonth) ? { year, month, day: dayOfMonth, hour: -1, minute: -1, precision: 'day' } : { error: 'invalid_date' };
}

/** Adds a time of day to a day reading; an empty time leaves day precision. */
export function withTime(date: DateResult, timeText: string): DateResult {
	if ('error' in date || date.precision !== 'day') return date;
	const t = parseTimeOfDay(timeText);
	if (t === null) return date;
	if ('error' in t) return t;
	return { ...date, hour: t.hour, minute: t.minute, precision: t.precision };
}

/** "21:30", "21:30:05", "9:05 pm", "2130", "21" (hour only), or an Excel day fraction "0.89"; null when blank. */
export function parseTimeOfDay(text: string): { hour: number; minute: number; precision: 'minute' | 'hour' } | { error: 'invalid_time' } | null {
	const s = text.trim();
	if (s === '') return null;
	if (/^0?\.\d+$/.test(s)) return fromMinutes(Math.round(Number(s) * 1440));
	const compact = HHMM.exec(s);
	const m = compact ? [s, compact[1], compact[2]] : TIME.exec(s);
	if (!m) return { error: 'invalid_time' };
	let hour = Number(m[1]);
	const minute = m[2] === undefined ? 0 : Number(m[2]);
	const ampm = m[4]?.toLowerCase();
	if (ampm) {
		if (hour < 1 || hour > 12) return { error: 'invalid_time' };
		hour = (hour % 12) + (ampm === 'pm' ? 12 : 0);
	}
	if (hour > 23 || minute > 59 || (m[3] !== undefined && Number(m[3]) > 59)) return { error: 'invalid_time' };
	return { hour, minute, precision: m[2] === undefined ? 'hour' : 'minute' };
}

function fromMinutes(total: number): { hour: number; minute: number; precision: 'minute' } | { error: 'invalid_time' } {
	if (total >= 1440) return { error: 'invalid_time' };
	return { hour: Math.floor(total / 60), minute: total % 60, precision: 'minute' };
}

function excelSerial(serial: number): DateResult {
	const whole = Math.floor(serial);
	// Serial 60 is Excel's 29 February 1900, which never happened; below 61 every serial is a day early.
	if (whole === 60 || whole < 1) return { error: 'invalid_date' };
	const epoch = whole < 60 ? EXCEL_EPOCH_AFTER_BUG + DAY_MS : EXCEL_EPOCH_AFTER_BUG;
	const d = new Date(epoch + whole * DAY_MS);
	const date = day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
	const minutes = Math.round((serial - whole) * 1440);
	if ('error' in date || minutes === 0) return date;
	const t = fromMinutes(minutes);
	return 'error' in t ? t : { ...date, ...t };
}

function monthNumber(name: string): number {
	const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
	return i >= 0 && (name.length === 3 || /^(january|february|march|april|may|june|july|august|september|october|november|december|sept)$/i.test(name)) ? i + 1 : -1;
}

/**
 * One date cell: ISO 8601 (with an optional time and offset), dd/mm/yyyy (also - or .) with an
 * optional time, dd-mmm-yyyy, an Excel serial (1900 system), or month-only yyyy-mm.
 */
export function parseUkDate(text: string): DateResult {
	const s = text.trim();
	if (s === '') return { error: 'no_date' };
	let m = ISO.exec(s);
	if (m) {
		const date = day(Number(m[1]), Number(m[2]), Number(m[3]));
		if ('error' in date || m[4] === undefined) return date;
		const timed = withTime(date, `${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}`);
		if ('error' in timed || !m[7]) return timed;
		const offset = m[7].toUpperCase() === 'Z' ? 0 : (m[7][0] === '-' ? -1 : 1) * (Number(m[7].slice(1, 3)) * 60 + Number(m[7].slice(-2)));
		return { ...timed, instant: Date.UTC(timed.year, timed.month - 1, timed.day, timed.hour, timed.minute) - offset * 60_000 };
	}
	m = YEAR_MONTH.exec(s);
	if (m) {
		const year = Number(m[1]);
		const month = Number(m[2]);
		return validDay(year, month, 1) ? { year, month, day: 0, hour: -1, minute: -1, precision: 'month' } : { error: 'invalid_date' };
	}
	m = DAY_FIRST.exec(s);
	if (m) return withTimeOrError(day(Number(m[3]), Number(m[2]), Number(m[1])), m[4]);
	m = NAMED_MONTH.exec(s);
	if (m) {
		const month = monthNumber(m[2]);
		return month < 0 ? { error: 'invalid_date' } : withTimeOrError(day(Number(m[3]), month, Number(m[1])), m[4]);
	}
	if (EXCEL.test(s)) return excelSerial(Number(s));
	return { error: 'invalid_date' };
}

/** A time inside the date cell must parse: "01/02/2024 25:00" is an invalid time, not a bare date. */
function withTimeOrError(date: DateResult, time: string | undefined): DateResult {
	if (time === undefined || 'error' in date) return date;
	const t = parseTimeOfDay(time);
	if (t === null) return date;
	return 'error' in t ? t : { ...date, hour: t.hour, minute: t.minute, precision: t.precision };
}

/** Mon = 0 .. Sun = 6 for a calendar day, from the proleptic Gregorian calendar, not the machine's zone. */
export function weekdayOf(year: number, month: number, dayOfMonth: number): number {
	return (new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay() + 6) % 7;
}
