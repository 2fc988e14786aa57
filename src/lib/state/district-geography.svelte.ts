import type { FeatureCollection, Geometry } from 'geojson';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { boundsByProperty, type Bounds } from '$lib/analysis/geometry/bounds';

/** District outlines' extents, fetched once from data/boundaries/districts.geojson for zooming. */
export class DistrictGeography {
	bounds = $state.raw<ReadonlyMap<string, Bounds>>(boundsByProperty([], 'code'));
	error = $state('');

	async load(dataUrl: string, fetcher: typeof fetch = fetch): Promise<void> {
		const url = `${dataUrl}${DATA_PATHS.districts}`;
		try {
			const response = await fetcher(url);
			if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
			const collection = (await response.json()) as FeatureCollection<Geometry, { code: string }>;
			this.bounds = boundsByProperty(collection.features, 'code');
		} catch (error) {
			this.error = `District boundaries could not be loaded: ${(error as Error).message}`;
		}
	}
}
