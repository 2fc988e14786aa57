// vt-pbf 3, pbf 3 and @mapbox/vector-tile 1 ship no types: only the parts the basemap tile build and its test call.

declare module 'vt-pbf' {
	/** Encodes geojson-vt tiles (name -> tile) as one Mapbox Vector Tile. */
	export function fromGeojsonVt(layers: Record<string, { features: unknown[] }>, options?: { version?: number; extent?: number }): Uint8Array;
	const vtpbf: { fromGeojsonVt: typeof fromGeojsonVt };
	export default vtpbf;
}

declare module 'pbf' {
	export default class Pbf {
		constructor(buffer?: Uint8Array);
	}
}

declare module '@mapbox/vector-tile' {
	import type Pbf from 'pbf';
	import type { Feature } from 'geojson';

	export class VectorTileFeature {
		type: 1 | 2 | 3;
		extent: number;
		id?: number;
		properties: Record<string, string | number | boolean>;
		loadGeometry(): { x: number; y: number }[][];
		toGeoJSON(x: number, y: number, z: number): Feature;
	}

	export class VectorTileLayer {
		version: number;
		name: string;
		extent: number;
		length: number;
		feature(i: number): VectorTileFeature;
	}

	export class VectorTile {
		constructor(pbf: Pbf);
		layers: Record<string, VectorTileLayer>;
	}
}
