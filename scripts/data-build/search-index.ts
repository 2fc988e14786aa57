/**
 * data/search/places.json: the offline place-search index (format in src/lib/analysis/search/place-index-format.ts):
 * districts and their partnerships, wards 2025, LSOA 2021 and towns and villages, each with its district.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { DISTRICTS } from '../../src/lib/analysis/geography/districts';
import type { Bounds } from '../../src/lib/analysis/geometry/bounds';
import {
	PLACE_SEARCH_COLUMNS,
	PLACE_SEARCH_DECIMALS,
	PLACE_SEARCH_FORMAT,
	PLACE_SEARCH_PATH,
	PLACE_SEARCH_VERSION,
	PLACE_SIZES,
	type BBox,
	type DistrictRow,
	type LsoaRow,
	type PlaceRow,
	type PlaceSearchFile,
	type WardRow
} from '../../src/lib/analysis/search/place-index-format';
import type { AreaRow } from './boundaries';
import { readCentroids } from './centroids';
import { EXPECTED, failOnProblems } from './checks';
import { roundCoord } from './geography/coords';
import { checkCount, checkDistricts, checkUnique, type GeographyProblem } from './geography/validate';
import { INPUTS } from './inputs';
import type { OutputDir } from './output';
import { buildPlaceLabels } from './place-labels';
import { areaAtOrNear, areaContaining, withBounds, type LocatedArea } from './search-locate';
import { ipnCandidates, labelCandidates, mergePlaces } from './search-places';
import type { InputReader } from './source';

/** A place more than 1 km outside every LSOA is beyond Kent & Medway (the IPN cut keeps some up to 4 km out). */
export const MAX_OUTSIDE_M = 1000;

export interface SearchIndexFacts {
	readonly wards: number;
	readonly lsoas: number;
	readonly places: number;
	readonly placesBySize: Readonly<Record<string, number>>;
	/** Candidates merged into a same-named place nearby. */
	readonly merged: number;
	/** IPN rows dropped as the inverted twin of a plain name ("Alkham, South"). */
	readonly invertedDropped: number;
	/** Places left out as lying beyond Kent & Medway, by name. */
	readonly outside: readonly string[];
}

const FACTOR = 10 ** PLACE_SEARCH_DECIMALS;
const down = (v: number) => Math.floor(v * FACTOR) / FACTOR;
const up = (v: number) => Math.ceil(v * FACTOR) / FACTOR;
const round = (v: number) => roundCoord(v, PLACE_SEARCH_DECIMALS);
/** Rounded outwards, so the box still holds the whole area. */
const bbox = (b: Bounds): BBox => [down(b[0][0]), down(b[0][1]), up(b[1][0]), up(b[1][1])];
const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function readAreaLayer(reader: InputReader, path: string, keys: { code: string; name: string; district: string }): LocatedArea[] {
	const features = reader.json<FeatureCollection<Polygon | MultiPolygon>>(path).features;
	return features
		.map((f) => withBounds({ code: String(f.properties?.[keys.code]).trim(), name: String(f.properties?.[keys.name]).trim(), district: String(f.properties?.[keys.district]).trim(), geometry: f.geometry }))
		.sort(byCode);
}

/** The ward holding each LSOA's population-weighted centroid; the build fails if one is in none or in another district's. */
function centroidWards(lsoas: readonly AreaRow[], centroids: ReadonlyMap<string, readonly number[]>, wards: readonly LocatedArea[]): Map<string, number> {
	const problems: GeographyProblem[] = [];
	const result = new Map<string, number>();
	for (const lsoa of lsoas) {
		const point = centroids.get(lsoa.code) as number[];
		const ward = areaContaining(wards, point);
		if (!ward || ward.district !== lsoa.district) {
			problems.push({ code: 'mismatch', message: `LSOA ${lsoa.code} centroid lies in ward ${ward?.code ?? 'none'} of ${ward?.district ?? 'no district'}` });
			continue;
		}
		result.set(lsoa.code, wards.indexOf(ward));
	}
	failOnProblems('place search: wards of LSOA centroids', problems);
	return result;
}

