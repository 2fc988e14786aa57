/**
 * The synthetic demo as a partner agency's monthly extracts: one CSV per month with the columns an analyst's
 * file has (date and time, latitude, longitude, offence, victim age band, knife, firearm, domestic), so the
 * demo can be imported month by month to try datasets that grow, the digest and the folder watcher.
 */
import type { IncidentColumns } from '../ingest/columns';
import { datetimeOf } from '../ingest/incidents-csv';
import { AGE_BAND_KEYS, FLAG, OFFENCE_GROUP_KEYS, OFFENCE_GROUP_LABELS } from '../offences/groups';
import { monthLabel } from '../time/month-index';

export const DEMO_EXTRACT_HEADER = 'Date,Latitude,Longitude,Offence,Victim age band,Knife,Firearm,Domestic';

/** File name of a month's extract: the month leads, so a folder sorts in time order. */
export const demoExtractName = (monthIndex: number) => `${monthLabel(monthIndex)}-synthetic-demo-extract.csv`;

const yes = (flags: number, bit: number) => (flags & bit ? 'Y' : '');

/** Month index -> CSV text (header and rows in column order) for every month with rows. */
export function demoExtracts(c: IncidentColumns): Map<number, string> {
	const lines = new Map<number, string[]>();
	for (let i = 0; i < c.length; i++) {
		const m = c.monthIndex[i];
		const age = AGE_BAND_KEYS[c.ageBand[i]];
		const f = c.flags[i];
		const row = `${datetimeOf(c, i)},${c.lat[i]},${c.lng[i]},${OFFENCE_GROUP_LABELS[OFFENCE_GROUP_KEYS[c.group[i]]]},${age === 'unknown' ? '' : age},${yes(f, FLAG.knife)},${yes(f, FLAG.firearm)},${yes(f, FLAG.domestic)}`;
		let list = lines.get(m);
		if (!list) lines.set(m, (list = [DEMO_EXTRACT_HEADER]));
		list.push(row);
	}
	return new Map([...lines].sort((a, b) => a[0] - b[0]).map(([m, l]) => [m, l.join('\n') + '\n']));
}
