import { describe, expect, it } from 'vitest';
import { buildCube, type FilterColumns } from './cube';
import { compileFilter, FilterError, NO_FILTERS, type FilterState } from './filter-state';

const OUTSIDE = 1 << 6;
const AREA_ONLY = 1 << 7;

/** Month-precision rows in May 2024 (time and hour unknown): only cell, group, flags and LSOA vary. */
function columnsOf(rows: { cell: number; group?: number; flags?: number; lsoa?: number }[]): FilterColumns & { cells: Uint32Array } {
	const n = rows.length;
	return {
		time: new Float64Array(n).fill(NaN),
		hour: new Uint8Array(n).fill(255),
		weekday: new Uint8Array(n).fill(255),
		month: new Uint8Array(n).fill(5),
		monthIndex: new Uint16Array(n).fill(2024 * 12 + 4),
		group: Uint8Array.from(rows, (r) => r.group ?? 1),
		ageBand: new Uint8Array(n).fill(4),
		flags: Uint8Array.from(rows, (r) => r.flags ?? 0),
		district: new Uint16Array(n),
		lsoa: Uint16Array.from(rows, (r) => r.lsoa ?? 0),
		cells: Uint32Array.from(rows, (r) => r.cell)
	};
}

// Cells 0-3 lie in deciles 1, 2, unknown and 10.
const CELL_DECILES = Uint8Array.from([1, 2, 0, 10]);
const ROWS = [
	{ cell: 0, group: 1, lsoa: 0 },
	{ cell: 1, group: 2, lsoa: 1 },
	{ cell: 1, group: 1, lsoa: 1, flags: AREA_ONLY },
	{ cell: 2, group: 1, lsoa: 2 },
	{ cell: 3, group: 2, lsoa: 3 },
	{ cell: 0, group: 1, lsoa: 0, flags: OUTSIDE }
];
const columns = columnsOf(ROWS);

function run(patch: Partial<FilterState>, { cellDeciles, pass }: { cellDeciles?: Uint8Array; pass?: Uint8Array } = { cellDeciles: CELL_DECILES }) {
	return buildCube(columns, compileFilter({ ...NO_FILTERS, ...patch }), {
		cells: columns.cells,
		cellCount: 4,
		districtCount: 1,
		excludeFlag: OUTSIDE,
		cellExcludeFlag: AREA_ONLY,
		lsoaCount: 4,
		cellDeciles,
		pass
	});
}

describe('buildCube with the hexagon-decile filter', () => {
	it('counts every in-area row when the filter is off, cell deciles or not', () => {
		for (const deciles of [CELL_DECILES, undefined]) {
			const cube = run({}, { cellDeciles: deciles });
			expect([cube.total, cube.areaOnly, [...cube.cellCounts]]).toEqual([5, 1, [1, 1, 1, 1]]);
		}
	});

	it.each<[number[], number[], number[]]>([
		// deciles, cellCounts, lsoaCounts
		[[1, 2], [1, 1, 0, 0], [1, 1, 0, 0]],
		[[10], [0, 0, 0, 1], [0, 0, 0, 1]],
		[[3, 4, 5], [0, 0, 0, 0], [0, 0, 0, 0]],
		[[], [0, 0, 0, 0], [0, 0, 0, 0]]
	])('deciles %j keep only rows in such hexagons; unknown-decile cells and area-only rows are left out', (hexDeciles, cells, lsoas) => {
		const cube = run({ hexDeciles });
		const kept = cells.reduce((a, b) => a + b, 0);
		expect([cube.total, cube.areaOnly, [...cube.cellCounts], [...cube.lsoaCounts]]).toEqual([kept, 0, cells, lsoas]);
		expect(cube.districts[0]).toBe(kept);
		expect(cube.timeUnknownInMatrix).toBe(kept);
	});

	it('leaves everything out while the filter is on if no cell deciles were given', () => {
		expect(run({ hexDeciles: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, {}).total).toBe(0);
	});

	it('applies to the panels that ignore their own filter (offence options)', () => {
		const cube = run({ hexDeciles: [1, 2], groups: [2] });
		expect(cube.total).toBe(1);
		expect([cube.groupOptions[1], cube.groupOptions[2]]).toEqual([1, 1]);
	});

	it('marks the same rows in a pass mask', () => {
		const pass = new Uint8Array(ROWS.length);
		run({ hexDeciles: [1, 2] }, { cellDeciles: CELL_DECILES, pass });
		expect([...pass]).toEqual([1, 1, 0, 0, 0, 0]);
	});
});

describe('compileFilter for hexagon deciles', () => {
	it('sets one slot per decile 1-10, slot 0 (unknown) never', () => {
		expect([...compileFilter({ ...NO_FILTERS, hexDeciles: [1, 2, 10] }).hexDeciles!]).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
		expect(compileFilter(NO_FILTERS).hexDeciles).toBeUndefined();
	});

	it.each([[[0]], [[11]], [[2.5]]])('refuses %j', (hexDeciles) => {
		expect(() => compileFilter({ ...NO_FILTERS, hexDeciles })).toThrow(FilterError);
	});
});
