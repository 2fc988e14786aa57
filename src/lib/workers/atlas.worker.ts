/// <reference lib="webworker" />
/**
 * The worker entry: routes messages to the analysis functions and holds the loaded dataset. It adds no
 * analysis of its own; parsing, demo generation and filtering all live in src/lib/analysis.
 */
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { demoColumns } from '$lib/analysis/demo/demo-columns';
import { cellDecilesFor, parseHexDeciles, type HexDeciles } from '$lib/analysis/deprivation/hex-imd';
import { parseDemoInputs } from '$lib/analysis/demo/demo-inputs';
import { generateDemo } from '$lib/analysis/demo/generate';
import { FilterError, type FilterState } from '$lib/analysis/filters/filter-state';
import { createIngest, detectFile, DETECT_SAMPLE_BYTES, IngestError, ingestSources, renderIssuesCsv, type ByteSource } from '$lib/analysis/ingest';
import { rederivePlaces } from '$lib/analysis/ingest/rederive-places';
import type { ColumnMapping } from '$lib/analysis/ingest/column-mapping';
import type { EncodingChoice } from '$lib/analysis/ingest/text-decoding';
import { centroidsFromGeoJson, createCentroidIndex, type CentroidIndex } from '$lib/analysis/ingest/precision';
import { DatasetSession, cubeBuffers } from '$lib/analysis/session/dataset-session';
import { fingerprint, summariseDataset, type MappedResolution } from '$lib/analysis/session/dataset-summary';
import { decodePoliceUkSample } from '$lib/analysis/samples/police-uk-sample';
import { POLICE_UK_SAMPLE } from '$lib/analysis/samples/sample-ids';
import { lsoaDeciles } from '$lib/analysis/panels/area-tables';
import { SitesCache, siteBeforeAfter, sitesAnswer } from '$lib/analysis/session/sites-answer';
import type { AreaIndex } from '$lib/analysis/spatial/area-index';
import { areaIndexFromPack } from '$lib/analysis/spatial/boundary-pack';
import { clearDataset, DATASET_SCHEMA, loadDataset, saveDataset } from './dataset-db';
import type { ImportFile, ImportSettings } from '$lib/analysis/ingest/import-request';
import type { WorkerRequest, WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

let dataUrl = '';
let areas: Promise<AreaIndex> | null = null;
let centroids: Promise<CentroidIndex> | null = null;
let session: DatasetSession | null = null;
/** The latest IndexedDB write; a clear or a later save waits for it, so an old write never lands last. */
let saving: Promise<boolean> = Promise.resolve(false);
/** IMD 2025 decile per LSOA of the loaded dataset, for the hexagon detail and the gap table. */
let decilesCache: { session: DatasetSession; deciles: Uint8Array } | null = null;
let sitesCache: { session: DatasetSession; cache: SitesCache } | null = null;
let hexDeciles: Promise<HexDeciles> | null = null;
/** IMD 2025 decile per cell of the loaded dataset, per resolution: what the hexagon-decile filter and tooltip read. */
let cellDecilesCache: { session: DatasetSession; byResolution: Map<MappedResolution, Uint8Array> } | null = null;

async function loadCellDeciles(current: DatasetSession, resolution: MappedResolution): Promise<Uint8Array> {
	if (cellDecilesCache?.session !== current) cellDecilesCache = { session: current, byResolution: new Map() };
	const cache = cellDecilesCache;
	let deciles = cache.byResolution.get(resolution);
	if (!deciles) {
		hexDeciles ??= fetchText(DATA_PATHS.hexImd25).then(parseHexDeciles);
		// A failed load is forgotten so the next request tries again.
		const lookup = await hexDeciles.catch((error: unknown) => {
			hexDeciles = null;
			throw error;
		});
		deciles = cellDecilesFor(current.summary.cells[resolution], lookup);
		cache.byResolution.set(resolution, deciles);
	}
	return deciles;
}

/** The cell deciles, or none when the lookup cannot load and no filter needs it (the tooltip then shows no decile). */
function cellDecilesIfAny(current: DatasetSession, resolution: MappedResolution, filters: FilterState): Promise<Uint8Array | undefined> {
	return loadCellDeciles(current, resolution).catch((error: unknown) => {
		if (filters.hexDeciles !== null) throw error;
		return undefined;
	});
}

async function decilesFor(current: DatasetSession): Promise<Uint8Array> {
	if (decilesCache?.session !== current) {
		const deciles = lsoaDeciles(await fetchText(DATA_PATHS.lsoa21Table), current.summary.lsoaCodes);
		decilesCache = { session: current, deciles };
	}
	return decilesCache.deciles;
}

function cacheFor(current: DatasetSession): SitesCache {
	if (sitesCache?.session !== current) sitesCache = { session: current, cache: new SitesCache(current.columns) };
	return sitesCache.cache;
}
const jobs = new Map<number, AbortController>();

/** Progress is posted at most this often, so messages never flood the page. */
const PROGRESS_INTERVAL_MS = 100;

function post(message: WorkerResponse, transfer: Transferable[] = []): void {
	self.postMessage(message, transfer);
}

async function fetchData(path: string): Promise<Response> {
	const response = await fetch(`${dataUrl}${path}`);
	if (!response.ok) throw new Error(`Could not load ${path} (HTTP ${response.status})`);
	return response;
}

async function fetchText(path: string): Promise<string> {
	return (await fetchData(path)).text();
}

async function fetchBytes(path: string): Promise<Uint8Array> {
	return new Uint8Array(await (await fetchData(path)).arrayBuffer());
}

function loadAreas(): Promise<AreaIndex> {
	areas ??= fetchBytes(DATA_PATHS.lsoa21Assign).then(areaIndexFromPack);
	return areas;
}

/** How long the worker may read before it lets queued messages (a cancel) in. */
const YIELD_INTERVAL_MS = 50;

function loadCentroids(): Promise<CentroidIndex> {
	centroids ??= fetchText(DATA_PATHS.lsoa21Centroids).then((text) => createCentroidIndex(centroidsFromGeoJson(JSON.parse(text))));
	return centroids;
}

async function* chunksOf(file: File): AsyncIterable<Uint8Array> {
	const reader = file.stream().getReader();
	let lastYield = performance.now();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return;
		yield value;
		// Stream reads resolve as microtasks, so without a macrotask break a cancel message would wait for the end.
		if (performance.now() - lastYield > YIELD_INTERVAL_MS) {
			await new Promise((resolve) => setTimeout(resolve, 0));
			lastYield = performance.now();
		}
	}
}

