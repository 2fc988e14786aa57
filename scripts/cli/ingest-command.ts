/**
 * `cli ingest`: police.uk CSVs, analysts' CSV/TSV/GeoJSON files, folders of them or download zips
 * through the same ingest the app runs in its worker. Columns of non-police.uk files are detected
 * with the same detectColumns the mapping dialog uses, or read from --columns c.json (--mapping is
 * the offence mapping table, as before). Prints one line per file, then the JSON summary last.
 */
import { refuseEmptyImport } from '../../src/lib/analysis/ingest/nothing-imported';
import { createReadStream, createWriteStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
	createIngest,
	DEFAULT_MAX_FILE_BYTES,
	IngestError,
	INCIDENT_CSV_HEADER,
	MESSAGES,
	ingestSources,
	renderIncidentsCsv,
	renderIssuesCsv,
	summaryOf,
	type ByteSource,
	type IncidentColumns,
	type MonthSummary
} from '../../src/lib/analysis/ingest/index';
import { parseColumnMapping, type ColumnMapping } from '../../src/lib/analysis/ingest/column-mapping';
import type { IngestFormat } from '../../src/lib/analysis/ingest/ingest';
import type { PrecisionPolicy } from '../../src/lib/analysis/ingest/report';
import type { EncodingChoice } from '../../src/lib/analysis/ingest/text-decoding';
import { createOffenceMapping, parseMappingTable } from '../../src/lib/analysis/offences/mapping';
import { centroidsFromGeoJson, createCentroidIndex } from '../../src/lib/analysis/ingest/precision';
import { createAreaIndex } from '../../src/lib/analysis/spatial/area-index';
import { areaIndexFromPack } from '../../src/lib/analysis/spatial/boundary-pack';
import { ASSIGNMENT_BOUNDARIES } from '../assignment-areas';
import { cancelledError, cancelOnInterrupt } from './cancel';
import { CliError } from './cli-error';
import { checkOutputPath, writeWhole } from './output-file';

export { CliError };

/** node:util's parseArgs, with a malformed command line reported as a usage error (exit code 2). */
export function parseCliArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
	try {
		return parseArgs(config);
	} catch (e) {
		throw new CliError(e instanceof Error ? e.message : String(e), 2);
	}
}

/** The packed full-precision LSOA polygons; a GeoJSON FeatureCollection is also taken. */
const DEFAULT_BOUNDARIES = ASSIGNMENT_BOUNDARIES;
/** The centroids the app's precision check uses, so the CLI's counts match the app's by default. */
const DEFAULT_CENTROIDS = 'data/lookups/lsoa21-pwc-centroids.geojson';
/** Read size: large enough to keep the scanner on its fast path, small enough to stay streaming. */
const READ_CHUNK = 1 << 20;
const WRITE_ROWS = 50_000;

/** A file read in READ_CHUNK pieces; an abort stops a read that is waiting (a pipe, a slow disk) at once. */
function fileSource(path: string, signal?: AbortSignal): ByteSource {
	return {
		name: path,
		sizeBytes: statSync(path).size,
		chunks: () => untilAborted(createReadStream(path, { highWaterMark: READ_CHUNK, signal }) as AsyncIterable<Uint8Array>, signal)
	};
}

/** The chunks of `source` until `signal` aborts: a destroyed file stream waits for its pending read, and this does not. */
async function* untilAborted(source: AsyncIterable<Uint8Array>, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
	if (!signal) return yield* source;
	const it = source[Symbol.asyncIterator]();
	const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
	aborted.catch(() => undefined);
	for (;;) {
		signal.throwIfAborted();
		const next = await Promise.race([it.next(), aborted]);
		if (next.done) return;
		yield next.value;
	}
}

/** Files under a folder in sorted order, so months ingest in order. */
function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.sort((a, b) => (a.name < b.name ? -1 : 1))
		.flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

/** The files the inputs name: files as given, folders by every file under them in sorted order. */
export function inputPaths(inputs: readonly string[]): string[] {
	return inputs.flatMap((input) => {
		if (!existsSync(input)) throw new CliError(`input not found: ${input}`);
		return statSync(input).isDirectory() ? listFiles(input) : [input];
	});
}

export function sourcesOf(inputs: readonly string[], signal?: AbortSignal): ByteSource[] {
	return inputPaths(inputs).map((p) => fileSource(p, signal));
}

function readJson(path: string, what: string): unknown {
	if (!existsSync(path)) throw new CliError(`${what} not found: ${path}`);
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		throw new CliError(`${what} is not valid JSON: ${path} (${e instanceof Error ? e.message : e})`);
	}
}

