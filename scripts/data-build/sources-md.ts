/** Writes data/SOURCES.md (provenance of every artifact) and data/attribution.json. */
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { ATTRIBUTION, type AttributionId } from './attribution';
import { SIMPLIFY_TOLERANCE_M } from './boundaries';
import { CENTROID_DECIMALS } from './centroids';
import { COPIED_FILES, INPUTS, POLICE_UK_FILES, type InputSpec } from './inputs';
import { describeDemoColumns } from './demo-columns';
import type { OutputDir } from './output';
import { placeLabelRepairs } from './place-labels';
import { describeSearchIndex, type SearchIndexFacts } from './search-index';
import { describeSyntheticAdmissions } from './synthetic-admissions';
import { PLACE_SEARCH_PATH } from '../../src/lib/analysis/search/place-index-format';

interface ArtifactNote {
	readonly paths: readonly string[];
	readonly inputs: readonly InputSpec[];
	readonly credits: readonly AttributionId[];
	readonly changes: string;
}

const SIMPLIFIED = `coordinates rounded to 5 decimal places (about 1 m); simplified on a shared topology (topojson-server arcs, Douglas-Peucker per arc at ${SIMPLIFY_TOLERANCE_M} m, rings never collapsed), so neighbours share edges without gaps; features sorted by code`;

function labelChanges(): string {
	const { fixes, additions } = placeLabelRepairs();
	const fixed = Object.entries(fixes).map(([id, f]) => `${f.name} (geonameid ${id}) to tier ${f.tier}, population null`).join('; ');
	const added = additions.map((a) => `${a.name} (${a.ipn}, tier ${a.tier})`).join(', ');
	return `kept name, tier and population of the 156 GeoNames labels (Saint Peters' implausible population was already null). Repaired inflated or copied GeoNames figures: ${fixed}. Added towns GeoNames lacks at their ONS IPN 2022 Locality point, population null and tier set by hand: ${added}. Sorted by tier, then name.`;
}

/** Facts only known once the build has run, quoted in the notes. */
export interface BuildFacts {
	motorwayLinksDropped: number;
	search: SearchIndexFacts;
}

