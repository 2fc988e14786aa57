/**
 * data/lookups/hex-imd25.csv: for every H3 cell at resolutions 7, 8 and 9 that overlaps the study
 * area, the IMD 2025 decile of the LSOA 2021 holding most of the hexagon's residents. Each LSOA's
 * Census 2021 population is spread evenly over its area, so an LSOA puts pop × (overlap / LSOA area)
 * into a cell; ties go to the more deprived decile. Cells touching one LSOA take it without clipping.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { cellToBoundary, POLYGON_TO_CELLS_FLAGS, polygonToCellsExperimental } from 'h3-js';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { HEX_IMD_HEADER } from '../../src/lib/analysis/deprivation/hex-imd';
import { polygonParts } from './geography/polygon';
import { INGEST_RESOLUTIONS } from '../../src/lib/analysis/h3/cells';
import { areaInside, polygonAreaM2 } from './convex-clip';
import { parseCsv } from './csv';
import type { OutputDir } from './output';
import { INPUTS } from './inputs';
import { DataBuildError, type InputReader } from './source';

export interface HexArea {
	code: string;
	geometry: Polygon | MultiPolygon;
	population: number;
	/** IMD 2025 decile, 1 = most deprived. */
	decile: number;
}

export interface HexWinner {
	cell: string;
	decile: number;
}

/** Cells of one resolution overlapping any part of the area (h3-js reads [lng, lat] with isGeoJson). */
function overlappingCells(geometry: Polygon | MultiPolygon, resolution: number): Set<string> {
	const cells = new Set<string>();
	for (const rings of polygonParts(geometry)) {
		for (const cell of polygonToCellsExperimental(rings as Position[][], resolution, POLYGON_TO_CELLS_FLAGS.containmentOverlapping, true)) cells.add(cell);
	}
	return cells;
}

/** Mean latitude of the outer rings: the projection reference, shared by an LSOA's overlap and its area. */
function refLatOf(geometry: Polygon | MultiPolygon): number {
	const outer = polygonParts(geometry).flatMap((rings) => rings[0]);
	return outer.reduce((s, p) => s + p[1], 0) / outer.length;
}

/** Residents of `area` in `cell`, by even spread over the LSOA. */
function residentsIn(area: HexArea, cell: string, areaM2: number, refLat: number): number {
	const hexagon = cellToBoundary(cell, true);
	const inside = polygonParts(area.geometry).reduce((s, rings) => s + areaInside(rings, hexagon, refLat), 0);
	return areaM2 > 0 ? (area.population * inside) / areaM2 : 0;
}

/** Most residents wins; equal residents go to the lower (more deprived) decile, then the lower code. */
export function pickWinner(candidates: readonly { residents: number; decile: number; code: string }[]): { decile: number; code: string } {
	let best = candidates[0];
	for (const c of candidates.slice(1)) {
		if (c.residents > best.residents || (c.residents === best.residents && (c.decile < best.decile || (c.decile === best.decile && c.code < best.code)))) best = c;
	}
	return best;
}

/** The winning decile for every overlapping cell at one resolution, sorted by cell id. */
export function hexDeciles(areas: readonly HexArea[], resolution: number): HexWinner[] {
	const refLat = areas.map((a) => refLatOf(a.geometry));
	const areaM2 = areas.map((a, i) => polygonParts(a.geometry).reduce((s, rings) => s + polygonAreaM2(rings, refLat[i]), 0));
	const byCell = new Map<string, number[]>();
	areas.forEach((a, i) => {
		for (const cell of overlappingCells(a.geometry, resolution)) {
			const list = byCell.get(cell);
			if (list) list.push(i);
			else byCell.set(cell, [i]);
		}
	});
	const winners: HexWinner[] = [];
	for (const [cell, list] of byCell) {
		const candidates = list.map((i) => ({ residents: list.length === 1 ? 1 : residentsIn(areas[i], cell, areaM2[i], refLat[i]), decile: areas[i].decile, code: areas[i].code }));
		// A cell the coarse overlap test listed but that no LSOA actually reaches into is not in the study area.
		if (candidates.every((c) => c.residents === 0) && list.length > 1) continue;
		winners.push({ cell, decile: pickWinner(candidates).decile });
	}
	return winners.sort((a, b) => (a.cell < b.cell ? -1 : 1));
}

export interface HexFacts {
	cells: Record<number, number>;
}

export function buildHexDeprivation(areas: readonly HexArea[], out: OutputDir): HexFacts {
	for (const a of areas) {
		if (!(Number.isInteger(a.decile) && a.decile >= 1 && a.decile <= 10)) throw new DataBuildError(`hex deprivation: LSOA ${a.code} has no IMD 2025 decile`);
		if (!(a.population > 0)) throw new DataBuildError(`hex deprivation: LSOA ${a.code} has no Census 2021 population`);
	}
	const cells: Record<number, number> = {};
	const rows: string[] = [];
	for (const resolution of INGEST_RESOLUTIONS) {
		const winners = hexDeciles(areas, resolution);
		cells[resolution] = winners.length;
		for (const w of winners) rows.push(`${w.cell},${w.decile}`);
	}
	out.write(DATA_PATHS.hexImd25, `${HEX_IMD_HEADER}\n${rows.join('\n')}\n`, { rows: rows.length });
	return { cells };
}

/** The LSOA 2021 polygons at the published precision (as the import assigns points) and the table rows just written. */
export function hexAreasFromInput(reader: InputReader, out: OutputDir): HexArea[] {
	const lsoa21 = reader.json<FeatureCollection<Polygon | MultiPolygon, { LSOA21CD: string }>>(INPUTS.lsoa21.path);
	const table = new Map(parseCsv(readFileSync(join(out.root, DATA_PATHS.lsoa21Table), 'utf8')).map((r) => [r.code, r]));
	return lsoa21.features
		.map((f) => {
			const code = f.properties.LSOA21CD;
			const row = table.get(code);
			if (!row) throw new DataBuildError(`hex deprivation: LSOA ${code} is missing from ${DATA_PATHS.lsoa21Table}`);
			return { code, geometry: f.geometry, population: Number(row.population), decile: Number(row.imd25_decile) };
		})
		.sort((a, b) => (a.code < b.code ? -1 : 1));
}
