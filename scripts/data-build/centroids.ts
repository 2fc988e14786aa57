/**
 * data/lookups/lsoa21-pwc-centroids.geojson: the ONS population-weighted centroids of the 1,107
 * Kent & Medway LSOA 2021, read by the import's precision check (createCentroidIndex) to spot points
 * geocoded to an LSOA centroid.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { roundPosition } from './geography/coords';
import { checkCount, checkSameMapping, checkUnique, type GeographyProblem } from './geography/validate';
import { bngToLngLat, isGridReference } from '../../src/lib/analysis/geometry/bng';
import type { AreaRow } from './boundaries';
import { EXPECTED, failOnProblems } from './checks';
import { INPUTS } from './inputs';
import type { OutputDir } from './output';
import type { InputReader } from './source';

/** 6 decimals (about 0.1 m), well inside the precision check's 5 m tolerance. */
export const CENTROID_DECIMALS = 6;

/** Kent & Medway with a margin: a centroid outside it means a wrong CRS or axis order. */
const BOUNDS = { west: -0.1, east: 1.6, south: 50.8, north: 51.6 } as const;

/** Reads the centroids, converting British National Grid to WGS84 should a copy of the file use it. */
export function readCentroids(raw: FeatureCollection, lsoa21: readonly AreaRow[]): Feature<Point, { code: string }>[] {
	const known = new Map(lsoa21.map((a) => [a.code, a.district]));
	const problems: GeographyProblem[] = [...checkCount('LSOA 2021 centroids', raw.features.length, EXPECTED.lsoa21)];
	const features: Feature<Point, { code: string }>[] = [];
	const lad = new Map<string, string>();
	for (const f of raw.features) {
		const code = String(f.properties?.LSOA21CD ?? '').trim();
		if (!known.has(code)) {
			problems.push({ code: 'unexpected', value: code, message: `LSOA 2021 centroids: unknown LSOA code "${code}" (not in the LSOA 2021 boundaries)` });
			continue;
		}
		if (f.geometry?.type !== 'Point') {
			problems.push({ code: 'mismatch', message: `LSOA 2021 centroid ${code} is not a Point` });
			continue;
		}
		const [x, y] = f.geometry.coordinates;
		const lngLat = isGridReference(x, y) && x > 1000 ? bngToLngLat(x, y) : [x, y];
		const [lng, lat] = roundPosition(lngLat, CENTROID_DECIMALS);
		if (!(lng >= BOUNDS.west && lng <= BOUNDS.east && lat >= BOUNDS.south && lat <= BOUNDS.north)) {
			problems.push({ code: 'mismatch', message: `LSOA 2021 centroid ${code} at ${lng}, ${lat} lies outside Kent & Medway` });
			continue;
		}
		lad.set(code, String(f.properties?.LAD_CODE ?? ''));
		features.push({ type: 'Feature', properties: { code }, geometry: { type: 'Point', coordinates: [lng, lat] } });
	}
	problems.push(...checkUnique('LSOA 2021 centroids', features.map((f) => f.properties.code)));
	problems.push(...checkSameMapping('LSOA 2021 centroid districts', known, lad));
	failOnProblems('LSOA 2021 population-weighted centroids', problems);
	return features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
}

export function buildCentroids(reader: InputReader, out: OutputDir, lsoa21: readonly AreaRow[]): void {
	out.writeGeoJson(DATA_PATHS.lsoa21Centroids, readCentroids(reader.json<FeatureCollection>(INPUTS.lsoa21Centroids.path), lsoa21));
}
