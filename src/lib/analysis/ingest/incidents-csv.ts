/**
 * Normalised incidents as CSV (the CLI's --out): one line per kept row, values spelt out
 * (group and flag keys, GSS codes, H3 ids) so the file reads without the dictionaries.
 */
import { DISTRICTS } from '../geography/districts';
import { AGE_BAND_KEYS, flagKeysOf, OFFENCE_GROUP_KEYS } from '../offences/groups';
import { londonIsoLocal } from '../time/london';
import { monthLabel } from '../time/month-index';
import { PRECISION, PRECISION_KEYS, UNKNOWN_U16, type IncidentColumns } from './columns';
import { csvField } from './issues-csv';

export const INCIDENT_CSV_HEADER = 'lng,lat,datetime,precision,group,age_band,flags,cell7,cell8,cell9,district,lsoa21,source,line';

/** ISO 8601 London local time, or YYYY-MM when only the month is known. */
export function datetimeOf(c: Pick<IncidentColumns, 'precision' | 'time' | 'monthIndex'>, i: number): string {
	return c.precision[i] === PRECISION.month || Number.isNaN(c.time[i]) ? monthLabel(c.monthIndex[i]) : londonIsoLocal(c.time[i]);
}

/** Rows [from, to) as CSV lines ending in \n, without the header; call in slices to stream a large store. */
export function renderIncidentsCsv(c: IncidentColumns, from = 0, to = c.length): string {
	const sources = c.sources.map(csvField);
	let out = '';
	for (let i = from; i < to; i++) {
		const district = c.district[i] === UNKNOWN_U16 ? '' : DISTRICTS[c.district[i]].code;
		const lsoa = c.lsoa[i] === UNKNOWN_U16 ? '' : c.lsoaCodes[c.lsoa[i]];
		out +=
			`${c.lng[i]},${c.lat[i]},${datetimeOf(c, i)},${PRECISION_KEYS[c.precision[i]]},${OFFENCE_GROUP_KEYS[c.group[i]]},` +
			`${AGE_BAND_KEYS[c.ageBand[i]]},${flagKeysOf(c.flags[i]).join('|')},${c.cells[7][c.cell7[i]]},${c.cells[8][c.cell8[i]]},` +
			`${c.cells[9][c.cell9[i]]},${district},${lsoa},${sources[c.source[i]]},${c.line[i]}\n`;
	}
	return out;
}