async function writeIncidents(path: string, columns: IncidentColumns, signal: AbortSignal): Promise<void> {
	const out = createWriteStream(path);
	const failed = once(out, 'error').then(([e]) => Promise.reject(e));
	failed.catch(() => undefined);
	out.write(INCIDENT_CSV_HEADER + '\n');
	for (let from = 0; from < columns.length; from += WRITE_ROWS) {
		signal.throwIfAborted();
		if (!out.write(renderIncidentsCsv(columns, from, Math.min(columns.length, from + WRITE_ROWS)))) await Promise.race([once(out, 'drain'), failed]);
	}
	out.end();
	await Promise.race([once(out, 'finish'), failed]);
}

/** Low months one per line; runs of missing months collapsed to one line. */
function monthLines(months: readonly MonthSummary[]): string[] {
	const lines: string[] = [];
	for (let i = 0; i < months.length; i++) {
		const m = months[i];
		if (m.status === 'low') lines.push(`month ${m.month}: low (${m.rows} rows, ${m.ratio.toFixed(2)} of the busiest neighbouring month per day)`);
		if (m.status !== 'missing') continue;
		let j = i;
		while (j + 1 < months.length && months[j + 1].status === 'missing') j++;
		lines.push(j === i ? `month ${m.month}: missing` : `months ${m.month} to ${months[j].month}: missing (${j - i + 1})`);
		i = j;
	}
	return lines;
}

/** `--input a b c` means three inputs: repeat the flag before each value up to the next option. */
export function expandInputs(args: readonly string[]): string[] {
	const out: string[] = [];
	let inInputs = false;
	for (const a of args) {
		if (a.startsWith('--')) inInputs = a === '--input';
		else if (inInputs && out[out.length - 1] !== '--input') out.push('--input');
		out.push(a);
	}
	return out;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
	if (!allowed.includes(value as T)) throw new CliError(`${flag} must be one of ${allowed.join(', ')}`, 2);
	return value as T;
}

export async function runIngestCommand(args: string[]): Promise<number> {
	const cancel = cancelOnInterrupt();
	try {
		return await ingestCommand(args, cancel.signal);
	} catch (e) {
		throw cancelledError(cancel.signal, e);
	} finally {
		cancel.dispose();
	}
}

