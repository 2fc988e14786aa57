/** Basemap artifacts: land mask, rail, motorways (minus a fake link), glyphs, sprites and their licences, then the drawn layers as vector tiles. */
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import { buildBasemapTiles } from './basemap-tiles';
import { roundGeometry, roundGeometryOrNull } from './geography/coords';
import { failOnProblems } from './checks';
import { COPIED_FILES, INPUTS } from './inputs';
import type { OutputDir } from './output';
import type { InputReader } from './source';

/**
 * roadbox's invented "Dartford Crossing connection": a straight two-point "M25" across the Thames
 * (PROVENANCE-basemap-places.md A3). The real crossing is the A282, not a motorway.
 */
export const FAKE_M25_LINK = { ref: 'M25', from: [0.2383, 51.4272], to: [0.2677, 51.4905], toleranceDeg: 0.0005 } as const;

function near(a: readonly number[], b: readonly number[], tolerance: number): boolean {
	return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}

/** True for the fake Dartford Crossing link, in either direction. */
export function isFakeM25Link(feature: Feature): boolean {
	const g = feature.geometry as Geometry;
	if (feature.properties?.road_classification_number !== FAKE_M25_LINK.ref || g.type !== 'LineString') return false;
	const line = (g as LineString).coordinates;
	if (line.length !== 2) return false;
	const t = FAKE_M25_LINK.toleranceDeg;
	const [a, b] = line;
	return (near(a, FAKE_M25_LINK.from, t) && near(b, FAKE_M25_LINK.to, t)) || (near(a, FAKE_M25_LINK.to, t) && near(b, FAKE_M25_LINK.from, t));
}

function byKey<T>(key: (item: T) => string) {
	return (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

function geometryKey(g: Geometry): string {
	return JSON.stringify(g).slice(0, 200);
}

const MIT_NOTICE = `The sprite sheets in this folder (light.json, light.png, light@2x.json, light@2x.png) are copied
unchanged from protomaps/basemaps-assets (sprites/v4), whose README says they are derived from the
MIT-licensed tangrams/icons (https://github.com/tangrams/icons). That licence follows.

The MIT License (MIT)

Copyright (c) 2017 Mapzen

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`;

/** Runs after boundaries and places: the tiles are cut from the district, outline, label and station GeoJSON they write. */
export function buildBasemap(reader: InputReader, out: OutputDir): { motorwayLinksDropped: number } {
	const land = reader.json<FeatureCollection>(INPUTS.land.path).features;
	out.writeGeoJson(
		DATA_PATHS.land,
		land
			.map((f) => ({ type: 'Feature' as const, properties: { iso_a3: String(f.properties?.iso_a3) }, geometry: roundGeometry(f.geometry) }))
			.sort(byKey((f) => f.properties.iso_a3))
	);

	for (const copy of COPIED_FILES) out.write(copy.to, reader.bytes(copy.from));
	out.write('basemap/sprites/LICENSE.txt', MIT_NOTICE);

	const rail = reader.json<FeatureCollection>(INPUTS.rail.path).features;
	out.writeGeoJson(
		DATA_PATHS.rail,
		rail
			.map((f) => ({ type: 'Feature' as const, properties: { elr: String(f.properties?.elr) }, geometry: roundGeometry(f.geometry) }))
			.sort(byKey((f) => `${f.properties.elr} ${geometryKey(f.geometry)}`))
	);

	const motorways = reader.json<FeatureCollection>(INPUTS.motorways.path).features;
	const fakes = motorways.filter(isFakeM25Link);
	// Exactly one fake link is expected; anything else means the upstream file changed and needs a look.
	if (fakes.length !== 1) {
		failOnProblems('motorways', [{ code: 'count', message: `expected exactly 1 fake Dartford Crossing M25 link, found ${fakes.length}` }]);
	}
	const kept = motorways
		.filter((f) => !isFakeM25Link(f))
		.map((f) => ({
			type: 'Feature' as const,
			properties: { road_classification_number: String(f.properties?.road_classification_number) },
			geometry: roundGeometryOrNull(f.geometry)
		}))
		// Links shorter than the 1 m rounding step vanish; they cannot be seen at any zoom anyway.
		.filter((f): f is typeof f & { geometry: Geometry } => f.geometry !== null)
		.sort(byKey((f) => `${f.properties.road_classification_number} ${geometryKey(f.geometry)}`));
	out.writeGeoJson(DATA_PATHS.motorways, kept);
	buildBasemapTiles(out);
	return { motorwayLinksDropped: motorways.length - fakes.length - kept.length };
}
