/**
 * Small police.uk month files and partner extracts for the tests of datasets that grow, read through the real
 * ingest, and views of a column store (row tuples, counts) that compare by content, not by the code under test.
 */
import { readFileSync } from 'node:fs';
import { createAreaIndex } from '$lib/analysis/spatial/area-index';
import type { IncidentColumns } from '$lib/analysis/ingest/columns';
import { createIngest, type IngestResult } from '$lib/analysis/ingest/ingest';
import { bytesSource, ingestSources } from '$lib/analysis/ingest/sources';
import { seededRandom } from '$lib/analysis/ingest/fixtures/seeded-random';

export const AREAS = createAreaIndex(JSON.parse(readFileSync(new URL('../analysis/spatial/fixtures/areas.geojson', import.meta.url), 'utf8')));

const HEADER = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const TYPES = ['Violence and sexual offences', 'Robbery', 'Possession of weapons', 'Public order', 'Burglary', 'Drugs'];

export interface PoliceRow {
	month: string;
	lng: number;
	lat: number;
	type: string;
}

/** `n` rows of a month at seeded points over the fixture areas (some outside them) with seeded crime types. */
export function monthRows(month: string, n: number, seed: number): PoliceRow[] {
	const random = seededRandom(seed);
	return Array.from({ length: n }, () => ({
		month,
		lng: Number((0.45 + random() * 0.6).toFixed(6)),
		lat: Number((51.1 + random() * 0.25).toFixed(6)),
		type: TYPES[Math.floor(random() * TYPES.length)]
	}));
}

export function policeFile(name: string, rows: readonly PoliceRow[]): { name: string; bytes: Uint8Array } {
	const lines = rows.map((r, i) => `c${i},${r.month},Kent Police,Kent Police,${r.lng},${r.lat},On or near Test Road,,,${r.type},,`);
	return { name, bytes: new TextEncoder().encode([HEADER, ...lines].join('\n') + '\n') };
}

/** A partner extract (comma-separated, one row per incident, day dates), as the auto format reads it. */
export function extractFile(name: string, rows: readonly { date: string; lng: number; lat: number; offence: string }[]): { name: string; bytes: Uint8Array } {
	const lines = rows.map((r, i) => `R${i},${r.date},${r.lat},${r.lng},${r.offence}`);
	return { name, bytes: new TextEncoder().encode(['Ref,Date,Latitude,Longitude,Offence', ...lines].join('\n') + '\n') };
}

/** The files read by one ingest, as the app reads them (auto format, an import time after every row). */
export async function ingestFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<IngestResult> {
	const ingest = createIngest({ areas: AREAS, format: 'auto', now: Date.UTC(2025, 0, 1) });
	// Small chunks, so chunk boundaries fall inside rows.
	await ingestSources(ingest, files.map((f) => bytesSource(f.name, f.bytes, 97)));
	return ingest.finish();
}

/** Each row as text with every field a row holds, its cells and source by name: equal tuples are equal rows. */
export function rowTuples(c: IncidentColumns): string[] {
	return Array.from({ length: c.length }, (_, r) =>
		[
			c.monthIndex[r],
			c.lng[r],
			c.lat[r],
			c.time[r],
			c.precision[r],
			c.hour[r],
			c.weekday[r],
			c.month[r],
			c.group[r],
			c.ageBand[r],
			c.flags[r],
			c.offenceCode[r] === 0 ? '' : c.offenceCodes[c.offenceCode[r] - 1],
			c.cells[7][c.cell7[r]],
			c.cells[8][c.cell8[r]],
			c.cells[9][c.cell9[r]],
			c.district[r],
			c.lsoa[r],
			c.sources[c.source[r]],
			c.line[r]
		].join('|')
	);
}

/** Rows in total, per month, per cell at each resolution and per group, counted directly. */
export function countsOf(c: IncidentColumns) {
	const tally = (key: (r: number) => string | number) => {
		const out: Record<string, number> = {};
		for (let r = 0; r < c.length; r++) out[key(r)] = (out[key(r)] ?? 0) + 1;
		return out;
	};
	return {
		rows: c.length,
		months: tally((r) => c.monthIndex[r]),
		cell7: tally((r) => c.cells[7][c.cell7[r]]),
		cell8: tally((r) => c.cells[8][c.cell8[r]]),
		cell9: tally((r) => c.cells[9][c.cell9[r]]),
		groups: tally((r) => c.group[r]),
		districts: tally((r) => c.district[r])
	};
}