function byteSource({ file, name }: ImportFile): ByteSource {
	return { name, sizeBytes: file.size, chunks: () => chunksOf(file) };
}

function sendDataset(id: number, persisted: boolean): void {
	post({ id, type: 'dataset', dataset: session?.summary ?? null, persisted });
}

async function loadDemo(id: number, seed: number): Promise<void> {
	const index = await loadAreas();
	const [points, districts, schools, stations, placeLabels] = await Promise.all(
		[DATA_PATHS.demoPoints, DATA_PATHS.districtTable, DATA_PATHS.schools, DATA_PATHS.stations, DATA_PATHS.placeLabels].map(fetchText)
	);
	const inputs = parseDemoInputs({ points, districts, schools, stations, placeLabels }, index);
	const columns = demoColumns(generateDemo(inputs, { seed }), index, seed);
	const summary = summariseDataset(columns, index, {
		id: `synthetic-${seed}`,
		kind: 'synthetic',
		label: `Synthetic demo data (seed ${seed})`,
		report: null
	});
	session = new DatasetSession(columns, summary);
	sendDataset(id, false);
}

async function loadSample(id: number): Promise<void> {
	const index = await loadAreas();
	const { columns, report } = decodePoliceUkSample(await fetchBytes(DATA_PATHS.policeUkSample), index);
	const summary = summariseDataset(columns, index, {
		id: POLICE_UK_SAMPLE.id,
		kind: 'policeuk',
		label: POLICE_UK_SAMPLE.label,
		report
	});
	session = new DatasetSession(columns, summary);
	sendDataset(id, false);
}

async function detectFiles(id: number, files: ImportFile[], encoding?: EncodingChoice, mapping?: ColumnMapping): Promise<void> {
	const now = Date.now();
	const detections = await Promise.all(
		files.map(async ({ file, name }) => {
			const bytes = new Uint8Array(await file.slice(0, DETECT_SAMPLE_BYTES).arrayBuffer());
			return detectFile(name, bytes, { encoding, mapping, now, complete: file.size <= DETECT_SAMPLE_BYTES });
		})
	);
	post({ id, type: 'detections', detections });
}

async function importFiles(id: number, files: ImportFile[], maxFileBytes: number | undefined, settings: ImportSettings): Promise<void> {
	const controller = new AbortController();
	jobs.set(id, controller);
	try {
		const [index, centroidIndex] = await Promise.all([loadAreas(), loadCentroids()]);
		// The clock is read here, at the edge: rows dated after the import are rejected as future dates.
		const ingest = createIngest({ areas: index, maxFileBytes, format: 'auto', now: Date.now(), centroids: centroidIndex, ...settings });
		const totalBytes = files.reduce((sum, f) => sum + f.file.size, 0);
		let last = 0;
		const progress = (force = false) => {
			const now = performance.now();
			if (!force && now - last < PROGRESS_INTERVAL_MS) return;
			last = now;
			post({ id, type: 'progress', progress: { ...ingest.progress(), totalBytes } });
		};
		await ingestSources(ingest, files.map(byteSource), { signal: controller.signal, onChunk: progress });
		progress(true);
		const { columns, report } = ingest.finish();
		const summary = summariseDataset(columns, index, {
			id: `local-${fingerprint(columns)}`,
			kind: 'local',
			label: files.length === 1 ? files[0].name : `${files.length} files`,
			report
		});
		session = new DatasetSession(columns, summary);
		// The page draws the dataset while it is written to IndexedDB (1-2 s at 1,000,000 rows); 'saved' reports the outcome.
		// Private windows and full disks refuse IndexedDB: the data stays loaded, only not kept.
		saving = saving.then(() => saveDataset({ summary, columns }).then(() => true, () => false));
		sendDataset(id, false);
	} catch (error) {
		if (controller.signal.aborted) post({ id, type: 'cancelled' });
		else throw error;
	} finally {
		jobs.delete(id);
	}
}

