import { readFileSync } from 'node:fs';
import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { buildBasemapStyle } from './basemap-style';
import { PLACE_LAYER_KEYS } from '$lib/analysis/sites/reference-places';
import { placeLayers, placeSource, placeSourceId } from './places-layer-props';

const DATA_URL = 'http://127.0.0.1:4173/data/';

describe('place layers', () => {
	it('pass MapLibre style validation, with and without names', () => {
		const style = buildBasemapStyle({ dataUrl: DATA_URL });
		for (const withText of [true, false]) {
			const full: StyleSpecification = {
				...style,
				sources: { ...style.sources, ...Object.fromEntries(PLACE_LAYER_KEYS.map((k) => [placeSourceId(k), placeSource(DATA_URL, k)])) },
				layers: [...style.layers, ...PLACE_LAYER_KEYS.flatMap((k) => placeLayers(k, { withText }))]
			};
			expect(validateStyleMin(full)).toEqual([]);
		}
	});

	it('reads the properties the data files carry (six hospitals with an emergency department)', () => {
		const hospitals = JSON.parse(readFileSync(`data/${DATA_PATHS.hospitals}`, 'utf8')) as { features: { properties: Record<string, unknown> }[] };
		const eds = hospitals.features.filter((f) => f.properties.emergency_department === true && f.properties.status !== 'closed');
		expect(eds.map((f) => f.properties.ods_code).sort()).toEqual(['RN707', 'RPA02', 'RVV01', 'RVV09', 'RWF03', 'RWFTW']);
		const schools = JSON.parse(readFileSync(`data/${DATA_PATHS.schools}`, 'utf8')) as { features: { properties: Record<string, unknown> }[] };
		expect(schools.features.every((f) => typeof f.properties.status === 'string')).toBe(true);
	});
});
