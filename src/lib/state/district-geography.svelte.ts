import type { FeatureCollection, Geometry } from 'geojson';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { boundsByProperty, type Bounds } from '$lib/analysis/geometry/bounds';
import type { AreaPopulation } from '$lib/analysis/panels/age-population';
import type { DataLoader } from '$lib/service/ports';
import type { LngLat } from '$lib/analysis/geometry/lng-lat';
import { createAreaIndex, NO_AREA } from '$lib/analysis/spatial/area-index';

const NO_POPULATIONS: ReadonlyMap<string, AreaPopulation> = new Map<string, AreaPopulation>();

/** District outlines' extents (for zooming) and Census 2021 populations (for rates), fetched once. */
export class DistrictGeography {
	bounds = $state.raw<ReadonlyMap<string, Bounds>>(boundsByProperty([], 'code'));
	/**
	 * Usual residents by district code (Census 2021), all and by age band: data/tables/districts.csv, with the
	 * bands summed from the LSOAs of data/tables/lsoa21.csv, which must add up to it.
	 */
	populations = $state.raw<ReadonlyMap<string, AreaPopulation>>(NO_POPULATIONS);
	error = $state('');
	/** The district (DISTRICTS index) whose outline holds a point, or null: exact to the outlines' 20 m simplification. */
	locate = $state.raw<((point: LngLat) => number | null) | undefined>(undefined);

	async load(data: DataLoader): Promise<void> {
		try {
			// The table reader (papaparse) comes with the tables, after the first paint.
			const [{ districtAgePopulations }, outlines, table, lsoas] = await Promise.all([
				import('$lib/analysis/panels/area-tables'),
				data.text(DATA_PATHS.districts),
				data.text(DATA_PATHS.districtTable),
				data.text(DATA_PATHS.lsoa21Table)
			]);
			const collection = JSON.parse(outlines) as FeatureCollection<Geometry, { code: string }>;
			this.bounds = boundsByProperty(collection.features, 'code');
			// Each outline is its own district: the area index's district key is the outline's own code.
			const areas = createAreaIndex(collection, { code: 'code', name: 'name', district: 'code' });
			this.locate = ([lng, lat]) => {
				const i = areas.locate(lng, lat);
				return i < 0 || areas.district[i] === NO_AREA ? null : areas.district[i];
			};
			this.populations = districtAgePopulations(table, lsoas);
		} catch (error) {
			this.error = `District boundaries or populations could not be loaded: ${(error as Error).message}`;
		}
	}
}
