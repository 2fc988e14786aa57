import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { UK_DISCLOSURE } from '../disclosure/disclosure';
import { hexCountsGeoJson } from './hex-geojson';

describe('hexagon counts as GeoJSON', () => {
	it('writes one closed polygon per non-empty hexagon, counts under disclosure control, and the header block as metadata', () => {
		const cells = [latLngToCell(51.38, 0.52, 8), latLngToCell(51.39, 0.53, 8), latLngToCell(51.4, 0.54, 8)];
		const ctx = { source: 's', synthetic: false, filters: '', definition: 'd', dateRange: 'r', weighting: 'w', disclosure: UK_DISCLOSURE, appVersion: '0.1.0', checksum: 'abc', madeAt: 0 };
		const out = JSON.parse(hexCountsGeoJson(cells, [12, 0, 3], 8, ctx));
		expect(out.metadata['Dataset checksum']).toBe('abc');
		expect(out.features.map((f: { properties: unknown }) => f.properties)).toEqual([
			{ h3: cells[0], resolution: 8, incidents: 10, incidents_text: '10' },
			{ h3: cells[2], resolution: 8, incidents: null, incidents_text: 'fewer than 5' }
		]);
		const ring = out.features[0].geometry.coordinates[0];
		expect(ring).toHaveLength(7);
		expect(ring[0]).toEqual(ring[6]);
	});
});
