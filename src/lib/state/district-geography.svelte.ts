import type { FeatureCollection, Geometry } from 'geojson';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { boundsByProperty, type Bounds } from '$lib/analysis/geometry/bounds';
import { districtPopulations } from '$lib/analysis/panels/area-tables';
import type { DataLoader } from '$lib/service/ports';

const NO_POPULATIONS: ReadonlyMap<string, number> = new Map<string, number>();

/** District outlines' extents (for zooming) and Census 2021 populations (for rates), fetched once. */
export class DistrictGeography {
	bounds = $state.raw<ReadonlyMap<string, Bounds>>(boundsByProperty([], 'code'));
	/** Usual residents by district code (Census 2021), from data/tables/districts.csv. */
	populations = $state.raw<ReadonlyMap<string, number>>(NO_POPULATIONS);
	error = $state('');

	async load(data: DataLoader): Promise<void> {
		try {
			const [outlines, table] = await Promise.all([data.text(DATA_PATHS.districts), data.text(DATA_PATHS.districtTable)]);
			const collection = JSON.parse(outlines) as FeatureCollection<Geometry, { code: string }>;
			this.bounds = boundsByProperty(collection.features, 'code');
			this.populations = districtPopulations(table);
		} catch (error) {
			this.error = `District boundaries could not be loaded: ${(error as Error).message}`;
		}
	}
}
