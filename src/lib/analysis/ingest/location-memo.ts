/**
 * Everything derived from a coordinate (validity, H3 cells at 7/8/9, LSOA, district, outside) is
 * computed once per distinct coordinate. police.uk snaps points to a fixed set of map points, so a
 * year of Kent has tens of thousands of distinct coordinates for hundreds of thousands of rows.
 */
import { CellHierarchy } from '../h3/cell-dictionary';
import { NO_AREA, type AreaIndex } from '../spatial/area-index';
import { REJECT } from './codes';

/** Great Britain and Northern Ireland with a margin; police.uk covers England, Wales and Northern Ireland. */
export const UK_BOUNDS = { west: -11, south: 49, east: 2.5, north: 61.5 } as const;

export class LocationMemo {
	readonly cells = new CellHierarchy({ fine: 9, coarse: [8, 7] });
	/** Coordinate text (as the source wrote it) -> slot, or -(reject code + 1). */
	private readonly byText = new Map<string, number>();
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

	/**
	 * The slot for a coordinate keyed on its text: for police.uk's fixed 6-decimal snap points that is
	 * the float pair; another spelling of the same pair only costs a second slot with equal values.
	 */
	get(key: string): number | undefined {
		return this.byText.get(key);
	}

	/** Resolves and remembers a coordinate first seen as `key`; returns its slot or -(reject code + 1). */
	add(key: string, lngText: string, latText: string): number {
		const slot = this.resolve(Number(lngText), Number(latText));
		this.byText.set(key, slot);
		return slot;
	}

	get distinct(): number {
		return this.byText.size;
	}

	private resolve(lng: number, lat: number): number {
		if (lng === 0 && lat === 0) return -(REJECT.zero_coordinates + 1);
		// NaN fails every comparison, so text that is not a number lands here too.
		if (!(lng >= UK_BOUNDS.west && lng <= UK_BOUNDS.east && lat >= UK_BOUNDS.south && lat <= UK_BOUNDS.north)) {
			return -(REJECT.coordinates_out_of_range + 1);
		}
		const slot = this.lng.length;
		const c9 = this.cells.locate(lng, lat);
		const area = this.areas.locate(lng, lat);
		const district = area === -1 ? NO_AREA : this.areas.district[area];
		this.lng.push(lng);
		this.lat.push(lat);
		this.cell9.push(c9);
		this.cell8.push(this.cells.parentIndex(0, c9));
		this.cell7.push(this.cells.parentIndex(1, c9));
		this.lsoa.push(area === -1 ? NO_AREA : area);
		this.district.push(district);
		this.outside.push(district === NO_AREA);
		return slot;
	}
}
