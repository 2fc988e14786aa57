import { describe, expect, it } from 'vitest';
import { cellOf, centreOf } from '../h3/cells';
import { catchmentsOf } from './catchment';
import { cellCoverageMask } from './coverage';
import { rankGaps } from './gaps';
import { northDeg, point, site } from './fixtures.test-helpers';
import { peakHoursText, cellProfiles } from './cell-profiles';

// Four res-9 cells along a meridian, about 1 km apart.
const cells = [0, 1, 2, 3].map((k) => cellOf([0.5, 51.3 + northDeg(1000 * k)], 9));
const centres = cells.map(centreOf);

describe('rankGaps', () => {
	// One site right on cell 1's centre covers cell 1 only (neighbours are ~1 km away, radius 800 m).
	const cs = catchmentsOf([site('S', point(centres[1][0], centres[1][1]), { name: 'Youth club' })], { radiusM: 800 });
	const covered = cellCoverageMask(cells, cs);
	const counts = new Uint32Array([7, 50, 7, 12]);

	it('ranks uncovered cells by count, ties by cell id, with the nearest site', () => {
		expect(Array.from(covered, (m) => (m ? 1 : 0))).toEqual([0, 1, 0, 0]);
		const rows = rankGaps(cells, counts, covered, cs, { describe: (i) => ({ district: `D${i}` }) });
		const tie = [0, 2].sort((a, b) => (cells[a] < cells[b] ? -1 : 1));
		expect(rows.map((r) => r.cellIndex)).toEqual([3, ...tie]);
		expect(rows.map((r) => r.rank)).toEqual([1, 2, 3]);
		expect(rows[0]).toMatchObject({ cell: cells[3], count: 12, district: 'D3', nearest: { siteId: 'S', name: 'Youth club' } });
		// Cell 3 is about 2 km north of cell 1's centre.
		expect(rows[0].nearest!.distanceM).toBeGreaterThan(1500);
		expect(rows[0].nearest!.distanceM).toBeLessThan(2500);
	});

	it('ranks only the given hot cells when asked (Gi* on)', () => {
		expect(rankGaps(cells, counts, covered, cs, { only: new Set([cells[0], cells[1]]) }).map((r) => r.cellIndex)).toEqual([0]);
	});

	it('takes the limit and ignores empty cells', () => {
		expect(rankGaps(cells, new Uint32Array([0, 0, 3, 0]), covered, cs, { limit: 5 }).map((r) => r.cellIndex)).toEqual([2]);
		expect(rankGaps(cells, counts, covered, cs, { limit: 1 })).toHaveLength(1);
	});

	it('with no sites every busy cell is a gap and has no nearest site', () => {
		const rows = rankGaps(cells, counts, new Uint16Array(4), []);
		expect(rows[0]).toMatchObject({ cellIndex: 1, nearest: null });
	});

});

describe('cell profiles', () => {
	it('gives the modal district and LSOA and the peak hours of the passing rows', () => {
		const columns = {
			cell: new Uint32Array([4, 4, 4, 4, 9]),
			hour: new Uint8Array([23, 23, 18, 255, 23]),
			district: new Uint16Array([2, 2, 5, 2, 7]),
			lsoa: new Uint16Array([10, 11, 11, 11, 3])
		};
		const profiles = cellProfiles(columns, new Uint8Array([1, 1, 1, 1, 1]), [4]);
		const p = profiles.get(4)!;
		expect(p.district).toBe(2);
		expect(p.lsoa).toBe(11);
		expect(peakHoursText(p.hours)).toBe('23:00-00:00, 18:00-19:00');
		expect(cellProfiles(columns, new Uint8Array([0, 0, 1, 0, 0]), [4]).get(4)!.district).toBe(5);
		expect(peakHoursText(new Uint32Array(24))).toBe('');
	});
});
