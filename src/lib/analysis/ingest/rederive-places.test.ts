import { readFileSync } from 'node:fs';
import { cellToParent, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { FLAG } from '../offences/groups';
import { areaRecordsFromGeoJson, buildAreaIndex, createAreaIndex } from '../spatial/area-index';
import { ROW_ISSUE_OUTSIDE } from './codes';
import { NUMERIC_COLUMNS, type IncidentColumns } from './columns';
import { seededRandom } from './fixtures/seeded-random';
import { createIngest } from './ingest';
import { rederivePlaces } from './rederive-places';
import type { IngestReport } from './report';

const GEOJSON = JSON.parse(readFileSync(new URL('../spatial/fixtures/areas.geojson', import.meta.url), 'utf8'));
/** The boundaries the corrected version assigns with. */
const AREAS = createAreaIndex(GEOJSON);
/** Coarser stand-ins for the simplified boundaries an earlier version assigned with: every ring's vertices thinned. */
const THINNED = buildAreaIndex(
	areaRecordsFromGeoJson(GEOJSON).map((r) => ({ ...r, rings: r.rings.map((ring) => Float64Array.from(ring.filter((_, k) => Math.floor(k / 2) % 3 === 0 || k >= ring.length - 2))) }))
);

function policeCsv(rows: number): string {
	const rand = seededRandom(12);
	const lines = ['Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context'];
	for (let i = 0; i < rows; i++) {
		const lng = (0.45 + rand() * 0.65).toFixed(6);
		const lat = (51.02 + rand() * 0.3).toFixed(6);
		lines.push(`,2024-0${1 + (i % 4)},Kent Police,Kent Police,${lng},${lat},On or near X,,,Violence and sexual offences,,`);
	}
	return lines.join('\n') + '\n';
}

/** A stored record as the earlier version wrote it: cells 8 and 7 from cellToParent, LSOAs from the thinned polygons. */
function olderRecord(): { columns: IncidentColumns; report: IngestReport } {
	const ingest = createIngest({ areas: THINNED });
	ingest.beginFile('2024-01-kent-street.csv', 0);
	ingest.push(policeCsv(3000));
	ingest.endFile();
	const { columns, report } = ingest.finish();
	const parents = (r: 7 | 8) => {
		const ids: string[] = [];
		const index = new Map<string, number>();
		const column = Uint32Array.from(columns.cell9, (c) => {
			const id = cellToParent(columns.cells[9][c], r);
			if (!index.has(id)) index.set(id, ids.push(id) - 1);
			return index.get(id)!;
		});
		return { ids, column };
	};
	const p8 = parents(8);
	const p7 = parents(7);
	return { columns: { ...columns, cell8: p8.column, cell7: p7.column, cells: { ...columns.cells, 8: p8.ids, 7: p7.ids } }, report };
}

describe('rederivePlaces', () => {
	const old = olderRecord();
	const snapshot = structuredClone(old);
	const { columns: c, report } = rederivePlaces(old.columns, old.report, AREAS);

	it('the older record really is wrong somewhere, so the test can fail', () => {
		let wrongCells = 0;
		let wrongLsoa = 0;
		for (let i = 0; i < old.columns.length; i++) {
			if (old.columns.cells[8][old.columns.cell8[i]] !== latLngToCell(old.columns.lat[i], old.columns.lng[i], 8)) wrongCells++;
			const want = AREAS.locate(old.columns.lng[i], old.columns.lat[i]);
			if (old.columns.lsoa[i] !== (want === -1 ? 0xffff : want)) wrongLsoa++;
		}
		expect(wrongCells).toBeGreaterThan(50);
		expect(wrongLsoa).toBeGreaterThan(5);
	});

	it('gives every row the cells of its own point and the LSOA and district it lies in', () => {
		for (let i = 0; i < c.length; i++) {
			const [lng, lat] = [c.lng[i], c.lat[i]];
			expect([c.cells[7][c.cell7[i]], c.cells[8][c.cell8[i]], c.cells[9][c.cell9[i]]]).toEqual([7, 8, 9].map((r) => latLngToCell(lat, lng, r)));
			const area = AREAS.locate(lng, lat);
			expect(c.lsoa[i]).toBe(area === -1 ? 0xffff : area);
			expect(c.district[i]).toBe(area === -1 ? 0xffff : AREAS.district[area]);
			expect((c.flags[i] & FLAG.outside) !== 0).toBe(area === -1 || AREAS.district[area] === 0xffff);
		}
		expect(c.lsoaCodes).toEqual(AREAS.codes);
	});

	it('keeps every other column as it was and does not change its input', () => {
		for (const k of NUMERIC_COLUMNS) {
			if (['cell7', 'cell8', 'cell9', 'lsoa', 'district', 'flags'].includes(k)) continue;
			expect(Array.from(c[k]), k).toEqual(Array.from(old.columns[k]));
		}
		for (let i = 0; i < c.length; i++) expect(c.flags[i] & ~FLAG.outside).toBe(old.columns.flags[i] & ~FLAG.outside);
		expect(old).toEqual(snapshot);
	});

	it('recounts the outside rows in the row report and lists them by line', () => {
		let outside = 0;
		for (let i = 0; i < c.length; i++) if (c.flags[i] & FLAG.outside) outside++;
		expect(outside).toBeGreaterThan(0);
		expect(report!.total.flagged.outside).toBe(outside);
		expect(report!.files[0].flagged.outside).toBe(outside);
		const lines = Array.from({ length: report!.issues.length }, (_, i) => i).filter((i) => report!.issues.code[i] === ROW_ISSUE_OUTSIDE).map((i) => report!.issues.line[i]);
		const expected: number[] = [];
		for (let i = 0; i < c.length; i++) if (c.flags[i] & FLAG.outside) expected.push(c.line[i]);
		expect(lines).toEqual(expected.sort((a, b) => a - b));
		expect(report!.total.kept).toBe(old.report.total.kept);
	});

	it('matches a fresh import of the same rows with the corrected code', () => {
		const ingest = createIngest({ areas: AREAS });
		ingest.beginFile('2024-01-kent-street.csv', 0);
		ingest.push(policeCsv(3000));
		ingest.endFile();
		const fresh = ingest.finish();
		expect(c).toEqual(fresh.columns);
		expect(report).toEqual(fresh.report);
	});
});
