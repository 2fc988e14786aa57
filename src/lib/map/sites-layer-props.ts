/**
 * Pure builders for the sites map layers (MapLibre GeoJSON layers above the hexes): site markers coloured
 * by programme type with a letter (colour is never the only cue), catchment outlines, and outlines of the
 * busiest hexes drawn solid when covered and dashed when not.
 */
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LngLat } from '$lib/analysis/geometry/lng-lat';
import type { Catchment } from '$lib/analysis/sites/catchment';
import { EARTH_RADIUS_M } from '$lib/analysis/sites/distance';
import { COVERAGE_STYLE, PROGRAMME_STYLE } from '$lib/analysis/classify/palette';
import { anchorOf, isActiveOn, PROGRAMME_LABELS, type ProgrammeType, type Site } from '$lib/analysis/sites/model';
import { LAYER_IDS } from './basemap-style';


/** Busiest cells outlined in the coverage view: enough to read the pattern without hiding the hexes. */
export const COVERAGE_CELL_LIMIT = 200;

export const SITES_SOURCE_IDS = { sites: 'sites', catchments: 'sites-catchments', cells: 'sites-coverage-cells' } as const;

export const SITES_LAYER_IDS = {
	cells: 'sites-coverage-cells-line',
	catchmentFill: 'sites-catchment-fill',
	catchmentLine: 'sites-catchment-line',
	areaFill: 'sites-area-fill',
	areaLine: 'sites-area-line',
	points: 'sites-points',
	letters: 'sites-letters',
	labels: 'sites-labels'
} as const;

const RAD = Math.PI / 180;

/** A great-circle circle as a closed polygon ring (destination points on the sphere). */
export function circleRing(lng: number, lat: number, radiusM: number, steps = 64): [number, number][] {
	const d = radiusM / EARTH_RADIUS_M;
	const lat1 = lat * RAD;
	const ring: [number, number][] = [];
	for (let k = 0; k <= steps; k++) {
		const bearing = ((k % steps) / steps) * 2 * Math.PI;
		const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing));
		const lng2 = lng * RAD + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
		ring.push([lng2 / RAD, lat2 / RAD]);
	}
	return ring;
}

export interface SiteFeatureProps {
	id: string;
	name: string;
	programme: ProgrammeType;
	label: string;
	colour: string;
	text: string;
	letter: string;
	/** Running on the date the map shows (inactive sites are drawn faded). */
	active: boolean;
	selected: boolean;
	/** "point", "area" or "area-label" (the letter marker of an area). */
	kind: 'point' | 'area' | 'area-label';
}

/** Site markers and areas; each area also gets a letter marker at its anchor. */
export function siteFeatures(sites: readonly Site[], options: { activeOn: string | null; selectedId: string | null }): FeatureCollection<Geometry, SiteFeatureProps> {
	const features: Feature<Geometry, SiteFeatureProps>[] = [];
	for (const s of sites) {
		const style = PROGRAMME_STYLE[s.programme];
		const props = {
			id: s.id,
			name: s.name,
			programme: s.programme,
			label: PROGRAMME_LABELS[s.programme],
			...style,
			active: options.activeOn === null || isActiveOn(s, options.activeOn),
			selected: s.id === options.selectedId
		};
		const geometry = JSON.parse(JSON.stringify(s.geometry)) as Geometry;
		if (s.geometry.type === 'Point') features.push({ type: 'Feature', geometry, properties: { ...props, kind: 'point' } });
		else {
			features.push({ type: 'Feature', geometry, properties: { ...props, kind: 'area' } });
			features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [...anchorOf(s.geometry)] }, properties: { ...props, kind: 'area-label' } });
		}
	}
	return { type: 'FeatureCollection', features };
}

/** Catchment outlines: circles for point sites; area sites' own radius buffers are not drawn (their area is). */
export function catchmentFeatures(catchments: readonly Catchment[]): FeatureCollection<Polygon, { siteId: string; colour: string }> {
	return {
		type: 'FeatureCollection',
		features: catchments
			.filter((c) => c.rings.length === 0)
			.map((c) => ({
				type: 'Feature' as const,
				geometry: { type: 'Polygon' as const, coordinates: [circleRing(c.lng, c.lat, c.radiusM)] },
				properties: { siteId: c.siteId, colour: PROGRAMME_STYLE[c.programme].colour }
			}))
	};
}

/**
 * Outlines of the busiest cells (count > 0), each marked covered or not by the cell coverage mask; `outline`
 * is a cell's closed ring (sites/cell-outline.ts), passed in so h3-js stays out of the page's first load.
 */
