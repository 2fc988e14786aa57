import { ColumnBuilder, PRECISION, type IncidentColumns } from '../ingest/columns';
import { LocationMemo } from '../ingest/location-memo';
import { FLAG } from '../offences/groups';
import type { AreaIndex } from '../spatial/area-index';
import { LondonClock } from '../time/london';
import { toMonthIndex } from '../time/month-index';
import type { DemoIncident } from './generate';

/** The name the synthetic demo's rows carry as their source, so a drill-down says plainly where they came from. */
export function demoSourceName(seed: number): string {
	return `synthetic-demo-seed-${seed}`;
}

/**
 * Turns generated incidents into the same column store an import produces, deriving cells, LSOA and
 * district the same way (once per distinct coordinate), so every later step treats them alike.
 */
export function demoColumns(incidents: readonly DemoIncident[], areas: AreaIndex, seed: number): IncidentColumns {
	const memo = new LocationMemo(areas);
	const builder = new ColumnBuilder(incidents.length);
	const clock = new LondonClock();
	incidents.forEach((incident, i) => {
		const slot = memo.slotOf(incident.lng, incident.lat);
		if (slot < 0) throw new Error(`demo incident ${i} has unusable coordinates ${incident.lng}, ${incident.lat}`);
		const { year, month, day, hour, minute } = incident;
		const instant = clock.toInstant(year, month, day, hour, minute);
		const r = builder.row();
		const c = builder.cols;
		memo.writePlace(c, r, slot);
		c.time[r] = instant.time;
		c.precision[r] = PRECISION.minute;
		// The missing spring hour moves forward an hour, as the instant does.
		c.hour[r] = instant.warning === 'skipped' ? hour + 1 : hour;
		c.weekday[r] = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
		c.month[r] = month;
		c.monthIndex[r] = toMonthIndex(year, month);
		c.group[r] = incident.group;
		c.ageBand[r] = incident.ageBand;
		c.flags[r] = incident.flags | (memo.outside[slot] ? FLAG.outside : 0);
		c.source[r] = 0;
		// Line numbers as in the demo's CSV export: header on line 1, incident i on line i + 2.
		c.line[r] = i + 2;
	});
	return builder.finish({
		cells: memo.cellDictionaries(),
		lsoaCodes: areas.codes,
		sources: [demoSourceName(seed)]
	});
}
