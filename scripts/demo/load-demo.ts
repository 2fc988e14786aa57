/** The demo built in Node from the committed data/ exactly as the app's worker builds it (CLI and tests). */
import { readFileSync } from 'node:fs';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { demoColumns } from '../../src/lib/analysis/demo/demo-columns';
import { parseDemoInputs } from '../../src/lib/analysis/demo/demo-inputs';
import { generateDemo } from '../../src/lib/analysis/demo/generate';
import { readAssignmentAreas } from '../assignment-areas';

const read = (path: string) => readFileSync(`data/${path}`, 'utf8');

export function loadDemoInputs() {
	const areas = readAssignmentAreas();
	const inputs = parseDemoInputs(
		{
			points: read(DATA_PATHS.demoPoints),
			districts: read(DATA_PATHS.districtTable),
			schools: read(DATA_PATHS.schools),
			stations: read(DATA_PATHS.stations),
			placeLabels: read(DATA_PATHS.placeLabels)
		},
		areas
	);
	return { areas, inputs };
}

export function buildDemo(seed: number) {
	const { areas, inputs } = loadDemoInputs();
	const incidents = generateDemo(inputs, { seed });
	return { inputs, incidents, columns: demoColumns(incidents, areas, seed) };
}
