/**
 * What the page needs to know about a loaded dataset, computed once in the worker: names, counts,
 * whether it has times of day, the months it spans, and for every hex the LSOA under its centre.
 */
import { centreOf } from '../h3/cells';
import { DEFAULT_GROUP_CODES, FLAG, OFFENCE_GROUP_KEYS } from '../offences/groups';
import type { IncidentColumns } from '../ingest/columns';
import type { IngestReport } from '../ingest/report';
import type { AreaIndex } from '../spatial/area-index';

export type DatasetKind = 'synthetic' | 'policeuk' | 'local';
export type MappedResolution = 7 | 8 | 9;
export const MAPPED_RESOLUTIONS: readonly MappedResolution[] = [7, 8, 9];
/** The column holding each row's cell at a resolution. */
export const CELL_COLUMN = { 7: 'cell7', 8: 'cell8', 9: 'cell9' } as const;

export interface DatasetSummary {
	/** The name the URL carries: synthetic-<seed>, policeuk-<months> or local-<hash>. */
	id: string;
	kind: DatasetKind;
	/** What every screen shows, e.g. "Synthetic demo data (seed 20240101)". */
	label: string;
	/** Short checksum of the rows (fingerprint), printed on every export; set by the service when shown. */
	checksum?: string;
	/** Kept rows, including those outside the study area. */
	rows: number;
	/** Rows inside Kent & Medway, which maps and statistics use. */
	inArea: number;
	/** Of those, serious violence (the groups shown when no offence filter is set): the legend's "of N". */
	inAreaSerious: number;
	/** Rows inside Kent & Medway by offence group code, so "of N" follows a user's definition of serious violence. */
	inAreaByGroup?: number[];
	/** True when some rows have an hour and weekday; false for month-only sources such as police.uk. */
	hasTimes: boolean;
	/** First and last month index (year * 12 + month - 1), or null for no rows. */
	monthRange: [number, number] | null;
	/** Source file names (or the demo's name), by source index. */
	sources: readonly string[];
	/** H3 ids per resolution (the columns' dictionaries). */
	cells: Readonly<Record<MappedResolution, readonly string[]>>;
	/** For each cell of each resolution, the LSOA under its centre (index into lsoaCodes), 0xffff at sea or outside. */
	cellLsoa: Readonly<Record<MappedResolution, Uint16Array>>;
	lsoaCodes: readonly string[];
	lsoaNames: readonly string[];
	/** DISTRICTS index of each LSOA. */
	lsoaDistrict: Uint16Array;
	report: IngestReport | null;
}

/** A short stable fingerprint of the rows (FNV-1a over positions, times and groups) for local-<hash> names. */
export function fingerprint(columns: IncidentColumns): string {
	let h = 0x811c9dc5;
	const mix = (x: number) => {
		h ^= x & 0xffffffff;
		h = Math.imul(h, 0x01000193) >>> 0;
	};
	for (let i = 0; i < columns.length; i++) {
		mix(Math.round(columns.lng[i] * 1e6));
		mix(Math.round(columns.lat[i] * 1e6));
		mix(Number.isNaN(columns.time[i]) ? columns.monthIndex[i] : Math.floor(columns.time[i] / 60_000));
		mix(columns.group[i]);
	}
	mix(columns.length);
	return h.toString(16).padStart(8, '0');
}

export function summariseDataset(
	columns: IncidentColumns,
	areas: AreaIndex,
	meta: { id: string; kind: DatasetKind; label: string; report: IngestReport | null }
): DatasetSummary {
	let inArea = 0;
	let inAreaSerious = 0;
	const byGroup = new Array<number>(OFFENCE_GROUP_KEYS.length).fill(0);
	const serious = new Uint8Array(256);
	for (const g of DEFAULT_GROUP_CODES) serious[g] = 1;
	let hasTimes = false;
	let first = Infinity;
	let last = -Infinity;
	for (let i = 0; i < columns.length; i++) {
		if ((columns.flags[i] & FLAG.outside) === 0) {
			inArea++;
			inAreaSerious += serious[columns.group[i]];
			byGroup[columns.group[i]]++;
		}
		if (columns.hour[i] !== 255) hasTimes = true;
		const m = columns.monthIndex[i];
		if (m < first) first = m;
		if (m > last) last = m;
	}
	const cellLsoa = Object.fromEntries(
		MAPPED_RESOLUTIONS.map((r) => {
			const ids = columns.cells[r];
			const out = new Uint16Array(ids.length);
			ids.forEach((cell, i) => {
				const [lng, lat] = centreOf(cell);
				const area = areas.locate(lng, lat);
				out[i] = area === -1 ? 0xffff : area;
			});
			return [r, out];
		})
	) as Record<MappedResolution, Uint16Array>;
	return {
		...meta,
		rows: columns.length,
		inArea,
		inAreaSerious,
		inAreaByGroup: byGroup,
		hasTimes,
		monthRange: columns.length ? [first, last] : null,
		sources: columns.sources,
		cells: columns.cells,
		cellLsoa,
		lsoaCodes: areas.codes,
		lsoaNames: areas.names,
		lsoaDistrict: areas.district
	};
}

/** Incidents in Kent & Medway under a definition of serious violence (summaries saved before the per-group counts give the default's). */
export function inAreaUnder(summary: Pick<DatasetSummary, 'inAreaSerious' | 'inAreaByGroup'>, groups: readonly number[]): number {
	if (!summary.inAreaByGroup) return summary.inAreaSerious;
	return groups.reduce((s, g) => s + (summary.inAreaByGroup![g] ?? 0), 0);
}