export function buildSearchIndex(reader: InputReader, out: OutputDir, lsoa21: readonly AreaRow[]): SearchIndexFacts {
	const lsoaRows = new Map(lsoa21.map((r) => [r.code, r]));
	const lsoaAreas = readAreaLayer(reader, INPUTS.lsoa21.path, { code: 'LSOA21CD', name: 'LSOA21NM', district: 'LADCD_ACTIVE' }).map((a) => ({ ...a, district: lsoaRows.get(a.code)?.district ?? a.district }));
	const wards = readAreaLayer(reader, INPUTS.wards25.path, { code: 'WD25CD', name: 'WD25NM', district: 'LAD25CD' });
	failOnProblems('place search: wards 2025', [...checkCount('Wards 2025', wards.length, EXPECTED.wards25), ...checkUnique('Wards 2025', wards.map((w) => w.code)), ...checkDistricts('Wards 2025', wards)]);
	const centroids = new Map(readCentroids(reader.json<FeatureCollection>(INPUTS.lsoa21Centroids.path), lsoa21).map((f) => [f.properties.code, f.geometry.coordinates]));
	const wardOf = centroidWards(lsoaAreas, centroids, wards);

	const sortedDistricts = [...DISTRICTS].sort(byCode);
	const districtIndex = new Map(sortedDistricts.map((d, i) => [d.code, i]));
	const district = (code: string) => districtIndex.get(code) as number;

	const ipnRows = reader.csv(INPUTS.placeNames.path);
	const labels = buildPlaceLabels(reader.json<FeatureCollection>(INPUTS.placeLabels.path), ipnRows);
	const ipn = ipnCandidates(ipnRows);
	const { places, merged } = mergePlaces([...labelCandidates(labels), ...ipn.candidates]);
	const outside: string[] = [];
	const placeRows: PlaceRow[] = [];
	for (const place of places) {
		const lsoa = areaAtOrNear(lsoaAreas, [place.point[0], place.point[1]], MAX_OUTSIDE_M);
		if (!lsoa) outside.push(place.name);
		else placeRows.push([place.name, place.size, district(lsoa.district), round(place.point[0]), round(place.point[1]), place.population]);
	}
	placeRows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[3] - b[3] || a[4] - b[4]));

	const districts: DistrictRow[] = sortedDistricts.map((d) => {
		const boxes = lsoaAreas.filter((a) => a.district === d.code).map((a) => a.bounds);
		const extent: Bounds = [
			[Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
			[Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))]
		];
		return { code: d.code, name: d.name, label: d.label, formerNames: d.formerNames, cspCode: d.cspCode, cspName: d.cspName, bbox: bbox(extent) };
	});
	const wardRows: WardRow[] = wards.map((w) => [w.code, w.name, district(w.district), ...bbox(w.bounds)]);
	const lsoaRowsOut: LsoaRow[] = lsoaAreas.map((a) => {
		const [lng, lat] = centroids.get(a.code) as number[];
		return [a.code, a.name, district(a.district), ...bbox(a.bounds), round(lng), round(lat), wardOf.get(a.code) as number];
	});

	const file: PlaceSearchFile = {
		format: PLACE_SEARCH_FORMAT,
		version: PLACE_SEARCH_VERSION,
		decimals: PLACE_SEARCH_DECIMALS,
		columns: PLACE_SEARCH_COLUMNS,
		sizes: PLACE_SIZES,
		districts,
		wards: wardRows,
		lsoas: lsoaRowsOut,
		places: placeRows
	};
	out.write(PLACE_SEARCH_PATH, formatPlaceSearchFile(file), { rows: districts.length + wardRows.length + lsoaRowsOut.length + placeRows.length });
	const placesBySize: Record<string, number> = {};
	for (const row of placeRows) placesBySize[row[1]] = (placesBySize[row[1]] ?? 0) + 1;
	return { wards: wardRows.length, lsoas: lsoaRowsOut.length, places: placeRows.length, placesBySize, merged, invertedDropped: ipn.invertedDropped, outside: outside.sort() };
}

/** One row per line: compact, yet a changed place shows up as a one-line diff. */
export function formatPlaceSearchFile(file: PlaceSearchFile): string {
	const list = (rows: readonly unknown[]) => `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
	const head = (['format', 'version', 'decimals', 'columns', 'sizes'] as const).map((k) => `${JSON.stringify(k)}:${JSON.stringify(file[k])}`);
	const tables = (['districts', 'wards', 'lsoas', 'places'] as const).map((k) => `${JSON.stringify(k)}:${list(file[k])}`);
	return `{${[...head, ...tables].join(',\n')}}\n`;
}

/** 1,204: grouped by hand, so the text does not depend on the runtime's locale data. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The SOURCES.md "Changes" text, with the counts of this build. */
export function describeSearchIndex(facts: SearchIndexFacts): string {
	const sizes = Object.entries(facts.placesBySize)
		.map(([size, count]) => `${thousands(count)} of size ${size} (${PLACE_SIZES[Number(size) as keyof typeof PLACE_SIZES]})`)
		.join(', ');
	const left = facts.outside.length === 0 ? 'none lay farther out' : `${facts.outside.length} left out as farther out (${facts.outside.join(', ')})`;
	return [
		`one JSON object (format ${PLACE_SEARCH_FORMAT} version ${PLACE_SEARCH_VERSION}; rows are tuples named by its \`columns\`; read with parsePlaceIndex in src/lib/analysis/search), one row per line.`,
		'**districts**: the 13 of src/lib/analysis/geography/districts.ts with their community safety partnership (Dartford and Gravesham share E22000352; Folkestone & Hythe\'s is still called Shepway) and the union of their LSOAs\' extents.',
		`**wards**: the ${thousands(facts.wards)} wards of May 2025 (WD25CD, WD25NM, LAD25CD) with the extent of the published polygon.`,
		`**lsoas**: the ${thousands(facts.lsoas)} LSOA 2021 (code, name and district as boundaries/lsoa21.geojson) with the extent of the published polygon, the ONS population-weighted centroid, and the ward (May 2025) holding that centroid, read by nearestPlace to name a ward; the build fails if a centroid lies in no ward or in another district's.`,
		`**places**: ${thousands(facts.places)} towns and villages: the place labels as in basemap/place-labels.geojson (GeoNames with its repairs; size = label tier, with population), the ONS IPN built-up areas (BUA; parts split by district merged at the mean of their points) and localities (LOC). IPN names cleaned: a district qualifier dropped ("Minster (Swale)" -> "Minster"), a one-word tail after a comma moved to the front ("Barns, New" -> "New Barns"), and ${facts.invertedDropped} inverted twins listed under the same IPN code as a plain name dropped ("Alkham, South"). A candidate with the same name (compared as search compares them) within 6 km of a kept place is merged into it (${thousands(facts.merged)} merged; labels' points kept first, then localities', then built-up areas'; the larger size class kept). District = that of the LSOA 2021 polygon at its published precision holding the point, or of the nearest within ${MAX_OUTSIDE_M / 1000} km (points on the coast or just over the border); ${left}. Sizes: ${sizes}.`,
		`Extents rounded outwards, points rounded, to ${PLACE_SEARCH_DECIMALS} decimal places (about 10 m); rows sorted by code, places by name.`
	].join(' ');
}
