import { describe, expect, it } from 'vitest';
import type { HotspotRow } from '../session/hotspots';
import { hotspotsCsv, weightedColumnName } from './hotspot-table';

const row = (rank: number, count: number, value: number): HotspotRow => ({
	rank,
	cell: `88195da4${rank}fffff`,
	centre: [0.5, 51.3],
	count,
	value,
	z: 3.2,
	q: 0.001,
	giClass: 3,
	district: 'Maidstone',
	lsoa: 'Maidstone 001A (E01024380)',
	nearest: { name: 'Maidstone', distanceM: 420 },
	peakHours: '18:00-20:00',
	topLocation: 1
});

describe('top hot spots CSV', () => {
	it('adds the weighted sum after the count, named with its unit and price year, and withholds it where the count is suppressed', () => {
		const column = weightedColumnName({ kind: 'cost', unit: '£', priceYear: '2019/20 prices' });
		expect(column).toBe('estimated_cost_gbp_2019_20_prices');
		const lines = hotspotsCsv([row(1, 12, 188640.4), row(2, 3, 47160)], { suppressBelow: 5, weightedColumn: column }).trim().split('\r\n');
		expect(lines[0].split(',').slice(0, 5)).toEqual(['rank', 'h3_cell', 'incidents', 'estimated_cost_gbp_2019_20_prices', 'z']);
		expect(lines[1].split(',').slice(2, 4)).toEqual(['12', '188640']);
		expect(lines[2].split(',').slice(2, 4)).toEqual(['fewer than 5', 'withheld']);
	});

	it('names a harm column by its unit and leaves the column out for counts', () => {
		expect(weightedColumnName({ kind: 'harm', unit: 'severity points', priceYear: null })).toBe('weighted_severity_points');
		expect(hotspotsCsv([row(1, 12, 12)]).split('\r\n')[0]).not.toMatch(/weighted|cost/);
	});
});
