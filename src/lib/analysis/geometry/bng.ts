/**
 * British National Grid (EPSG:27700, OSGB36 easting/northing) to WGS84 longitude/latitude with proj4.
 * The datum shift is the published 7-parameter Helmert, not the OSTN15 grid: the grid is a 15 MB
 * download and a Helmert is well inside the size of an H3 resolution-9 hexagon (about 170 m across).
 */
import proj4 from 'proj4';

/** The transformation used, stated once so the UI, CLI and docs quote the same words. */
export const BNG_TRANSFORMATION = {
	from: 'EPSG:27700 (OSGB36 / British National Grid)',
	to: 'EPSG:4326 (WGS84)',
	method: '7-parameter Helmert (Ordnance Survey published OSGB36 to WGS84 parameters), not OSTN15',
	proj:
		'+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
		'+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs',
	/** Worst horizontal error against OSTN15 over Great Britain in metres (measured on OS's 40 test points: bng.test.ts). */
	maxErrorGbMetres: 5,
	/** Worst horizontal error in Kent in metres. */
	maxErrorKentMetres: 2
} as const;

const converter = proj4(BNG_TRANSFORMATION.proj, 'EPSG:4326');

/** Eastings and northings the National Grid covers (the 700 km x 1300 km false-origin square). */
export const BNG_RANGE = { maxEasting: 700_000, maxNorthing: 1_300_000 } as const;

/** True when (e, n) lies in the grid's square; NaN fails. */
export function isGridReference(easting: number, northing: number): boolean {
	return easting >= 0 && easting <= BNG_RANGE.maxEasting && northing >= 0 && northing <= BNG_RANGE.maxNorthing;
}

/** [lng, lat] in WGS84 for an OSGB36 easting/northing; [NaN, NaN] outside the grid. */
export function bngToLngLat(easting: number, northing: number): [number, number] {
	if (!isGridReference(easting, northing)) return [NaN, NaN];
	const [lng, lat] = converter.forward([easting, northing]);
	return [lng, lat];
}

/** Metres between two WGS84 points (haversine on the mean Earth radius: plenty for an error of metres). */
export function metresBetween(lng1: number, lat1: number, lng2: number, lat2: number): number {
	const R = 6_371_008.8;
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLng = (lng2 - lng1) * rad;
	const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
	return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}
