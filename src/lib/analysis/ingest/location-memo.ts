/**
 * Everything derived from a coordinate (H3 cells at 7/8/9, LSOA, district, outside) is computed
 * once per distinct (lng, lat) float pair. police.uk snaps points to a fixed set of map points, so a
 * year of Kent has tens of thousands of distinct coordinates for hundreds of thousands of rows.
 */
import { CellLocator, unitVectorOf, type UnitVector } from '../h3/cell-locator';
import { NO_AREA, type AreaIndex } from '../spatial/area-index';
import { REJECT } from './codes';
import type { IncidentColumns } from './columns';
import { CoordinateTable } from './coordinate-table';

/** The columns that hold what a coordinate resolves to. */
type PlaceColumns = Pick<IncidentColumns, 'lng' | 'lat' | 'cell9' | 'cell8' | 'cell7' | 'district' | 'lsoa'>;

/** Great Britain and Northern Ireland with a margin; police.uk covers England, Wales and Northern Ireland. */
export const UK_BOUNDS = { west: -11, south: 49, east: 2.5, north: 61.5 } as const;

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
	const next = new Int32Array(a.length * 2).fill(-1);
	next.set(a);
	return next;
}

export class LocationMemo {
	/** Each resolution's cell is latLngToCell of the point itself, never the parent of a finer cell. */
	readonly r9 = new CellLocator(9);
	readonly r8 = new CellLocator(8);
	readonly r7 = new CellLocator(7);
	private readonly point: UnitVector = { x: 0, y: 0, z: 0 };
	/** Per resolution-9 cell, the res-8 and res-7 cells of its latest point: where their searches start. */
	private near8 = new Int32Array(1024).fill(-1);
	private near7 = new Int32Array(1024).fill(-1);
	/** (lng, lat) -> slot, for valid coordinates only. */
	private readonly table = new CoordinateTable();
	lng: number[] = [];
	lat: number[] = [];
	cell9: number[] = [];
	cell8: number[] = [];
	cell7: number[] = [];
	lsoa: number[] = [];
	district: number[] = [];
	outside: boolean[] = [];
	private readonly areas: AreaIndex;

	constructor(areas: AreaIndex) {
		this.areas = areas;
	}

	/** The slot of a coordinate, or -(reject code + 1) for zero, invalid or out-of-range ones. */
	slotOf(lng: number, lat: number): number {
		if (lng === 0 && lat === 0) return -(REJECT.zero_coordinates + 1);
		// NaN fails every comparison, so text that is not a number lands here too.
		if (!(lng >= UK_BOUNDS.west && lng <= UK_BOUNDS.east && lat >= UK_BOUNDS.south && lat <= UK_BOUNDS.north)) {
			return -(REJECT.coordinates_out_of_range + 1);
		}
		// -0 and 0 compare equal but hash apart: one key for both, so a point is one slot however it was written.
		const x = lng + 0;
		const slot = this.table.get(x, lat);
		return slot >= 0 ? slot : this.resolve(x, lat);
	}

	/** Writes what a slot's coordinate resolves to (position, cells, district, LSOA) into row r. */
	writePlace(c: PlaceColumns, r: number, slot: number): void {
		c.lng[r] = this.lng[slot];
		c.lat[r] = this.lat[slot];
		c.cell9[r] = this.cell9[slot];
		c.cell8[r] = this.cell8[slot];
		c.cell7[r] = this.cell7[slot];
		c.district[r] = this.district[slot];
		c.lsoa[r] = this.lsoa[slot];
	}

	/** The cell dictionaries by resolution, as ColumnBuilder.finish takes them. */
	cellDictionaries(): IncidentColumns['cells'] {
		return { 9: this.r9.cells.values, 8: this.r8.cells.values, 7: this.r7.cells.values };
	}

	get distinct(): number {
		return this.table.size;
	}

	private resolve(lng: number, lat: number): number {
		const slot = this.lng.length;
		this.table.set(lng, lat, slot);
		const area = this.areas.locate(lng, lat);
		const district = area === -1 ? NO_AREA : this.areas.district[area];
		this.lng.push(lng);
		this.lat.push(lat);
		const p = unitVectorOf(lng, lat, this.point);
		const c9 = this.r9.locate(lng, lat, p);
		if (c9 >= this.near8.length) {
			this.near8 = grown(this.near8);
			this.near7 = grown(this.near7);
		}
		const c8 = (this.near8[c9] = this.r8.locateFrom(this.near8[c9], lng, lat, p));
		const c7 = (this.near7[c9] = this.r7.locateFrom(this.near7[c9], lng, lat, p));
		this.cell9.push(c9);
		this.cell8.push(c8);
		this.cell7.push(c7);
		this.lsoa.push(area === -1 ? NO_AREA : area);
		this.district.push(district);
		this.outside.push(district === NO_AREA);
		return slot;
	}
}
