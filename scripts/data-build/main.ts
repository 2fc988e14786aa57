/**
 * `npm run data:build [-- --out <dir>]`: builds data/ (boundaries, tables, basemap, places, lookups, search, samples, SOURCES.md,
 * attribution.json, manifest.json) from the open data in ATLAS_OPEN_DATA_DIR (default ../shared/data/open).
 */
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAssignmentBoundaries } from './assignment-boundaries';
import { buildBasemap } from './basemap';
import { buildBoundaries } from './boundaries';
import { buildCentroids } from './centroids';
import { buildDemoColumns } from './demo-columns';
import { buildDemoPoints, readPoliceUk } from './demo-points';
import { buildHexDeprivation, hexAreasFromInput } from './hex-deprivation';
import { OutputDir } from './output';
import { buildPlaces } from './places';
import { buildPoliceUkSample } from './police-uk-sample';
import { buildSearchIndex } from './search-index';
import { buildSyntheticAdmissions } from './synthetic-admissions';
import { DataBuildError, InputReader, openDataDir } from './source';
import { writeAttribution, writeSourcesMd } from './sources-md';
import { buildTables } from './tables';
import { buildWeights } from './weights';

export interface BuildOptions {
	/** Folder holding the raw open data. */
	inputDir: string;
	/** Folder to write artifacts into (created when missing). */
	outDir: string;
}

/** Manifest keys are sorted so the file is byte-stable. */
function manifest(out: OutputDir, hashes: ReadonlyMap<string, string>) {
	const sorted = <T>(entries: Iterable<[string, T]>) => Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1)));
	return { artifacts: sorted(out.artifacts), inputs: sorted(hashes) };
}

/** Runs the whole build; throws DataBuildError on any input problem. Returns the artifacts written. */
export function buildData(options: BuildOptions): OutputDir {
	const reader = new InputReader(options.inputDir);
	reader.checkAllPresent();
	const out = new OutputDir(options.outDir);
	const areas = buildBoundaries(reader, out);
	buildAssignmentBoundaries(reader, out, areas.lsoa21);
	buildTables(reader, out, areas);
	buildWeights(reader, out);
	buildHexDeprivation(hexAreasFromInput(reader, out), out);
	buildPlaces(reader, out);
	// After places: the basemap's vector tiles are cut from the boundaries, labels and stations already written.
	const facts = buildBasemap(reader, out);
	buildCentroids(reader, out, areas.lsoa21);
	const search = buildSearchIndex(reader, out, areas.lsoa21);
	const police = readPoliceUk(reader, out);
	buildDemoPoints(police, out);
	buildPoliceUkSample(police, police.areas, out);
	buildDemoColumns(out);
	buildSyntheticAdmissions(out);
	writeAttribution(out);
	writeSourcesMd(out, reader.hashes, { ...facts, search });
	out.writeJson(DATA_PATHS.manifest, manifest(out, reader.hashes));
	return out;
}

export function parseArgs(argv: readonly string[]): { outDir: string } {
	let outDir = 'data';
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--out' && argv[i + 1]) outDir = argv[++i];
		else if (argv[i].startsWith('--out=')) outDir = argv[i].slice('--out='.length);
		else throw new DataBuildError(`unknown argument ${argv[i]} (usage: data:build [--out <dir>])`);
	}
	return { outDir };
}

function formatKb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1).padStart(8)} KB`;
}

function main(): void {
	try {
		const { outDir } = parseArgs(process.argv.slice(2));
		const out = buildData({ inputDir: openDataDir(), outDir: resolve(outDir) });
		let total = 0;
		for (const [path, record] of [...out.artifacts].sort(([a], [b]) => (a < b ? -1 : 1))) {
			total += record.bytes;
			const count = record.features !== undefined ? `${record.features} features` : record.rows !== undefined ? `${record.rows} rows` : '';
			console.log(`${formatKb(record.bytes)}  ${path}  ${count}`);
		}
		console.log(`${formatKb(total)}  total in ${outDir}/ (${out.artifacts.size} files)`);
	} catch (error) {
		if (error instanceof DataBuildError) {
			console.error(`data:build failed:\n${error.message}`);
			process.exit(1);
		}
		throw error;
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
