/**
 * Which rows share a coordinate: police.uk snaps every incident to an anonymised point, and a partner extract
 * may place many at one address, so a hexagon's count can be one location's. Found once per dataset.
 */
import { CoordinateTable } from '../ingest/coordinate-table';

export interface Locations {
	/** Distinct-coordinate index of each row. */
	ids: Uint32Array;
	count: number;
}

export function locationsOf(lng: Float64Array, lat: Float64Array): Locations {
	const table = new CoordinateTable(Math.min(lng.length, 1 << 20));
	const ids = new Uint32Array(lng.length);
	for (let i = 0; i < lng.length; i++) {
		let id = table.get(lng[i], lat[i]);
		if (id < 0) {
			id = table.size;
			table.set(lng[i], lat[i], id);
		}
		ids[i] = id;
	}
	return { ids, count: table.size };
}

/** A location holding this many of a hexagon's incidents, or at least half of them, is named (issue 14). */
export const SNAP_LOCATION_MIN = 20;

/** What the tooltip and detail say when one location dominates a hexagon, or null when none does. */
export function snapPointNote(top: number, count: number): string | null {
	// One incident at a place is not a shared location, whatever its share of a tiny hexagon.
	if (top < 2 || (top < SNAP_LOCATION_MIN && top * 2 < count)) return null;
	return `One location holds ${top.toLocaleString('en-GB')} of ${count.toLocaleString('en-GB')} incidents (a police.uk snap point or a single address).`;
}
