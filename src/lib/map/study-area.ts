import type { LngLatBoundsLike } from 'maplibre-gl';

/** Kent & Medway's extent, from the LSOA 2021 outline (PROVENANCE-basemap-places.md A1), rounded outwards. */
export const STUDY_AREA_BOUNDS: LngLatBoundsLike = [
	[0.03, 50.91],
	[1.45, 51.49]
];

/** Room for the side panel and controls so the county is not hidden behind them. */
export const FIT_PADDING = { top: 40, bottom: 40, left: 40, right: 40 };
