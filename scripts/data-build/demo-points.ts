/**
 * The synthetic demo's map of where violence happens: police.uk's 2024 Kent street-level points for
 * violence and sexual offences, robbery and weapons possession, read through the app's own import
 * pipeline and reduced to one row per snap point with its count. Only counts at public snap points
 * leave this step; the demo moves every generated incident at least 50 m away from them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { DISTRICTS } from '../../src/lib/analysis/geography/districts';
import { createIngest, type IncidentColumns, type IngestReport } from '../../src/lib/analysis/ingest';
import { FLAG, OFFENCE_GROUP } from '../../src/lib/analysis/offences/groups';
import { centroidsFromGeoJson, createCentroidIndex } from '../../src/lib/analysis/ingest/precision';
import type { AreaIndex } from '../../src/lib/analysis/spatial/area-index';
import { readAssignmentAreas } from '../assignment-areas';
import { POLICE_UK_FILES } from './inputs';
import type { OutputDir } from './output';
import { DataBuildError, type InputReader } from './source';

/** Groups that stand for serious violence in police.uk's coarse crime types. */
const VIOLENT = new Set([OFFENCE_GROUP.violence_and_sexual_not_split, OFFENCE_GROUP.robbery, OFFENCE_GROUP.possession_of_weapons]);

export interface PoliceUkFacts {
	rowsRead: number;
	kept: number;
	points: number;
	violentRows: number;
}

export interface PoliceUkRead {
	columns: IncidentColumns;
	report: IngestReport;
	/** The LSOA 2021 index the rows were placed with. */
	areas: AreaIndex;
}

/** The name a file carries in the row report: what a user importing it would see. */
export function sourceName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Reads the police.uk months with the app's ingest, as the import does: against the LSOA 2021
 * boundaries and population-weighted centroids just written.
 */
export function readPoliceUk(reader: InputReader, out: OutputDir): PoliceUkRead {
	const readData = (path: string) => JSON.parse(readFileSync(join(out.root, path), 'utf8'));
	const areas = readAssignmentAreas(out.root);
	const centroids = createCentroidIndex(centroidsFromGeoJson(readData(DATA_PATHS.lsoa21Centroids)));
	const ingest = createIngest({ areas, centroids });
	for (const { path } of POLICE_UK_FILES) {
		const bytes = reader.bytes(path);
		const text = bytes.toString('utf8');
		ingest.beginFile(sourceName(path), bytes.length);
		ingest.push(text, bytes.length);
		ingest.endFile();
	}
	const { columns, report } = ingest.finish();
	if (report.total.rowsRead !== report.total.kept + Object.values(report.total.rejected).reduce((a, b) => a + b, 0)) {
		throw new DataBuildError('police.uk row accounting does not balance: rows read != kept + rejected');
	}
	return { columns, report, areas };
}

/** Writes data/demo/violence-points.csv: lng,lat,weight,district (sorted, so the file is byte-stable). */
export function buildDemoPoints({ columns, report }: PoliceUkRead, out: OutputDir): PoliceUkFacts {
	const byPoint = new Map<string, { lng: number; lat: number; weight: number; district: number }>();
	let violentRows = 0;
	for (let i = 0; i < columns.length; i++) {
		if (!VIOLENT.has(columns.group[i]) || (columns.flags[i] & FLAG.outside) !== 0) continue;
		violentRows++;
		const key = `${columns.lng[i]},${columns.lat[i]}`;
		const point = byPoint.get(key);
		if (point) point.weight++;
		else byPoint.set(key, { lng: columns.lng[i], lat: columns.lat[i], weight: 1, district: columns.district[i] });
	}
	const rows = [...byPoint.values()]
		.sort((a, b) => a.lng - b.lng || a.lat - b.lat)
		.map((p) => `${p.lng.toFixed(6)},${p.lat.toFixed(6)},${p.weight},${DISTRICTS[p.district].code}`);
	out.write(DATA_PATHS.demoPoints, `lng,lat,weight,district\n${rows.join('\n')}\n`, { rows: rows.length });
	return { rowsRead: report.total.rowsRead, kept: columns.length, points: rows.length, violentRows };
}
