import { describe, expect, it } from 'vitest';
import { UK_DISCLOSURE } from '../disclosure/disclosure';
import type { HotspotRow } from '../session/hotspots';
import type { WeightTable } from '../weights/weight-table';
import { disclosedRows } from './export-table';
import { decilesExport, hotspotsExport } from './tables';

const row = (count: number, value: number): HotspotRow => ({
	rank: 1,
	cell: '88195da49bfffff',
	centre: [0.5229, 51.2724],
	count,
	value,
	z: 4.2,
	q: 0.0001,
	giClass: 3,
	district: 'Maidstone',
	lsoa: 'Maidstone 001A (E01024380)',
	nearest: { name: 'Maidstone', distanceM: 420.4 },
	peakHours: '18:00-20:00',
	topLocation: 1
});

const COST = { kind: 'cost', unit: '£', priceYear: '2019/20 prices', label: 'Cost' } as WeightTable;

describe('tables in export form', () => {
	it('top hot spots carry the weighted sum after the count, withheld where the count is suppressed', () => {
		const table = hotspotsExport([row(12, 188_640.4), row(3, 47_160)], COST);
		expect(table.columns.slice(2, 4).map((c) => c.label)).toEqual(['Incidents', 'Estimated cost, £ (2019/20 prices)']);
		const rows = disclosedRows(table, UK_DISCLOSURE);
		expect(rows[0].slice(2, 4)).toEqual([10, 188_640]);
		expect(rows[1].slice(2, 4)).toEqual(['fewer than 5', 'withheld']);
		expect(hotspotsExport([row(12, 12)], null).columns.map((c) => c.key)).not.toContain('weighted');
	});

	it('decile rates are withheld where the decile’s count is suppressed, and kept from exact counts otherwise', () => {
		const table = decilesExport(
			[
				{ decile: 1, lsoas: 70, incidents: 1234, population: 110_000, ratePer1000: 11.218 },
				{ decile: 2, lsoas: 60, incidents: 2, population: 95_000, ratePer1000: 0.021 }
			],
			'IMD 2025'
		);
		expect(disclosedRows(table, UK_DISCLOSURE)).toEqual([
			[1, 70, 1235, 110_000, 11.22],
			[2, 60, 'fewer than 5', 95_000, 'withheld']
		]);
	});
});