async function ingestCommand(args: string[], signal: AbortSignal): Promise<number> {
	const { values } = parseCliArgs({
		args: expandInputs(args),
		options: {
			input: { type: 'string', multiple: true },
			mapping: { type: 'string' },
			report: { type: 'string' },
			out: { type: 'string' },
			boundaries: { type: 'string', default: DEFAULT_BOUNDARIES },
			'max-file-bytes': { type: 'string' },
			format: { type: 'string', default: 'auto' },
			columns: { type: 'string' },
			'write-columns': { type: 'string' },
			encoding: { type: 'string', default: 'auto' },
			precision: { type: 'string', default: 'keep' },
			centroids: { type: 'string', default: DEFAULT_CENTROIDS },
			now: { type: 'string' }
		}
	});
	if (!values.input?.length) throw new CliError('ingest needs at least one --input <file|dir|zip>', 2);
	const boundaries = resolve(values.boundaries);
	if (!existsSync(boundaries)) throw new CliError(`LSOA boundaries not found: ${boundaries} (run npm run data:build, or pass --boundaries)`);
	let mapping, areas;
	// --mapping takes either file the app can save: a column mapping (from the dialog) or an offence mapping table.
	const mappingJson = values.mapping ? readJson(values.mapping, 'mapping') : undefined;
	const mappingIsColumns = typeof mappingJson === 'object' && mappingJson !== null && 'coordinates' in mappingJson;
	if (mappingIsColumns && values.columns) throw new CliError('give the column mapping once: --mapping or --columns, not both', 2);
	try {
		areas = boundaries.endsWith('.bin') ? areaIndexFromPack(readFileSync(boundaries)) : createAreaIndex(readJson(boundaries, 'LSOA boundaries'));
		mapping = mappingJson !== undefined && !mappingIsColumns ? createOffenceMapping(parseMappingTable(mappingJson)) : undefined;
	} catch (e) {
		if (e instanceof IngestError) throw new CliError(`${e.code === 'boundaries_empty' ? boundaries : values.mapping}: ${e.message} [${e.code}]`);
		throw e;
	}
	const format = oneOf(values.format, ['auto', 'police-uk', 'generic'] as const, '--format') as IngestFormat;
	const encoding = oneOf(values.encoding, ['auto', 'utf-8', 'windows-1252'] as const, '--encoding') as EncodingChoice;
	const precisionPolicy = oneOf(values.precision, ['keep', 'exclude', 'area-only'] as const, '--precision') as PrecisionPolicy;
	let columnMapping: ColumnMapping | undefined;
	const columnsFile = mappingIsColumns ? values.mapping : values.columns;
	if (columnsFile) {
		const parsed = parseColumnMapping(mappingIsColumns ? mappingJson : readJson(columnsFile, 'column mapping'));
		if ('error' in parsed) throw new CliError(`${columnsFile}: ${parsed.error}`);
		columnMapping = parsed;
	}
	// An explicit --centroids that is missing is an error; the default one is optional (data:build writes it).
	const centroidsPath = values.centroids === DEFAULT_CENTROIDS && !existsSync(DEFAULT_CENTROIDS) ? undefined : values.centroids;
	const centroids = centroidsPath ? createCentroidIndex(centroidsFromGeoJson(readJson(centroidsPath, 'centroids'))) : undefined;
	// The import time is taken here, at the edge: analysis code never reads the clock.
	const now = values.now ? Date.parse(values.now) : Date.now();
	if (Number.isNaN(now)) throw new CliError(`--now must be an ISO 8601 date-time: ${values.now}`, 2);
	const maxFileBytes = values['max-file-bytes'] ? Number(values['max-file-bytes']) : DEFAULT_MAX_FILE_BYTES;
	if (!(maxFileBytes > 0)) throw new CliError(`--max-file-bytes must be a positive number`, 2);

	// Where results go is checked before the import, not found unwritable after it.
	for (const flag of ['out', 'report', 'write-columns'] as const) if (values[flag]) checkOutputPath(values[flag], `--${flag}`);
	const sources = sourcesOf(values.input, signal);
	const tooBig = sources.find((s) => s.sizeBytes > maxFileBytes);
	if (tooBig) throw new CliError(`file too large: ${tooBig.name} is ${tooBig.sizeBytes} bytes, the limit is ${maxFileBytes} (--max-file-bytes)`);
	const ingest = createIngest({ areas, mapping, maxFileBytes, format, encoding, columns: columnMapping, precisionPolicy, centroids, now });
	try {
		await ingestSources(ingest, sources, { signal });
	} catch (e) {
		if (e instanceof IngestError) throw new CliError(`${e.message} [${e.code}]`);
		throw e;
	}
	const { columns, report } = ingest.finish();
	for (const f of report.files) {
		const what = f.status === 'read' ? `${f.rowsRead} rows, ${f.kept} kept, ${f.rowsRead - f.kept} rejected, ${f.flagged.outside} outside` : `${f.status}: ${f.reason}${f.detail ? ` (${f.detail})` : ''}`;
		console.log(`${f.name}: ${what}`);
		if (f.status !== 'read' && f.reason) console.log(`${f.name}: ${MESSAGES[f.reason]}`);
		const p = f.precision;
		if (p && p.rows > 0) {
			const how = p.applied ? `policy ${p.policy}` : 'reported only';
			console.log(`${f.name}: location imprecise ${p.imprecise} of ${p.rows} (${(100 * p.share).toFixed(1)}%; shared ${p.shared} at ${p.sharedCoordinates} points of ${p.sharedThreshold}+ rows, centroid ${p.centroid}, rounded 100 m ${p.rounded100m}, 1 km ${p.rounded1km}; ${how})`);
		}
		if (f.cells && (f.cells.formulaLike || f.cells.html)) console.log(`${f.name}: ${f.cells.formulaLike} formula-like cells, ${f.cells.html} labels with HTML`);
	}
	try {
		refuseEmptyImport(report);
	} catch (e) {
		if (e instanceof IngestError) throw new CliError(`${e.message} [${e.code}]`);
		throw e;
	}
	const detected = report.files.find((f) => f.columns)?.columns;
	const columnsOut = values['write-columns'];
	if (columnsOut && detected) await writeWhole(columnsOut, '--write-columns', (tmp) => writeFileSync(tmp, JSON.stringify(detected, null, '\t') + '\n'));
	for (const line of monthLines(report.months)) console.log(line);
	for (const u of report.total.unmapped) console.log(`unmapped label "${u.label}": ${u.count} rows`);
	if (values.out) await writeWhole(values.out, '--out', (tmp) => writeIncidents(tmp, columns, signal));
	if (values.report) await writeWhole(values.report, '--report', (tmp) => writeFileSync(tmp, renderIssuesCsv(report)));
	console.log(JSON.stringify(summaryOf(report)));
	return 0;
}
