/**
 * `npm run cli -- hotspots --input <file|dir>... --res <7-10> [--k 1] [--area outline.geojson] [--group <name>]
 * [--from yyyy-mm] [--to yyyy-mm] [--weights ons-css|ho-cost-2016|ho-cost-2020|table.csv] --out hotspots.csv`: Gi* over
 * every study-area cell, zeros included (on weighted sums with --weights, rows without a weight left out), written
 * as cell,count[,weighted],z,p,q,class, with the same code the app runs (analysis/stats/gi-star.ts). The study area is
 * Kent & Medway (the published LSOA 2021 boundaries) unless --area gives another polygon.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { latLngToCell } from 'h3-js';
import { centroidsFromGeoJson, createCentroidIndex } from '../../src/lib/analysis/ingest/precision';
import { createIngest, ingestSources } from '../../src/lib/analysis/ingest';
import type { IncidentColumns } from '../../src/lib/analysis/ingest/columns';
import { STUDY_AREA_BBOX, studyAreaCells, type StudyArea } from '../../src/lib/analysis/h3/study-cells';
import { OFFENCE_GROUP_KEYS } from '../../src/lib/analysis/offences/groups';
import { buildAreaIndex, areaRecordsFromGeoJson, type AreaIndex } from '../../src/lib/analysis/spatial/area-index';
import { buildAdjacency, hotspotTest } from '../../src/lib/analysis/stats/gi-star';
import { parseYearMonth } from '../../src/lib/analysis/time/month-index';
import { readAssignmentAreas } from '../assignment-areas';
import { rowWeights } from '../../src/lib/analysis/weights/row-weights';
import { parseUserWeights, WEIGHT_ROW_MESSAGES } from '../../src/lib/analysis/weights/user-weights';
import { parseWeightTables, type WeightTable } from '../../src/lib/analysis/weights/weight-table';
import { CliError, expandInputs, sourcesOf, parseCliArgs } from './ingest-command';

const CENTROIDS = 'data/lookups/lsoa21-pwc-centroids.geojson';

export interface HotspotCliOptions {
	resolution: number;
	k: number;
	/** Offence group key, or null for every row. */
	group: string | null;
	/** Month indices, inclusive, or null. */
	from: number | null;
	to: number | null;
	/** A harm or cost table: Gi* then runs on each cell's weighted sum. */
	weights?: WeightTable | null;
}

/** A study area from a GeoJSON polygon file: containment by the same point-in-polygon the LSOAs use, its bounding box from the rings. */
export function studyAreaFromGeoJson(geojson: unknown): StudyArea {
	const features = (geojson as { features?: unknown[] }).features ?? [geojson];
	const collection = { type: 'FeatureCollection', features: features.map((f, i) => ({ ...(f as object), properties: { code: `area-${i}`, name: '', district: '' } })) };
	const records = areaRecordsFromGeoJson(collection);
	if (records.length === 0) throw new CliError('--area holds no polygon');
	const index = buildAreaIndex(records);
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const r of records) {
		for (const ring of r.rings) {
			for (let i = 0; i < ring.length; i += 2) {
				[w, e] = [Math.min(w, ring[i]), Math.max(e, ring[i])];
				[s, n] = [Math.min(s, ring[i + 1]), Math.max(n, ring[i + 1])];
			}
		}
	}
	return { bbox: [w, s, e, n], contains: (lng, lat) => index.locate(lng, lat) >= 0 };
}

export function kentStudyArea(areas: AreaIndex): StudyArea {
	return { bbox: STUDY_AREA_BBOX, contains: (lng, lat) => areas.locate(lng, lat) >= 0 };
}

/** One row per study cell: the counts of the rows kept, Gi* and its class. */
export function hotspotRows(columns: IncidentColumns, area: StudyArea, options: HotspotCliOptions) {
	const group = options.group === null ? -1 : OFFENCE_GROUP_KEYS.indexOf(options.group as (typeof OFFENCE_GROUP_KEYS)[number]);
	const byCell = new Map<string, number>();
	const weightedByCell = new Map<string, number>();
	const weights = options.weights ? rowWeights(columns, options.weights) : null;
	// As in the app, the study area holds every cell with an input row inside the area, whatever the filters.
	const inputCells = new Set<string>();
	for (let i = 0; i < columns.length; i++) {
		if (!area.contains(columns.lng[i], columns.lat[i])) continue;
		const cell = latLngToCell(columns.lat[i], columns.lng[i], options.resolution);
		inputCells.add(cell);
		if (group >= 0 && columns.group[i] !== group) continue;
		const m = columns.monthIndex[i];
		if ((options.from !== null && m < options.from) || (options.to !== null && m > options.to)) continue;
		byCell.set(cell, (byCell.get(cell) ?? 0) + 1);
		if (weights && !Number.isNaN(weights[i])) weightedByCell.set(cell, (weightedByCell.get(cell) ?? 0) + weights[i]);
	}
	const cells = studyAreaCells(options.resolution, area, inputCells);
	const counts = cells.map((c) => byCell.get(c) ?? 0);
	const weighted = weights ? cells.map((c) => weightedByCell.get(c) ?? 0) : null;
	const result = hotspotTest(weighted ?? counts, buildAdjacency(cells, options.k));
	return { cells, counts, weighted, ...result };
}

