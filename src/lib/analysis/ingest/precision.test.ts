import { readFileSync } from 'node:fs';
import { filesPresent } from '../../test-support/required-files';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './fixtures/seeded-random';
import { ROUNDING } from './generic-row';
import { centroidsFromGeoJson, createCentroidIndex, detectImprecision, PRECISION_REASON } from './precision';

const CENTROIDS = new URL('../../../../../shared/data/open/ons_lsoa2021_pwc_centroids__onsvisual_geo-scripts/kent_medway_lsoa2021_pwc.geojson', import.meta.url);

/** Five made-up centroids in Maidstone and 140 scattered precise points, seeded. */
function synthetic() {
	const random = seededRandom(6);
	const centroids: [number, number][] = [[0.5221, 51.2724], [0.5301, 51.2801], [0.5102, 51.2655], [0.4987, 51.2903], [0.5405, 51.2589]];
	const lng: number[] = [];
	const lat: number[] = [];
	for (let i = 0; i < 60; i++) {
		lng.push(centroids[i % 5][0]);
		lat.push(centroids[i % 5][1]);
	}
	for (let i = 0; i < 140; i++) {
		lng.push(0.45 + random() * 0.15);
		lat.push(51.22 + random() * 0.1);
	}
	return { centroids, lng, lat };
}

describe('detectImprecision', () => {
	it('finds 60 of 200 rows on 5 shared centroids, by sharing and by centroid', () => {
		const { centroids, lng, lat } = synthetic();
		const { reasons, counts } = detectImprecision({ lng, lat }, { centroids: createCentroidIndex(centroids) });
		expect(counts).toMatchObject({ rows: 200, imprecise: 60, shared: 60, centroid: 60, sharedCoordinates: 5, sharedThreshold: 10 });
		expect(Array.from(reasons.slice(0, 60)).every((r) => r === (PRECISION_REASON.shared | PRECISION_REASON.centroid))).toBe(true);
		expect(Array.from(reasons.slice(60)).every((r) => r === 0)).toBe(true);
	});

	it('finds centroid points that are not shared (a few rows each), within 5 m but not 20 m', () => {
		const index = createCentroidIndex([[0.5221, 51.2724]]);
		expect(index.near(0.5221 + 0.00005, 51.2724)).toBe(true); // about 3.5 m east
		expect(index.near(0.5221 + 0.0003, 51.2724)).toBe(false); // about 21 m east
	});

	it('counts rows rounded to 1 km and 100 m from the rounding column', () => {
		const { lng, lat } = synthetic();
		const rounding = lng.map((_, i) => (i < 100 ? ROUNDING.none : i < 150 ? ROUNDING.to1km : ROUNDING.to100m));
		const { counts } = detectImprecision({ lng, lat, rounding });
		expect(counts).toMatchObject({ rounded1km: 50, rounded100m: 50, centroid: 0 });
		expect(counts.imprecise).toBe(60 + 100);
	});

	it('raises the shared threshold with the median, so a snapped source is not all flagged', () => {
		const lng = Array.from({ length: 400 }, (_, i) => 0.5 + Math.floor(i / 4) * 0.001);
		const lat = lng.map(() => 51.3);
		expect(detectImprecision({ lng, lat }).counts).toMatchObject({ sharedThreshold: 40, imprecise: 0 });
	});

	it.skipIf(!filesPresent([CENTROIDS], 'the ONS centroids test'))('reads the ONS Kent and Medway population-weighted centroids', () => {
		const points = centroidsFromGeoJson(JSON.parse(readFileSync(CENTROIDS, 'utf8')));
		expect(points.length).toBeGreaterThan(1000);
		const index = createCentroidIndex(points);
		expect(index.near(points[10][0], points[10][1])).toBe(true);
	});
});
