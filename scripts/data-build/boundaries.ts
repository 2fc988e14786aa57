/**
 * Boundary artifacts: LSOA 2021 and 2011 and wards, simplified on a shared topology, plus districts,
 * district label points and the Kent/Medway outline dissolved from the LSOA 2021 topology.
 */
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { roundGeometry, roundPosition } from './geography/coords';
import { DISTRICTS, UPPER_TIER } from '../../src/lib/analysis/geography/districts';
import { geometryContains, interiorPoint } from './geography/polygon';
import { dissolve, simplifiedTopology, topologyFeatures } from './geography/topology';
import {
	checkCount,
	checkDistricts,
	checkSameMapping,
	checkUnique,
	type GeographyProblem
} from './geography/validate';
import { EXPECTED, failOnProblems } from './checks';
import { INPUTS } from './inputs';
import type { OutputDir } from './output';
import type { InputReader } from './source';

/** BGC boundaries are generalised to about 20 m already; a 20 m Douglas-Peucker adds no visible error. */
export const SIMPLIFY_TOLERANCE_M = 20;

/** Kent County Council's area; every study district except Medway belongs to it. */
const KENT_CC = UPPER_TIER[0].code;
const MEDWAY = UPPER_TIER[1].code;

type RawFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

export interface AreaRow {
	code: string;
	name: string;
	district: string;
}

