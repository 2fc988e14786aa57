/** The demo built in Node from the committed data/ exactly as the app's worker builds it (CLI and tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { demoColumns } from '../../src/lib/analysis/demo/demo-columns';
import { parseDemoInputs } from '../../src/lib/analysis/demo/demo-inputs';
import { generateDemo } from '../../src/lib/analysis/demo/generate';
import type { AreaIndex } from '../../src/lib/analysis/spatial/area-index';
import { readAssignmentAreas } from '../assignment-areas';

/** The demo's inputs read from a data folder (data/ by default, or a build's output folder) the way the app reads them. */
export function readDemoInputs(areas: AreaIndex, dataDir = 'data') {
	const read = (path: string) => readFileSync(join(dataDir, path), 'utf8');
	return parseDemoInputs(
		{
			points: read(DATA_PATHS.demoPoints),
			districts: read(DATA_PATHS.districtTable),
			schools: read(DATA_PATHS.schools),
			stations: read(DATA_PATHS.stations),
			placeLabels: read(DATA_PATHS.placeLabels)
		},
		areas
	);
}

export function loadDemoInputs() {
	const areas = readAssignmentAreas();
	return { areas, inputs: readDemoInputs(areas) };
}

export function buildDemo(seed: number) {
	const { areas, inputs } = loadDemoInputs();
	const incidents = generateDemo(inputs, { seed });
	return { inputs, incidents, columns: demoColumns(incidents, areas, seed) };
}
