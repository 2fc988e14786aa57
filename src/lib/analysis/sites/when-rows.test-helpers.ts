/** Hand-made incidents with times and ages, read through the same date parser and London clock as an import. */
import { AGE_BAND_KEYS, AGE_BAND_UNKNOWN } from '../offences/groups';
import { LondonClock } from '../time/london';
import { rowTime } from '../time/row-time';
import { parseUkDate } from '../time/uk-date';
import type { WhenColumns } from './coverage-when';

export interface WhenRow {
	/** As a date cell would hold it: "02/04/2024 16:00", "2024-10-27T01:30:00Z", "02/04/2024", "2024-04". */
	when: string;
	/** An AGE_BAND_KEYS label; default unknown. */
	age?: (typeof AGE_BAND_KEYS)[number];
}

export function whenColumns(rows: readonly WhenRow[]): WhenColumns & { monthIndex: Uint16Array } {
	const clock = new LondonClock();
	const times = rows.map(({ when }) => {
		const reading = parseUkDate(when);
		if ('error' in reading) throw new Error(`${when}: ${reading.error}`);
		return rowTime(reading, clock);
	});
	return {
		precision: Uint8Array.from(times, (t) => t.precision),
		weekday: Uint8Array.from(times, (t) => t.weekday),
		hour: Uint8Array.from(times, (t) => t.hour),
		time: Float64Array.from(times, (t) => t.time),
		monthIndex: Uint16Array.from(times, (t) => t.monthIndex),
		ageBand: Uint8Array.from(rows, (r) => (r.age ? AGE_BAND_KEYS.indexOf(r.age) : AGE_BAND_UNKNOWN))
	};
}
