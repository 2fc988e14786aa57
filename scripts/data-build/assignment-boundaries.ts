/**
 * data/boundaries/lsoa21-assign.bin: the LSOA 2021 polygons the import assigns points with, at the
 * published precision (quantised to 1e-9 degree), never simplified. The drawn lsoa21.geojson is simplified
 * a further 20 m and moved 1.1% of police.uk rows into another LSOA when it was also used for assignment.
 */
import type { FeatureCollection } from 'geojson';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { areaRecordsFromGeoJson } from '../../src/lib/analysis/spatial/area-index';
import { packBoundaries, unpackBoundaries } from '../../src/lib/analysis/spatial/boundary-pack';
import type { AreaRow } from './boundaries';
import { DataBuildError } from './source';
import { INPUTS } from './inputs';
import type { OutputDir } from './output';
import type { InputReader } from './source';

export function buildAssignmentBoundaries(reader: InputReader, out: OutputDir, lsoa21: readonly AreaRow[]): void {
	const raw = reader.json<FeatureCollection>(INPUTS.lsoa21.path);
	const records = areaRecordsFromGeoJson(raw, { code: 'LSOA21CD', name: 'LSOA21NM', district: 'LADCD_ACTIVE' }).sort((a, b) => (a.code < b.code ? -1 : 1));
	const expected = lsoa21.map((r) => `${r.code} ${r.district}`).join('\n');
	if (records.map((r) => `${r.code} ${r.district}`).join('\n') !== expected) {
		throw new DataBuildError(`${DATA_PATHS.lsoa21Assign}: the LSOA codes or districts read from ${INPUTS.lsoa21.path} differ from the checked boundary layer`);
	}
	const bytes = packBoundaries(records);
	// The file must read back to the same areas within the quantum, or the import would assign on other polygons.
	const back = unpackBoundaries(bytes);
	back.forEach((r, i) =>
		r.rings.forEach((ring, k) =>
			ring.forEach((v, j) => {
				if (Math.abs(v - records[i].rings[k][j]) > 0.51e-9) throw new DataBuildError(`${DATA_PATHS.lsoa21Assign}: ${r.code} ring ${k} coordinate ${j} reads back as ${v}`);
			})
		)
	);
	out.write(DATA_PATHS.lsoa21Assign, bytes, { features: records.length });
}