async function restore(id: number): Promise<void> {
	const stored = await loadDataset().catch(() => null);
	if (!stored) return post({ id, type: 'dataset', dataset: null, persisted: false });
	if (stored.schema === DATASET_SCHEMA) {
		session = new DatasetSession(stored.columns, stored.summary);
		return post({ id, type: 'dataset', dataset: stored.summary, persisted: true });
	}
	// Saved by an earlier version: never shown with its old cells and LSOAs, and kept in the new form.
	const index = await loadAreas();
	const { columns, report } = rederivePlaces(stored.columns, stored.summary.report, index);
	const { id: datasetId, kind, label } = stored.summary;
	const summary = summariseDataset(columns, index, { id: datasetId, kind, label, report });
	session = new DatasetSession(columns, summary);
	saving = saving.then(() => saveDataset({ summary, columns }).then(() => true, () => false));
	post({ id, type: 'dataset', dataset: summary, persisted: true, rederived: true });
}

async function handle(message: WorkerRequest): Promise<void> {
	switch (message.type) {
		case 'init':
			dataUrl = message.dataUrl;
			return post({ id: message.id, type: 'ready' });
		case 'load-demo':
			return loadDemo(message.id, message.seed);
		case 'load-sample':
			return loadSample(message.id);
		case 'import':
			return importFiles(message.id, message.files, message.maxFileBytes, message.settings);
		case 'detect':
			return detectFiles(message.id, message.files, message.encoding, message.mapping);
		case 'restore':
			return restore(message.id);
		case 'cube': {
			if (!session) return post({ id: message.id, type: 'error', code: 'no_dataset', message: 'No dataset is loaded.' });
			const current = session;
			const deciles = message.options.detailCell != null ? await decilesFor(current) : undefined;
			const cellDeciles = await cellDecilesIfAny(current, message.resolution, message.filters);
			const cube = current.cube(message.filters, message.resolution, { ...message.options, lsoaDeciles: deciles, cellDeciles });
			return post({ id: message.id, type: 'cube', cube }, cubeBuffers(cube));
		}
		case 'sites': {
			if (!session) return post({ id: message.id, type: 'error', code: 'no_dataset', message: 'No dataset is loaded.' });
			const current = session;
			const { summary, columns } = current;
			const cellDeciles = await cellDecilesIfAny(current, message.resolution, message.filters);
			// One pass gives both the rows passing the filters and the hexagon counts the map shows.
			const { pass, cellCounts } = current.passWithCells(message.filters, message.resolution, cellDeciles);
			const answer = sitesAnswer(
				{
					columns,
					pass,
					resolution: message.resolution,
					cellCounts,
					catchments: message.catchments,
					lsoaCodes: summary.lsoaCodes,
					lsoaNames: summary.lsoaNames,
					lsoaDeciles: await decilesFor(current)
				},
				cacheFor(current)
			);
			return post({ id: message.id, type: 'sites', answer }, [answer.cellMask.buffer as ArrayBuffer]);
		}
		case 'before-after': {
			if (!session) return post({ id: message.id, type: 'error', code: 'no_dataset', message: 'No dataset is loaded.' });
			const current = session;
			const cellDeciles = message.resolution === null ? undefined : await loadCellDeciles(current, message.resolution);
			const pass = current.beforeAfterPass(message.filters, message.resolution, cellDeciles);
			const answer = siteBeforeAfter(current.columns, pass, message.catchment, message.start, message.months);
			return post({ id: message.id, type: 'before-after', answer });
		}
		case 'issues-csv': {
			const report = session?.summary.report;
			return post({ id: message.id, type: 'text', text: report ? renderIssuesCsv(report) : '' });
		}
		case 'cancel':
			jobs.get(message.target)?.abort();
			return;
		case 'saved':
			return post({ id: message.id, type: 'saved', persisted: await saving });
		case 'clear':
			session = null;
			saving = saving.then(() => clearDataset().then(() => false, () => false));
			await saving;
			return sendDataset(message.id, false);
	}
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const message = event.data;
	handle(message).catch((error: unknown) => {
		const code = error instanceof IngestError || error instanceof FilterError ? error.code : 'failed';
		post({ id: message.id, type: 'error', code, message: error instanceof Error ? error.message : String(error) });
	});
};
