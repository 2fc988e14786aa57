/** The LSOA index every Node entry point (CLI, demo, bench, data build, tests) assigns points with. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_PATHS } from '../src/lib/analysis/data-paths';
import type { AreaIndex } from '../src/lib/analysis/spatial/area-index';
import { areaIndexFromPack } from '../src/lib/analysis/spatial/boundary-pack';

export const ASSIGNMENT_BOUNDARIES = `data/${DATA_PATHS.lsoa21Assign}`;

export function readAssignmentAreas(dataDir = 'data'): AreaIndex {
	return areaIndexFromPack(readFileSync(join(dataDir, DATA_PATHS.lsoa21Assign)));
}