function str(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

/** Single-part multipolygons are written as Polygons, which every consumer handles. */
function tidyArea(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
	const rounded = roundGeometry(geometry) as Polygon | MultiPolygon;
	if (rounded.type === 'MultiPolygon' && rounded.coordinates.length === 1) {
		return { type: 'Polygon', coordinates: rounded.coordinates[0] };
	}
	return rounded;
}

/** Reads a boundary layer, checks it, and returns rounded features carrying only code/name/district. */
function readAreas(
	reader: InputReader,
	path: string,
	label: string,
	expected: number,
	keys: { code: string; name: string; district: string }
): FeatureCollection<Polygon | MultiPolygon, AreaRow> {
	const raw = reader.json<FeatureCollection>(path).features as RawFeature[];
	const features = raw.map((f) => ({
		type: 'Feature' as const,
		properties: { code: str(f.properties[keys.code]), name: str(f.properties[keys.name]), district: str(f.properties[keys.district]) },
		geometry: roundGeometry(f.geometry) as Polygon | MultiPolygon
	}));
	const rows = features.map((f) => f.properties);
	failOnProblems(`${label} (${path})`, [
		...checkCount(label, features.length, expected),
		...checkUnique(label, rows.map((r) => r.code)),
		...checkDistricts(label, rows),
		...features
			.filter((f) => !['Polygon', 'MultiPolygon'].includes(f.geometry.type))
			.map((f): GeographyProblem => ({ code: 'unexpected', message: `${label}: ${f.properties.code} is not a polygon` }))
	]);
	features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
	return { type: 'FeatureCollection', features };
}

/** Simplifies one layer on its own topology and returns features sorted by code. */
function simplifyLayer(layer: FeatureCollection<Polygon | MultiPolygon, AreaRow>) {
	const topo = simplifiedTopology({ areas: layer }, { toleranceM: SIMPLIFY_TOLERANCE_M });
	const features = topologyFeatures(topo, 'areas').map((f) => {
		const p = f.properties as unknown as AreaRow;
		return { type: 'Feature' as const, properties: { code: p.code, name: p.name, district: p.district }, geometry: tidyArea(f.geometry) };
	});
	return { topo, features };
}

/** The LSOA 2021 -> district assignment must be the same in the boundary file and the ONS lookup. */
function checkLsoa21Districts(reader: InputReader, rows: readonly AreaRow[]): void {
	const lookup = reader.csv(INPUTS.lookupLsoa21Ward24.path);
	failOnProblems('LSOA 2021 district assignment (boundary LADCD_ACTIVE vs ONS LSOA21->WD24->LAD24 lookup)', [
		...checkSameMapping(
			'LSOA21 district',
			new Map(rows.map((r) => [r.code, r.district])),
			new Map(lookup.map((r) => [r.lsoa21_code, r.ltla24_code]))
		)
	]);
}

/** Every LSOA's interior point must fall in its own district polygon and in no other. */
function checkLsoasInDistricts(lsoas: readonly AreaRow[], geometries: readonly (Polygon | MultiPolygon)[], districts: Map<string, Polygon | MultiPolygon>): void {
	const problems: GeographyProblem[] = [];
	lsoas.forEach((lsoa, i) => {
		const point = interiorPoint(geometries[i]);
		const hits = [...districts].filter(([, g]) => geometryContains(g, point)).map(([code]) => code);
		if (hits.length !== 1 || hits[0] !== lsoa.district) {
			problems.push({ code: 'mismatch', message: `LSOA ${lsoa.code} (${lsoa.district}) interior point falls in [${hits.join(', ')}]` });
		}
	});
	failOnProblems('dissolved districts', problems);
}

export interface BoundaryResult {
	lsoa21: AreaRow[];
	lsoa11: AreaRow[];
}

export function buildBoundaries(reader: InputReader, out: OutputDir): BoundaryResult {
	const lsoa21Layer = readAreas(reader, INPUTS.lsoa21.path, 'LSOA 2021', EXPECTED.lsoa21, {
		code: 'LSOA21CD',
		name: 'LSOA21NM',
		district: 'LADCD_ACTIVE'
	});
	const lsoa21Rows = lsoa21Layer.features.map((f) => f.properties);
	checkLsoa21Districts(reader, lsoa21Rows);

	const lsoa21 = simplifyLayer(lsoa21Layer);
	out.writeGeoJson(DATA_PATHS.lsoa21, lsoa21.features);

	const districtGeometries = new Map<string, Polygon | MultiPolygon>();
	for (const [code, geometry] of dissolve(lsoa21.topo, 'areas', (p) => String(p.district))) {
		districtGeometries.set(code, tidyArea(geometry as MultiPolygon));
	}
	failOnProblems('districts', checkSameMapping('district codes', new Map(DISTRICTS.map((d) => [d.code, d.code])), new Map([...districtGeometries.keys()].map((c) => [c, c]))));
	checkLsoasInDistricts(lsoa21Rows, lsoa21.features.map((f) => f.geometry), districtGeometries);

	const sortedDistricts = [...DISTRICTS].sort((a, b) => (a.code < b.code ? -1 : 1));
	out.writeGeoJson(
		DATA_PATHS.districts,
		sortedDistricts.map((d) => ({
			type: 'Feature',
			properties: { code: d.code, name: d.name, label: d.label, csp_code: d.cspCode, csp_name: d.cspName, area: d.area },
			geometry: districtGeometries.get(d.code) as Polygon | MultiPolygon
		}))
	);

	const labels: Feature<Point>[] = sortedDistricts.map((d) => {
		const geometry = districtGeometries.get(d.code) as Polygon | MultiPolygon;
		const point = roundPosition(interiorPoint(geometry, { scanlines: 96 }));
		if (!geometryContains(geometry, point)) failOnProblems('district labels', [{ code: 'mismatch', message: `label for ${d.code} falls outside it` }]);
		return { type: 'Feature', properties: { code: d.code, name: d.name, label: d.label }, geometry: { type: 'Point', coordinates: point } };
	});
	out.writeGeoJson(DATA_PATHS.districtLabels, labels);

	const upperTier = dissolve(lsoa21.topo, 'areas', (p) => (p.district === MEDWAY ? MEDWAY : KENT_CC));
	out.writeGeoJson(
		DATA_PATHS.outline,
		[...UPPER_TIER]
			.sort((a, b) => (a.code < b.code ? -1 : 1))
			.map((u) => ({ type: 'Feature', properties: { code: u.code, name: u.name }, geometry: tidyArea(upperTier.get(u.code) as MultiPolygon) }))
	);

	const lsoa11Layer = readAreas(reader, INPUTS.lsoa11.path, 'LSOA 2011', EXPECTED.lsoa11, { code: 'LSOA11CD', name: 'LSOA11NM', district: 'LAD_CODE' });
	out.writeGeoJson(DATA_PATHS.lsoa11, simplifyLayer(lsoa11Layer).features);

	const wardLayer = readAreas(reader, INPUTS.wards25.path, 'Wards 2025', EXPECTED.wards25, { code: 'WD25CD', name: 'WD25NM', district: 'LAD25CD' });
	out.writeGeoJson(DATA_PATHS.wards25, simplifyLayer(wardLayer).features);

	return { lsoa21: lsoa21Rows, lsoa11: lsoa11Layer.features.map((f) => f.properties) };
}

