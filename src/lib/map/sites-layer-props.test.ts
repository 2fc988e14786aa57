import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { cellOf } from '$lib/analysis/h3/cells';
import { cellOutline } from '$lib/analysis/sites/cell-outline';
import { catchmentsOf } from '$lib/analysis/sites/catchment';
import { haversineM } from '$lib/analysis/sites/distance';
import { PROGRAMME_TYPES } from '$lib/analysis/sites/model';
import { STARTER_SITES } from '$lib/analysis/sites/starter-sites';
import { PROGRAMME_STYLE, programmeLegend } from '$lib/analysis/classify/palette';
import { buildBasemapStyle, LAYER_IDS } from './basemap-style';
import {
	catchmentFeatures,
	circleRing,
	coverageCellFeatures,
	siteFeatures,
	sitesBeforeId,
	sitesMarkerLayers,
	sitesShapeLayers,
	SITES_SOURCE_IDS
} from './sites-layer-props';

const DATA_URL = 'http://127.0.0.1:4173/data/';

describe('site features', () => {
	it('draws points, areas and a marker per area, fading sites not running on the date', () => {
		const { features } = siteFeatures(STARTER_SITES, { activeOn: '2024-01-01', selectedId: 'starter-taskforce-margate' });
		expect(features.map((f) => f.properties.kind)).toEqual(['point', 'point', 'point', 'point', 'area', 'area-label', 'area', 'area-label']);
		// The starter sites start on 01/04/2024, so on 01/01/2024 none is active.
		expect(features.every((f) => !f.properties.active)).toBe(true);
		expect(features.filter((f) => f.properties.selected)).toHaveLength(2);
		expect(siteFeatures(STARTER_SITES, { activeOn: null, selectedId: null }).features.every((f) => f.properties.active)).toBe(true);
	});

	it('gives every programme a distinct colour and letter', () => {
		const styles = PROGRAMME_TYPES.map((p) => PROGRAMME_STYLE[p]);
		expect(new Set(styles.map((s) => s.colour)).size).toBe(PROGRAMME_TYPES.length);
		expect(new Set(styles.map((s) => s.letter)).size).toBe(PROGRAMME_TYPES.length);
		expect(programmeLegend().map((l) => l.programme)).toEqual([...PROGRAMME_TYPES]);
	});
});

describe('catchment outlines', () => {
	it('places every vertex of a circle on the radius', () => {
		const ring = circleRing(0.5, 51.3, 800, 32);
		expect(ring).toHaveLength(33);
		expect(ring[0]).toEqual(ring[32]);
		for (const [x, y] of ring) expect(haversineM(0.5, 51.3, x, y)).toBeCloseTo(800, 3);
	});

	it('draws circles for point sites only', () => {
		const fc = catchmentFeatures(catchmentsOf(STARTER_SITES, { radiusM: 800 }));
		expect(fc.features.map((f) => f.properties.siteId)).toEqual(STARTER_SITES.filter((s) => s.geometry.type === 'Point').map((s) => s.id));
	});
});

describe('coverage cells', () => {
	it('outlines the busiest cells, marked covered or not', () => {
		const cells = [cellOf([0.5, 51.3], 8), cellOf([0.6, 51.3], 8), cellOf([0.7, 51.3], 8)];
		const fc = coverageCellFeatures(cells, new Uint32Array([5, 0, 9]), new Uint16Array([1, 1, 0]), cellOutline, 5);
		expect(fc.features.map((f) => [f.properties.cell, f.properties.covered])).toEqual([
			[cells[2], false],
			[cells[0], true]
		]);
		expect(fc.features[0].geometry.coordinates[0]).toHaveLength(7);
	});
});

describe('layers', () => {
	it('pass MapLibre style validation on the offline style, with and without text', () => {
		const style = buildBasemapStyle({ dataUrl: DATA_URL });
		const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
		for (const withText of [true, false]) {
			const full: StyleSpecification = {
				...style,
				sources: { ...style.sources, [SITES_SOURCE_IDS.sites]: empty, [SITES_SOURCE_IDS.catchments]: empty, [SITES_SOURCE_IDS.cells]: empty },
				layers: [...style.layers, ...sitesShapeLayers(), ...sitesMarkerLayers({ withText })]
			};
			expect(validateStyleMin(full)).toEqual([]);
		}
	});

	it('go beneath district names when the style has them', () => {
		expect(sitesBeforeId(['a', LAYER_IDS.districtLabels])).toBe(LAYER_IDS.districtLabels);
		expect(sitesBeforeId(['a'])).toBeUndefined();
	});
});