function notes(facts: BuildFacts): readonly ArtifactNote[] {
	return [
	{
		paths: [DATA_PATHS.lsoa21],
		inputs: [INPUTS.lsoa21, INPUTS.lookupLsoa21Ward24],
		credits: ['ons'],
		changes: `properties reduced to { code, name, district } (LSOA21CD, LSOA21NM, LADCD_ACTIVE); the district of every LSOA checked against the ONS LSOA21->WD24->LAD24 lookup (the build fails on any disagreement); ${SIMPLIFIED}.`
	},
	{
		paths: [DATA_PATHS.lsoa21Assign],
		inputs: [INPUTS.lsoa21, INPUTS.lookupLsoa21Ward24],
		credits: ['ons'],
		changes:
			'the polygons the import assigns every point to an LSOA (and so a district) with: the published BGC boundaries at their own precision, never simplified, quantised to 1e-9 degree (about 0.1 mm; shared vertices stay identical, so neighbours share exact edges), with { code, name, district } as for boundaries/lsoa21.geojson. gzip of a packed binary (layout in src/lib/analysis/spatial/boundary-pack.ts: header JSON, then per area its rings as zigzag varint deltas); the build reads it back and fails if any coordinate moved by more than half a quantum. A point on a boundary goes to the LSOA east of it (north of an east-west boundary); a point in no polygon is kept as outside, never moved into the nearest LSOA (src/lib/analysis/spatial/area-index.ts).'
	},
	{
		paths: [DATA_PATHS.districts, DATA_PATHS.outline],
		inputs: [INPUTS.lsoa21],
		credits: ['ons'],
		changes: `LSOA 2021 polygons dissolved (topojson-client merge on the simplified LSOA topology) by district and by upper tier (Kent County Council area E10000016 = the 12 Kent districts; Medway E06000035), so their edges coincide exactly with LSOA edges. District properties come from src/lib/analysis/geography/districts.ts (CSP codes checked against the ONS LAD24->CSP24 lookup). Coarser published district outlines (BSC) are not used.`
	},
	{
		paths: [DATA_PATHS.districtLabels],
		inputs: [INPUTS.lsoa21],
		credits: ['ons'],
		changes: 'one point per district: the midpoint of the scan-line run through the largest part that lies farthest from the boundary; the build checks each lies inside its district.'
	},
	{
		paths: [DATA_PATHS.lsoa11],
		inputs: [INPUTS.lsoa11],
		credits: ['ons', 'martinjc'],
		changes: `properties reduced to { code, name, district } (LSOA11CD, LSOA11NM, LAD_CODE); names keep "Shepway" as published; ${SIMPLIFIED}.`
	},
	{
		paths: [DATA_PATHS.wards25],
		inputs: [INPUTS.wards25],
		credits: ['ons'],
		changes: `properties reduced to { code, name, district } (WD25CD, WD25NM, LAD25CD); ${SIMPLIFIED}.`
	},
	{
		paths: [DATA_PATHS.lsoa21Table],
		inputs: [INPUTS.lsoa21, INPUTS.census2021, INPUTS.pop2022, INPUTS.imd2025],
		credits: ['ons', 'mhclg'],
		changes:
			'one row per LSOA 2021, sorted by code. population and pop_<band> are Census 2021 usual residents (the six ONS age bands; population is their sum, as in the source). pop_mid2022 is the IoD2025 File 7 mid-2022 denominator (hand-transcribed upstream: see PROVENANCE.md §14a). imd25_score/rank/decile are the IMD 2025 (rank 1 = most deprived of 33,755) and imd25_<domain>_decile the seven domain deciles (housing_and_services = Barriers to Housing and Services, environment = Living Environment). No 10-24 age band exists in these sources.'
	},
	{
		paths: [DATA_PATHS.lsoa11Table],
		inputs: [INPUTS.lsoa11, INPUTS.imd2019, INPUTS.imd2019Domains, INPUTS.pop2019],
		credits: ['ons', 'mhclg'],
		changes:
			'one row per LSOA 2011, sorted by code; thousands separators removed from ranks and populations; File 1 and File 2 IMD ranks checked equal; the IoD district column checked against the boundary file. imd19_<domain>_decile from File 2 (same stems as lsoa21.csv). pop_mid2019 is the ONS mid-2019 estimate.'
	},
	{
		paths: [DATA_PATHS.lsoa11ToLsoa21],
		inputs: [INPUTS.lookupLsoa11Lsoa21],
		credits: ['ons'],
		changes: 'columns lsoa11_code, lsoa21_code, change (ONS change indicator: U unchanged, S split, M merged, X irregular; Kent has no X rows); sorted; every code checked against the boundary files.'
	},
	{
		paths: [DATA_PATHS.districtTable],
		inputs: [INPUTS.lookupLtlaCsp, INPUTS.census2021, INPUTS.lsoa21],
		credits: ['ons'],
		changes: 'district table from districts.ts; population = sum of the Census 2021 LSOA populations in lsoa21.csv; lsoa21_count = LSOAs per district.'
	},
	{
		paths: [DATA_PATHS.land],
		inputs: [INPUTS.land],
		credits: ['osm'],
		changes: 'properties reduced to { iso_a3 }; coordinates rounded to 5 decimal places. Coarse (edges of hundreds of metres): use the outline for Kent\'s own coast. ODbL derived database: this file is how to rebuild it.'
	},
	{
		paths: [DATA_PATHS.rail],
		inputs: [INPUTS.rail],
		credits: ['network-rail'],
		changes: 'properties reduced to { elr }; coordinates rounded. Lines are straight chords between mileposts reconstructed by the collector (schematic).'
	},
	{
		paths: [DATA_PATHS.motorways],
		inputs: [INPUTS.motorways],
		credits: ['os-open-roads'],
		changes:
			`properties reduced to { road_classification_number }; coordinates rounded; the fake straight "M25" Dartford Crossing link that roadbox invented (length 7748.97, 0.2383E 51.4272N to 0.2677E 51.4905N) is dropped, and so are ${facts.motorwayLinksDropped} slip-road links shorter than the 1 m rounding step. **The M2 is missing upstream** (roadbox kept only the largest connected motorway component), so no M2 is drawn; nor are A roads.`
	},
	{
		paths: [DATA_PATHS.placeLabels],
		inputs: [INPUTS.placeLabels, INPUTS.placeNames],
		credits: ['geonames', 'ons'],
		changes: `properties { name, tier, population }; ${labelChanges()}`
	},
	{
		paths: [DATA_PATHS.basemapTileInfo],
		inputs: [INPUTS.land, INPUTS.lsoa21, INPUTS.rail, INPUTS.motorways, INPUTS.stations, INPUTS.placeLabels, INPUTS.placeNames],
		credits: ['osm', 'ons', 'network-rail', 'os-open-roads', 'stations', 'geonames'],
		changes:
			'the layers the offline basemap draws, cut from the GeoJSON files above (land, outline, districts, rail, motorways, district-labels, place-labels, stations: one source-layer each, keeping only the properties the style reads, listed in vector_layers) into Mapbox Vector Tiles (geojson-vt, encoded as MVT version 2 by vt-pbf): one `.pbf` per z/x/y beside tiles.json for every tile inside `bounds` from `minzoom` to `maxzoom`, empty ones as 0-byte files so MapLibre never meets a 404; past `maxzoom` MapLibre overzooms. Below `maxzoom` lines and rings are simplified (Douglas-Peucker, `tolerance` units of the tile `extent`), so low zooms carry coarser geometry; at `maxzoom` they are only snapped to the tile grid. manifest.json lists tiles.json, not each tile: its `files` holds the tile count, bytes and a sha256 over every tile\'s path and sha256. For drawing only: the analysis reads boundaries/districts.geojson and boundaries/lsoa21-assign.bin.'
	},
	{
		paths: COPIED_FILES.filter((c) => c.to.startsWith('basemap/glyphs/')).map((c) => c.to),
		inputs: COPIED_FILES.filter((c) => c.to.startsWith('basemap/glyphs/')).map((c) => ({ ...c.input, path: c.from })),
		credits: [],
		changes: 'copied byte for byte (Noto Sans glyph ranges for MapLibre, with OFL.txt). No on-map credit needed.'
	},
	{
		paths: [...COPIED_FILES.filter((c) => c.to.startsWith('basemap/sprites/')).map((c) => c.to), 'basemap/sprites/LICENSE.txt'],
		inputs: COPIED_FILES.filter((c) => c.to.startsWith('basemap/sprites/')).map((c) => c.input),
		credits: [],
		changes: 'the light sprite sheets copied byte for byte; LICENSE.txt carries the MIT notice of tangrams/icons that the licence requires. No on-map credit needed.'
	},
	{
		paths: [DATA_PATHS.hospitals],
		inputs: [INPUTS.hospitals],
		credits: ['nhs'],
		changes:
			'properties { ods_code, name, sector, emergency_department, status, note }. emergency_department is true for the six Type 1 EDs (Darent Valley RN707, Medway Maritime RPA02, William Harvey RVV01, QEQM RVV09, Maidstone RWF03, Tunbridge Wells at Pembury RWFTW). Kent and Canterbury (RVVKC) is false, noted as an urgent treatment centre. Kent and Sussex Hospital (RN7C1) closed in 2011 and is kept with status "closed" (filter it out when drawing current hospitals). Sector labels are as published and unreliable. Points are postcode-based; the data is from January 2020.'
	},
	{
		paths: [DATA_PATHS.schools],
		inputs: [INPUTS.schools],
		credits: ['dfe'],
		changes:
			'properties { urn, name, status, subtype, admission, age_min, age_max, district } (district = LAD code of the point). Schools with secondary provision, 2021/22 vintage, including special, independent and closed schools (status says which). **Points are Code-Point Open postcode centroids**, not buildings or entrances.'
	},
	{
		paths: [DATA_PATHS.stations],
		inputs: [INPUTS.stations],
		credits: ['stations'],
		changes: 'properties { name, crs, district } (crs = 3-letter station code). Knockholt lies 51 m outside the area and is assigned to Sevenoaks. ODbL derived database: this file is how to rebuild it.'
	},
	{
		paths: [PLACE_SEARCH_PATH],
		inputs: [INPUTS.lsoa21, INPUTS.wards25, INPUTS.lsoa21Centroids, INPUTS.lookupLtlaCsp, INPUTS.placeLabels, INPUTS.placeNames],
		credits: ['ons', 'geonames'],
		changes: describeSearchIndex(facts.search)
	},
	{
		paths: [DATA_PATHS.lsoa21Centroids],
		inputs: [INPUTS.lsoa21Centroids, INPUTS.lsoa21],
		credits: ['ons'],
		changes: `one Point per LSOA 2021, properties reduced to { code } (LSOA21CD); WGS84 as published (a British National Grid copy would be converted with src/lib/analysis/geometry/bng.ts), coordinates rounded to ${CENTROID_DECIMALS} decimal places (about 0.1 m); sorted by code. The build fails on a code missing from or unknown to boundaries/lsoa21.geojson, on a district that disagrees with it, or on a count other than 1,107. Read by the import's location-precision check (createCentroidIndex).`
	},
	{
		paths: [DATA_PATHS.hexImd25],
		inputs: [INPUTS.lsoa21, INPUTS.census2021, INPUTS.imd2025],
		credits: ['ons', 'mhclg'],
		changes:
			'columns h3,decile: every H3 cell at resolutions 7, 8 and 9 overlapping an LSOA 2021 polygon at its published precision (the geometry of boundaries/lsoa21-assign.bin; h3-js polygonToCellsExperimental, overlapping containment), with the IMD 2025 decile (1 = most deprived) of the LSOA holding most of its residents. Each LSOA\'s Census 2021 population is spread evenly over its area and apportioned by the area of its overlap with the hexagon (Sutherland-Hodgman clip of the LSOA polygon at its published precision by the hexagon, areas on a local equirectangular projection); a cell touching a single LSOA takes it directly; equal residents go to the more deprived decile, then the lower LSOA code. Sorted by resolution, then cell id. Read with parseHexDeciles (src/lib/analysis/deprivation/hex-imd.ts). Residents are not spread evenly inside an LSOA, so read a cell\'s decile as the deprivation of the neighbourhood it mostly lies in, not a measure of the hexagon itself.'
	},
	{
		paths: [DATA_PATHS.policeUkSample],
		inputs: POLICE_UK_FILES.map((f) => ({ ...f.input, path: f.path })),
		credits: ['police-uk'],
		changes:
			"the four 2024 months imported at build time through the app's own import pipeline (createIngest, against boundaries/lsoa21-assign.bin and the LSOA 2021 centroids), every kept row stored: distinct points (6-decimal micro-degrees, exactly as published) plus per row the point, month, offence group, flags, source file and line, and the row report (per-file counts, rejects by code, source months, row issues). gzip of a binary column layout (src/lib/analysis/samples/police-uk-sample-format.ts); decodePoliceUkSample rebuilds H3 cells, LSOA and district from each point. The build decodes the file and fails unless it gives the same columns and report as the import."
	},
	{
		paths: [DATA_PATHS.weights],
		inputs: [INPUTS.crimeSeverity, INPUTS.costOfCrime],
		credits: [],
		changes:
			'three weight tables per offence group for the weighted hotspot map (src/lib/analysis/weights): ONS Crime Severity Score (homicide 7,979; violence with injury 184, the weight of 8N Assault with injury; and 28 weights by Home Office offence code, applied when an import carries a code column), Home Office unit costs at 2015/16 prices (Research Report 99 as quoted) and at 2019/20 prices (as transcribed). Each group\'s weight is read from the CSV row the mapping in scripts/data-build/weights.ts names; the build fails if a named row is missing or repeated. Groups with no defensible figure (e.g. police.uk\'s combined violence and sexual offences, rape mixed with other sexual offences) get no weight and a written reason; their rows are left out of the weighted view. Each table cites its source and how close the copy is to it (REFERENCE.md levels). The Cambridge Crime Harm Index is not shipped (no open licence): users load it as their own table.'
	},
	{
		paths: [DATA_PATHS.demoPoints],
		inputs: POLICE_UK_FILES.map((f) => ({ ...f.input, path: f.path })),
		credits: ['police-uk'],
		changes:
			'the four 2024 months read through the app\'s own import pipeline (src/lib/analysis/ingest); rows mapped to violence and sexual offences, robbery or possession of weapons and inside Kent & Medway, counted per police.uk snap point: columns lng,lat,weight,district (district = LAD code by point-in-polygon against boundaries/lsoa21-assign.bin). Used only as the synthetic demo\'s map of where violence happens; generated incidents are moved 50-250 m away from these points.'
	},
	{
		paths: [DATA_PATHS.demoColumns],
		inputs: [...POLICE_UK_FILES.map((f) => ({ ...f.input, path: f.path })), INPUTS.census2021, INPUTS.schools, INPUTS.stations, INPUTS.placeLabels, INPUTS.placeNames],
		credits: ['police-uk'],
		changes: describeDemoColumns()
	},
	{ paths: [DATA_PATHS.syntheticAdmissions], inputs: [INPUTS.census2021], credits: ['ons'], changes: describeSyntheticAdmissions() }
	];
}

