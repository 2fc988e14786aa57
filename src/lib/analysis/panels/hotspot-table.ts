/** The top hot spots table as CSV: the same rows the panel shows, with the method and filters above them. */
import { csvField } from '../sites/csv-field';
import { snapPointNote } from '../session/locations';
import type { HotspotRow } from '../session/hotspots';
import type { WeightTable } from '../weights/weight-table';

/** The CSV column of a weight table's sums: "estimated_cost_gbp_2019_20_prices" or "weighted_severity_points". */
export function weightedColumnName(table: Pick<WeightTable, 'kind' | 'unit' | 'priceYear'>): string {
	const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
	return table.kind === 'cost' ? `estimated_cost_gbp${table.priceYear ? `_${slug(table.priceYear)}` : ''}` : `weighted_${slug(table.unit)}`;
}

const HEADER = ['rank', 'h3_cell', 'incidents', 'z', 'q', 'lng', 'lat', 'district', 'lsoa21', 'nearest_place', 'nearest_place_m', 'peak_hours', 'one_location'];

/**
 * `suppressBelow` bands small counts as "fewer than N" (DESIGN.md section 5); `weightedColumn` adds the weighted
 * sum under that name (e.g. "estimated_cost_gbp_2019_20"), withheld where the count is, since it could reveal it.
 */
export function hotspotsCsv(rows: readonly HotspotRow[], options: { preamble?: readonly string[]; suppressBelow?: number; weightedColumn?: string } = {}): string {
	const { preamble = [], suppressBelow = 0, weightedColumn } = options;
	const header = weightedColumn ? [...HEADER.slice(0, 3), weightedColumn, ...HEADER.slice(3)] : HEADER;
	const lines = [...preamble.map((p) => csvField(p)), header.join(',')];
	for (const r of rows) {
		const suppressed = r.count < suppressBelow;
		const count = suppressed ? `fewer than ${suppressBelow}` : r.count;
		const weighted = weightedColumn ? [suppressed ? 'withheld' : Math.round(r.value)] : [];
		lines.push(
			[r.rank, r.cell, count, ...weighted, r.z.toFixed(4), r.q.toPrecision(4), r.centre[0].toFixed(6), r.centre[1].toFixed(6), r.district, r.lsoa, r.nearest?.name, r.nearest ? Math.round(r.nearest.distanceM) : null, r.peakHours, snapPointNote(r.topLocation, r.count) ? 'yes' : 'no']
				.map(csvField)
				.join(',')
		);
	}
	return `${lines.join('\r\n')}\r\n`;
}
