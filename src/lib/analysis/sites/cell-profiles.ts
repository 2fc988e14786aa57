/**
 * What the gap table says about a cell: its district and LSOA (the ones most of its incidents fall in) and
 * its peak hours, from one pass over the rows passing the filters. Runs in the worker beside the cube.
 */

const UNKNOWN_HOUR = 255;

export interface CellProfile {
	/** DISTRICTS index and LSOA index most of the cell's incidents carry (0xffff when none). */
	district: number;
	lsoa: number;
	/** Incidents per wall-clock hour 0-23 (unknown hours left out). */
	hours: Uint32Array;
}

export interface ProfileColumns {
	/** Cell index per row at the mapped resolution. */
	cell: Uint32Array;
	hour: Uint8Array;
	district: Uint16Array;
	lsoa: Uint16Array;
}

function mode(tally: Map<number, number>): number {
	let best = 0xffff;
	let bestCount = 0;
	for (const [k, v] of tally) if (v > bestCount || (v === bestCount && k < best)) [best, bestCount] = [k, v];
	return best;
}

/** Profiles for the wanted cells only (e.g. the top gaps), over rows with pass[i] = 1. */
export function cellProfiles(columns: ProfileColumns, pass: Uint8Array, wanted: readonly number[]): Map<number, CellProfile> {
	const slot = new Map(wanted.map((c, k) => [c, k]));
	const hours = wanted.map(() => new Uint32Array(24));
	const districts = wanted.map(() => new Map<number, number>());
	const lsoas = wanted.map(() => new Map<number, number>());
	for (let i = 0; i < pass.length; i++) {
		if (pass[i] === 0) continue;
		const k = slot.get(columns.cell[i]);
		if (k === undefined) continue;
		const h = columns.hour[i];
		if (h !== UNKNOWN_HOUR) hours[k][h]++;
		districts[k].set(columns.district[i], (districts[k].get(columns.district[i]) ?? 0) + 1);
		lsoas[k].set(columns.lsoa[i], (lsoas[k].get(columns.lsoa[i]) ?? 0) + 1);
	}
	return new Map(wanted.map((c, k) => [c, { district: mode(districts[k]), lsoa: mode(lsoas[k]), hours: hours[k] }]));
}

const pad = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;

/** The busiest hours as "23:00-00:00, 18:00-19:00" (up to `top`, busiest first, ties by hour); "" without times. */
export function peakHoursText(hours: ArrayLike<number>, top = 2): string {
	const order = Array.from({ length: 24 }, (_, h) => h)
		.filter((h) => hours[h] > 0)
		.sort((a, b) => hours[b] - hours[a] || a - b);
	return order
		.slice(0, top)
		.map((h) => `${pad(h)}-${pad(h + 1)}`)
		.join(', ');
}
