/**
 * Reference layers (issue 9): hospitals (emergency departments marked), secondary schools and railway
 * stations from data/places/. Circles in Paul Tol's colour-blind-safe colours, told apart by fill and
 * outline too; names need the offline style's fonts. Closed hospitals and schools are not drawn
 * (PROVENANCE-basemap-places.md: Kent and Sussex Hospital closed in 2011; three schools are closed).
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { PLACE_STYLE } from '$lib/analysis/classify/palette';
import type { PlaceLayerKey } from '$lib/analysis/sites/reference-places';




export const placeSourceId = (key: PlaceLayerKey) => `places-${key}`;
export const placeLayerIds = (key: PlaceLayerKey) => ({ circles: `places-${key}-circles`, labels: `places-${key}-labels` });

/** The basemap's own station icons (zoom 11+), hidden while the stations layer is on so they do not double up. */
export const BASEMAP_STATIONS_LAYER = 'stations';

export function placeSource(dataUrl: string, key: PlaceLayerKey): SourceSpecification {
	return { type: 'geojson', data: `${dataUrl}${DATA_PATHS[key]}` };
}

const notClosed = (): ExpressionSpecification => ['!=', ['get', 'status'], 'closed'];

export function placeLayers(key: PlaceLayerKey, options: { withText: boolean }): LayerSpecification[] {
	const source = placeSourceId(key);
	const ids = placeLayerIds(key);
	const radius = (small: number, large: number) => ['interpolate', ['linear'], ['zoom'], 8, small, 14, large] as ['interpolate', ['linear'], ['zoom'], number, number, number, number];
	const circles: LayerSpecification =
		key === 'hospitals'
			? {
					id: ids.circles,
					type: 'circle',
					source,
					filter: notClosed(),
					paint: {
						'circle-radius': ['case', ['get', 'emergency_department'], 7, 4.5],
						'circle-color': ['case', ['get', 'emergency_department'], PLACE_STYLE.ed.fill, PLACE_STYLE.hospital.fill],
						'circle-stroke-color': ['case', ['get', 'emergency_department'], PLACE_STYLE.ed.stroke, PLACE_STYLE.hospital.stroke],
						'circle-stroke-width': 2
					}
				}
			: key === 'schools'
				? {
						id: ids.circles,
						type: 'circle',
						source,
						filter: notClosed(),
						paint: { 'circle-radius': radius(3, 6), 'circle-color': PLACE_STYLE.schools.fill, 'circle-stroke-color': PLACE_STYLE.schools.stroke, 'circle-stroke-width': 1 }
					}
				: {
						id: ids.circles,
						type: 'circle',
						source,
						paint: { 'circle-radius': radius(3, 6), 'circle-color': PLACE_STYLE.stations.fill, 'circle-stroke-color': PLACE_STYLE.stations.stroke, 'circle-stroke-width': 2 }
					};
	if (!options.withText) return [circles];
	const labels: LayerSpecification = {
		id: ids.labels,
		type: 'symbol',
		source,
		// Hospitals are few and named sooner; schools and stations once the map is close enough to read them.
		minzoom: key === 'hospitals' ? 10 : 12,
		filter: key === 'stations' ? ['has', 'name'] : notClosed(),
		layout: {
			'text-field': ['get', 'name'],
			'text-font': ['Noto Sans Italic'],
			'text-size': 10.5,
			'text-offset': [0, 0.9],
			'text-anchor': 'top',
			'text-max-width': 10,
			'text-optional': true
		},
		paint: { 'text-color': '#333333', 'text-halo-color': '#ffffff', 'text-halo-width': 1.3 }
	};
	return [circles, labels];
}