function cell(text: string): string {
	return text.replace(/\|/g, '\\|');
}

export function writeAttribution(out: OutputDir): void {
	out.writeJson(DATA_PATHS.attribution, ATTRIBUTION);
}

/** Every written artifact must be described, or SOURCES.md would silently fall behind the build. */
export function writeSourcesMd(out: OutputDir, hashes: ReadonlyMap<string, string>, facts: BuildFacts): void {
	const NOTES = notes(facts);
	const described = new Set(NOTES.flatMap((n) => n.paths));
	const undescribed = [...out.artifacts.keys()].filter((p) => !described.has(p) && p !== DATA_PATHS.attribution);
	if (undescribed.length > 0) throw new Error(`SOURCES.md has no entry for: ${undescribed.join(', ')}`);
	const credit = new Map<string, string>(ATTRIBUTION.map((a) => [a.id, a.text]));
	const lines = [
		'# Data sources',
		'',
		'Everything in `data/` is written by `npm run data:build` (scripts/data-build) from the open data described in',
		'`shared/data/open/PROVENANCE.md` and `PROVENANCE-basemap-places.md`. Do not edit these files by hand: change the',
		'build and run it again. The build is deterministic (a second run gives byte-identical files); `manifest.json` holds',
		'the size and sha256 of every artifact and the sha256 of every input. Coordinates are WGS84 longitude/latitude,',
		'rounded to 5 decimal places (about 1 m). Licences: OGL = Open Government Licence v3.0.',
		'',
		'## Attribution',
		'',
		'The map shows these lines (`attribution.json`):',
		'',
		...ATTRIBUTION.map((a) => `- \`${a.id}\`: ${a.text}`),
		'',
		'## Artifacts',
		''
	];
	for (const note of NOTES) {
		lines.push(`### ${note.paths.length > 3 ? `${note.paths[0].split('/').slice(0, 2).join('/')}/ (${note.paths.length} files)` : note.paths.map((p) => `\`${p}\``).join(', ')}`, '');
		if (note.paths.length > 3) lines.push(`Files: ${note.paths.map((p) => `\`${p}\``).join(', ')}`, '');
		lines.push('| input | publisher | official source | licence | sha256 |', '|---|---|---|---|---|');
		for (const input of note.inputs) {
			lines.push(`| \`${input.path}\` (${input.provenance}) | ${cell(input.publisher)} | ${cell(input.page)} | ${cell(input.licence)} | \`${hashes.get(input.path) ?? 'not read'}\` |`);
		}
		lines.push('');
		lines.push(`Attribution: ${note.credits.length === 0 ? 'none on the map (licence file shipped alongside).' : note.credits.map((id) => `"${credit.get(id)}"`).join('; ')}`, '');
		lines.push(`Changes: ${note.changes}`, '');
	}
	lines.push('## Inputs', '', '| input | sha256 |', '|---|---|');
	for (const [path, hash] of [...hashes].sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`| \`${path}\` | \`${hash}\` |`);
	out.write(DATA_PATHS.sources, lines.join('\n') + '\n');
}
