/** The top hot spots table as CSV: the same rows the panel shows, with the method and filters above them. */
import { csvField } from '../sites/csv-field';
import { snapPointNote } from '../session/locations';
import type { HotspotRow } from '../session/hotspots';

const HEADER = ['rank', 'h3_cell', 'incidents', 'z', 'q', 'lng', 'lat', 'district', 'lsoa21', 'nearest_place', 'nearest_place_m', 'peak_hours', 'one_location'];

/** `suppressBelow` bands small counts as "fewer than N" (DESIGN.md section 5). */
export function hotspotsCsv(rows: readonly HotspotRow[], options: { preamble?: readonly string[]; suppressBelow?: number } = {}): string {
	const { preamble = [], suppressBelow = 0 } = options;
	const lines = [...preamble.map((p) => csvField(p)), HEADER.join(',')];
	for (const r of rows) {
		const count = r.count < suppressBelow ? `fewer than ${suppressBelow}` : r.count;
		lines.push(
			[r.rank, r.cell, count, r.z.toFixed(4), r.q.toPrecision(4), r.centre[0].toFixed(6), r.centre[1].toFixed(6), r.district, r.lsoa, r.nearest?.name, r.nearest ? Math.round(r.nearest.distanceM) : null, r.peakHours, snapPointNote(r.topLocation, r.count) ? 'yes' : 'no']
				.map(csvField)
				.join(',')
		);
	}
	return `${lines.join('\r\n')}\r\n`;
}