export function hotspotsCsv(rows: ReturnType<typeof hotspotRows>): string {
	const lines = [rows.weighted ? 'cell,count,weighted,z,p,q,class' : 'cell,count,z,p,q,class'];
	// z and p at 15 significant digits, so another tool can check them to 1e-9.
	const num = (v: number) => (Number.isFinite(v) ? v.toPrecision(15) : '');
	rows.cells.forEach((c, i) => lines.push([c, rows.counts[i], ...(rows.weighted ? [rows.weighted[i]] : []), num(rows.z[i]), num(rows.p[i]), num(rows.q[i]), rows.classes[i]].join(',')));
	return `${lines.join('\n')}\n`;
}

/** A built-in table by id (data/tables/weights.json), or the user's CSV, whose rejected rows are listed. */
function readWeights(name: string): WeightTable {
	const builtIn = parseWeightTables(JSON.parse(readFileSync('data/tables/weights.json', 'utf8')));
	const table = builtIn.find((t) => t.id === name);
	if (table) return table;
	if (!name.endsWith('.csv')) throw new CliError(`--weights must be ${builtIn.map((t) => t.id).join(', ')} or a .csv file`, 2);
	const parsed = parseUserWeights(readFileSync(name, 'utf8'), name);
	if ('error' in parsed) throw new CliError(parsed.error, 2);
	const { read, kept, rejected } = parsed.report;
	console.log(`${name}: ${read} rows read = ${kept} kept + ${rejected.length} rejected`);
	for (const r of rejected) console.log(`  line ${r.line}: ${WEIGHT_ROW_MESSAGES[r.problem]}`);
	if (kept === 0) throw new CliError(`${name}: no usable rows`, 2);
	return parsed.table;
}

export async function runHotspotsCommand(argv: string[]): Promise<number> {
	const { values } = parseCliArgs({
		args: expandInputs(argv),
		options: {
			input: { type: 'string', multiple: true },
			res: { type: 'string' },
			k: { type: 'string', default: '1' },
			area: { type: 'string' },
			group: { type: 'string' },
			from: { type: 'string' },
			to: { type: 'string' },
			weights: { type: 'string' },
			out: { type: 'string' }
		},
	});
	const resolution = Number(values.res);
	if (!Number.isInteger(resolution) || resolution < 7 || resolution > 10) throw new CliError('hotspots needs --res 7, 8, 9 or 10', 2);
	const k = Number(values.k);
	if (![1, 2, 3].includes(k)) throw new CliError('--k must be 1, 2 or 3', 2);
	if (values.group && !OFFENCE_GROUP_KEYS.includes(values.group as (typeof OFFENCE_GROUP_KEYS)[number])) throw new CliError(`--group must be one of ${OFFENCE_GROUP_KEYS.join(', ')}`, 2);
	const month = (text: string | undefined, flag: string) => {
		if (text === undefined) return null;
		const m = parseYearMonth(text);
		if (m < 0) throw new CliError(`${flag} must be yyyy-mm, got ${text}`, 2);
		return m;
	};
	if (!values.input?.length) throw new CliError('hotspots needs --input <file|dir>...', 2);
	if (!values.out) throw new CliError('hotspots needs --out hotspots.csv', 2);
	const areas = readAssignmentAreas();
	const centroids = createCentroidIndex(centroidsFromGeoJson(JSON.parse(readFileSync(CENTROIDS, 'utf8'))));
	const ingest = createIngest({ areas, centroids, format: 'auto', now: Date.now() });
	await ingestSources(ingest, sourcesOf(values.input));
	const { columns } = ingest.finish();
	const area = values.area ? studyAreaFromGeoJson(JSON.parse(readFileSync(values.area, 'utf8'))) : kentStudyArea(areas);
	const weights = values.weights ? readWeights(values.weights) : null;
	const rows = hotspotRows(columns, area, { resolution, k, group: values.group ?? null, from: month(values.from, '--from'), to: month(values.to, '--to'), weights });
	writeFileSync(values.out, hotspotsCsv(rows));
	const count = (c: number) => rows.classes.filter((v) => (c > 0 ? v >= c : v <= c)).length;
	if (weights) console.log(`weighted by ${weights.label} (${weights.source}); rows of groups it gives no weight are left out`);
	console.log(`${rows.cells.length} study cells at resolution ${resolution}, k = ${k}; ${rows.counts.reduce((a, b) => a + b, 0)} incidents; hot (q < 0.05) ${count(2)}, cold ${count(-2)}; written to ${values.out}`);
	return 0;
}