export function coverageCellFeatures(
	cells: readonly string[],
	counts: ArrayLike<number>,
	covered: Uint16Array,
	outline: (cell: string) => readonly LngLat[],
	limit = COVERAGE_CELL_LIMIT
): FeatureCollection<Polygon, { cell: string; count: number; covered: boolean }> {
	const order: number[] = [];
	for (let i = 0; i < counts.length; i++) if (counts[i] > 0) order.push(i);
	order.sort((a, b) => counts[b] - counts[a] || (cells[a] < cells[b] ? -1 : 1));
	return {
		type: 'FeatureCollection',
		features: order.slice(0, limit).map((i) => ({
			type: 'Feature' as const,
			geometry: { type: 'Polygon' as const, coordinates: [outline(cells[i]).map(([x, y]) => [x, y])] },
			properties: { cell: cells[i], count: counts[i], covered: covered[i] !== 0 }
		}))
	};
}

/** Layers go beneath the district names when the offline style has them, so names stay readable. */
export function sitesBeforeId(layerIds: readonly string[]): string | undefined {
	return layerIds.includes(LAYER_IDS.districtLabels) ? LAYER_IDS.districtLabels : undefined;
}

const FONT = ['Noto Sans Medium'];
const faded = (on: number, off: number): ExpressionSpecification => ['case', ['get', 'active'], on, off];

/** The outline and fill layers, drawn below labels. */
export function sitesShapeLayers(): LayerSpecification[] {
	const s = SITES_SOURCE_IDS;
	const ids = SITES_LAYER_IDS;
	return [
		{ id: ids.catchmentFill, type: 'fill', source: s.catchments, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.08 } },
		{ id: ids.catchmentLine, type: 'line', source: s.catchments, paint: { 'line-color': ['get', 'colour'], 'line-width': 1.5, 'line-dasharray': [4, 2] } },
		{
			id: ids.cells,
			type: 'line',
			source: s.cells,
			filter: ['get', 'covered'],
			paint: { 'line-color': COVERAGE_STYLE.covered, 'line-width': 2.2 }
		},
		{
			id: `${ids.cells}-uncovered`,
			type: 'line',
			source: s.cells,
			filter: ['!', ['get', 'covered']],
			paint: { 'line-color': COVERAGE_STYLE.uncovered, 'line-width': 2.2, 'line-dasharray': [1.5, 1] }
		},
		{
			id: ids.areaFill,
			type: 'fill',
			source: s.sites,
			filter: ['==', ['get', 'kind'], 'area'],
			paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': faded(0.15, 0.05) }
		},
		{
			id: ids.areaLine,
			type: 'line',
			source: s.sites,
			filter: ['==', ['get', 'kind'], 'area'],
			paint: { 'line-color': ['get', 'colour'], 'line-width': ['case', ['get', 'selected'], 3.5, 2], 'line-opacity': faded(1, 0.45) }
		}
	];
}

/** Markers and letters; the letter and name layers need the offline style's fonts. */
export function sitesMarkerLayers(options: { withText: boolean }): LayerSpecification[] {
	const s = SITES_SOURCE_IDS;
	const ids = SITES_LAYER_IDS;
	const markers = (): ExpressionSpecification => ['!=', ['get', 'kind'], 'area'];
	const layers: LayerSpecification[] = [
		{
			id: ids.points,
			type: 'circle',
			source: s.sites,
			filter: markers(),
			paint: {
				'circle-color': ['get', 'colour'],
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 6, 13, 10],
				'circle-stroke-color': ['case', ['get', 'selected'], '#000000', '#ffffff'],
				'circle-stroke-width': ['case', ['get', 'selected'], 3, 1.5],
				'circle-opacity': faded(1, 0.45),
				'circle-stroke-opacity': faded(1, 0.45)
			}
		}
	];
	if (!options.withText) return layers;
	layers.push(
		{
			id: ids.letters,
			type: 'symbol',
			source: s.sites,
			filter: markers(),
			layout: { 'text-field': ['get', 'letter'], 'text-font': FONT, 'text-size': ['interpolate', ['linear'], ['zoom'], 8, 8, 13, 12], 'text-allow-overlap': true, 'text-ignore-placement': true },
			paint: { 'text-color': ['get', 'text'] }
		},
		{
			id: ids.labels,
			type: 'symbol',
			source: s.sites,
			filter: markers(),
			minzoom: 11,
			layout: { 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 11, 'text-offset': [0, 1.3], 'text-anchor': 'top', 'text-max-width': 12, 'text-optional': true },
			paint: { 'text-color': '#222222', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 }
		}
	);
	return layers;
}

