/**
 * The analysis service: owns the loaded dataset, the lookups it needs and every cache, and answers the
 * typed requests of requests.ts. Data files and storage are passed in (ports.ts), so the same service runs
 * in the worker, in Node tests and, later, behind a server. It holds no analysis of its own: parsing, the
 * demo, filtering and statistics all live in src/lib/analysis.
 */
import { importLabel } from '$lib/analysis/ingest/import-history';
import type { AddReport } from '$lib/analysis/ingest/append-import';
import { newDatasetId } from '$lib/analysis/ingest/dataset-id';
import { claimUntagged, refreshHistory, seenFiles, type ImportRecord } from '$lib/analysis/ingest/import-record';
import { withOffenceCodes } from '$lib/analysis/ingest/columns';
import { withEveryRejectCode } from '$lib/analysis/ingest/report';
import { refuseEmptyImport } from '$lib/analysis/ingest/nothing-imported';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { demoColumns } from '$lib/analysis/demo/demo-columns';
import { parseDemoInputs } from '$lib/analysis/demo/demo-inputs';
import { decodeDemoColumns } from '$lib/analysis/demo/demo-file';
import { DEMO_SEED, generateDemo } from '$lib/analysis/demo/generate';
import { cellDecilesFor, parseHexDeciles, type HexDeciles } from '$lib/analysis/deprivation/hex-imd';
import { FilterError, type FilterState } from '$lib/analysis/filters/filter-state';
import { DEFAULT_MAX_FILE_BYTES, detectFile, DETECT_SAMPLE_BYTES, IngestError, renderIssuesCsv, type IngestOptions, type IngestReport } from '$lib/analysis/ingest';
import type { IncidentColumns } from '$lib/analysis/ingest/columns';
import type { ImportProgress } from '$lib/analysis/ingest/import-request';
import { centroidsFromGeoJson, createCentroidIndex, type CentroidIndex } from '$lib/analysis/ingest/precision';
import { rederivePlaces } from '$lib/analysis/ingest/rederive-places';
import { lsoaDeciles } from '$lib/analysis/panels/area-tables';
import { decodePoliceUkSample } from '$lib/analysis/samples/police-uk-sample';
import { POLICE_UK_SAMPLE } from '$lib/analysis/samples/sample-ids';
import { DatasetSession } from '$lib/analysis/session/dataset-session';
import { CELL_COLUMN, fingerprint, summariseDataset, type DatasetSummary, type MappedResolution } from '$lib/analysis/session/dataset-summary';
import { SitesCache, siteBeforeAfter, sitesAnswer } from '$lib/analysis/session/sites-answer';
import { stabilityAnswer, stabilityWindows } from '$lib/analysis/session/stability-answer';
import { emergingAnswer } from '$lib/analysis/session/emerging-answer';
import { changeAnswer } from '$lib/analysis/session/change-answer';
import { parseWeightTables, type WeightTable } from '$lib/analysis/weights/weight-table';
import { rowWeights, weightReport, weightedCellSums } from '$lib/analysis/weights/row-weights';
import { HotspotCache, hotspotAnswer, hotspotRobustness, placesFromGeoJson, topHotspots, type Place } from '$lib/analysis/session/hotspots';
import type { AreaIndex } from '$lib/analysis/spatial/area-index';
import { areaIndexFromPack } from '$lib/analysis/spatial/boundary-pack';
import { digestFiles } from './file-digests';
import { grownDataset, newDataset, shrunkDataset, type LocalDataset } from './dataset-growth';
import { readImport } from './read-import';
import { dropBatchDuplicates } from '$lib/analysis/ingest/batch-duplicates';
import { AreaTables, type AreaTableStore } from './area-tables';
import { digestFor, kpisFor } from './monitoring';
import { studyCellsCache } from '$lib/analysis/session/study-cache';
import { DATASET_SCHEMA, type DataLoader, type DatasetStore, type PartReader } from './ports';
import { AtlasError, type AnswerOf, type AtlasRequests, type DatasetAnswer, type RequestKind, type RequestOf } from './requests';
import { flaggedMonths } from '$lib/analysis/ingest/month-gaps';
import { monthIndexOfDate } from '$lib/analysis/time/month-index';

export interface ServiceDeps {
	data: DataLoader;
	store: DatasetStore;
	/** The clock, read only at the edge: an import rejects rows dated after it. */
	now: () => number;
	/** Keeps the area-level tables between sessions; without it they are held until the page closes. */
	areaTables?: AreaTableStore;
	/** Reads the second part of a large CSV on another thread; without it every import is read on this one. */
	partReader?: PartReader;
}

/** What a caller can add to a request: a way to stop it, and where progress goes. */
export interface CallContext {
	signal?: AbortSignal;
	onProgress?: (progress: ImportProgress) => void;
}

type Handlers = { [K in RequestKind]: (request: RequestOf<K>, context: CallContext) => Promise<AnswerOf<K>> };

/** A value loaded once and kept; a failed load is forgotten so the next request tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let value: Promise<T> | null = null;
	return () =>
		(value ??= load().catch((error: unknown) => {
			value = null;
			throw error;
		}));
}

/** Per-dataset derived tables, dropped with the dataset they belong to. */
interface DatasetCaches {
	session: DatasetSession;
	lsoaDeciles?: Uint8Array;
	cellDeciles: Map<MappedResolution, Uint8Array>;
	sites?: SitesCache;
	hotspots?: HotspotCache;
	/** Row weights of the last weight table used, keyed by the table's JSON. */
	rowWeights?: { key: string; weights: Float64Array };
	/** The imports that made a local dataset, oldest first. */
	history?: ImportRecord[];
	/** After an add: the dataset as it was before it (its session made when first asked for), and what the add did. */
	previous?: { columns: IncidentColumns; summary: DatasetSummary; session?: DatasetSession };
	added?: AddReport;
}

/** What a dataset's caches start with besides its session. */
type Grown = Pick<DatasetCaches, 'history' | 'previous' | 'added'>;

export class AtlasService {
	private current: DatasetCaches | null = null;
	/** The latest storage write; a clear or a later save waits for it, so an old write never lands last. */
	private saving: Promise<boolean> = Promise.resolve(false);
	private readonly areas: () => Promise<AreaIndex>;
	private readonly centroids: () => Promise<CentroidIndex>;
	private readonly hexDeciles: () => Promise<HexDeciles>;
	private readonly places: () => Promise<Place[]>;
	private readonly weightTables: () => Promise<WeightTable[]>;
	private readonly handlers: Handlers;
	/** Area-level tables (hospital admissions) held beside the incident dataset. */
	private readonly areaTables: AreaTables;

	constructor(private readonly deps: ServiceDeps) {
		const { data } = deps;
		this.areas = once(async () => areaIndexFromPack(await data.bytes(DATA_PATHS.lsoa21Assign)));
		this.centroids = once(async () => createCentroidIndex(centroidsFromGeoJson(JSON.parse(await data.text(DATA_PATHS.lsoa21Centroids)))));
		this.hexDeciles = once(async () => parseHexDeciles(await data.text(DATA_PATHS.hexImd25)));
		this.places = once(async () => placesFromGeoJson(JSON.parse(await data.text(DATA_PATHS.placeLabels))));
		this.weightTables = once(async () => parseWeightTables(JSON.parse(await data.text(DATA_PATHS.weights))));
		this.areaTables = new AreaTables(data, deps.areaTables ?? null);
		this.handlers = {
			kpis: async (request) => {
				await this.areaTables.ready();
				return kpisFor(this.loaded().session, this.areaTables, request);
			},
			digest: (request) => this.digest(request.baseline),
			areaTables: async () => {
				await this.areaTables.ready();
				return this.areaTables.list();
			},
			importAreaTable: async (request) => ('synthetic' in request ? this.areaTables.importSynthetic() : this.areaTables.import(request.name, await request.file.text())),
			removeAreaTable: ({ id }) => this.areaTables.remove(id),
			areaTotals: async ({ dateFrom, dateTo }) => {
				await this.areaTables.ready();
				const range = this.loaded().session.summary.monthRange;
				if (!range) return null;
				return this.areaTables.totals(dateFrom ? monthIndexOfDate(dateFrom) : range[0], dateTo ? monthIndexOfDate(dateTo) : range[1]);
			},
			loadDemo: ({ seed }) => this.loadDemo(seed),
			loadSample: () => this.loadSample(),
			restore: ({ id }) => this.restore(id),
			keptDatasets: () => this.deps.store.list(),
			removeKept: ({ id }) => this.removeKept(id),
			importFiles: (request, context) => this.importFiles(request, context),
			importHistory: async () => this.current?.history ?? [],
			removeImport: ({ id }) => this.removeImport(id),
			detect: (request) => this.detect(request),
			cube: (request) => this.cube(request),
			sites: (request) => this.sites(request),
			beforeAfter: (request) => this.beforeAfter(request),
			issuesCsv: async () => {
				const report = this.current?.session.summary.report;
				return report ? renderIssuesCsv(report) : '';
			},
			saved: () => this.saving,
			clear: () => this.clear(),
			weightTables: () => this.weightTables(),
			hotspots: (request) => this.hotspots(request),
			hotspotRobustness: (request) => this.robustness(request),
			stability: (request) => this.stability(request),
			emerging: (request) => this.emerging(request),
			change: (request) => this.change(request)
		};
	}

	/** Answers one request. Expected failures reject with an AtlasError whose code says what went wrong. */
	async call<K extends RequestKind>(kind: K, request: RequestOf<K>, context: CallContext = {}): Promise<AnswerOf<K>> {
		const handler = this.handlers[kind] as (request: AtlasRequests[K][0], context: CallContext) => Promise<AnswerOf<K>>;
		try {
			return await handler(request, context);
		} catch (error) {
			if (error instanceof AtlasError) throw error;
			if (error instanceof IngestError || error instanceof FilterError) throw new AtlasError(error.code, error.message);
			throw new AtlasError('failed', error instanceof Error ? error.message : String(error));
		}
	}

	/** The session now loaded, for tests and the server; null before any load. */
	get session(): DatasetSession | null {
		return this.current?.session ?? null;
	}

	/** The dataset as it was before the last add, for the digest; null unless the dataset loaded came from an add. */
	get previousSession(): DatasetSession | null {
		const previous = this.current?.previous;
		return previous ? (previous.session ??= new DatasetSession(previous.columns, previous.summary)) : null;
	}

	/** What the last add did to each month it covered; null unless the dataset loaded came from an add. */
	get lastAdd(): AddReport | null {
		return this.current?.added ?? null;
	}

	private show(columns: IncidentColumns, given: DatasetSummary, persisted: boolean, rederived = false, grown: Grown = {}): DatasetAnswer {
		// Every export names the rows it came from; a kept summary from before the field gets it here.
		const summary = given.checksum ? given : { ...given, checksum: fingerprint(columns) };
		this.current = { session: new DatasetSession(columns, summary), cellDeciles: new Map(), ...grown };
		return { dataset: summary, persisted, rederived, ...(grown.added ? { added: grown.added } : {}) };
	}

	private async loadDemo(seed: number): Promise<DatasetAnswer> {
		const { data } = this.deps;
		let index: AreaIndex;
		let columns: IncidentColumns;
		if (seed === DEMO_SEED) {
			// data:build prebuilt the default demo: decoding takes tens of ms where generating it takes most of a second.
			const [areas, bytes] = await Promise.all([this.areas(), data.bytes(DATA_PATHS.demoColumns)]);
			index = areas;
			columns = decodeDemoColumns(bytes, index, { seed }).columns;
		} else {
			index = await this.areas();
			const [points, districts, schools, stations, placeLabels] = await Promise.all(
				[DATA_PATHS.demoPoints, DATA_PATHS.districtTable, DATA_PATHS.schools, DATA_PATHS.stations, DATA_PATHS.placeLabels].map((p) => data.text(p))
			);
			const inputs = parseDemoInputs({ points, districts, schools, stations, placeLabels }, index);
			columns = demoColumns(generateDemo(inputs, { seed }), index, seed);
		}
		const summary = summariseDataset(columns, index, { id: `synthetic-${seed}`, kind: 'synthetic', label: `Synthetic demo data (seed ${seed})`, report: null });
		return this.show(columns, summary, false);
	}

	private async loadSample(): Promise<DatasetAnswer> {
		const index = await this.areas();
		const { columns, report } = decodePoliceUkSample(await this.deps.data.bytes(DATA_PATHS.policeUkSample), index);
		const summary = summariseDataset(columns, index, { id: POLICE_UK_SAMPLE.id, kind: 'policeuk', label: POLICE_UK_SAMPLE.label, report });
		return this.show(columns, summary, false);
	}

	/** Loads a kept dataset (the current one when no id is named) and makes it the one the page next opens with. */
	private async restore(id?: string): Promise<DatasetAnswer> {
		const kept = await this.deps.store.load(id).catch(() => null);
		if (!kept) return { dataset: null, persisted: false, rederived: false };
		const stored = { ...kept, columns: withOffenceCodes(kept.columns), summary: { ...kept.summary, report: withEveryRejectCode(kept.summary.report) } };
		if (id !== undefined) await this.deps.store.setCurrent(id).catch(() => undefined);
		const grown = await this.keptHistory(stored.summary);
		if (grown.report) stored.summary = { ...stored.summary, report: grown.report };
		if (stored.schema === DATASET_SCHEMA) return this.show(stored.columns, stored.summary, true, false, { history: grown.history });
		// Saved by an earlier version: never shown with its old cells and LSOAs, and kept in the new form.
		const index = await this.areas();
		const { columns, report } = rederivePlaces(stored.columns, stored.summary.report, index);
		const { kind, label } = stored.summary;
		const summary = summariseDataset(columns, index, { id: stored.summary.id, kind, label, report });
		this.keep(columns, summary, null);
		return this.show(columns, summary, true, true, { history: grown.history });
	}

	/** A kept local import's history, with the files of a report kept before files named their import given to one. */
	private async keptHistory(summary: DatasetSummary): Promise<{ history?: ImportRecord[]; report?: IngestReport }> {
		if (summary.kind !== 'local' || !summary.report) return {};
		const kept = await this.deps.store.history(summary.id).catch(() => []);
		const { report, records } = claimUntagged(summary.report, kept, summary.id, 0);
		return { history: refreshHistory(records, report), report };
	}

	/** Writes the dataset after any earlier write; 'saved' answers with the outcome. */
	private keep(columns: IncidentColumns, summary: DatasetSummary, history: ImportRecord[] | null): void {
		const now = this.deps.now();
		// Private windows and full disks refuse storage: the data stays loaded, only not kept.
		this.saving = this.saving.then(() => this.deps.store.save({ schema: DATASET_SCHEMA, summary, columns }, history, now).then(() => true, () => false));
	}

	/** Forgets a kept dataset; the one on screen stays until another is loaded. */
	private async removeKept(id: string) {
		await this.saving;
		await this.deps.store.remove(id);
		return this.deps.store.list();
	}

	private async importFiles(request: AtlasRequests['importFiles'][0], { signal, onProgress }: CallContext): Promise<DatasetAnswer | 'cancelled'> {
		const { files, settings, maxFileBytes, name, mode = 'new', skipSeen = false } = request;
		const base = mode === 'add' ? this.growable() : null;
		// Hashing runs beside the parse (WebCrypto digests off this thread); skipSeen needs the digests before reading.
		const hashing = digestFiles(files, signal);
		// A new dataset has no history, but a second copy of a file in the batch is still skipped.
		const seen = skipSeen ? seenFiles(await hashing, base?.history ?? []) : [];
		const chosen = files.filter((_, i) => !seen.includes(i));
		const alreadyImported = seen.map((i) => files[i].name);
		if (base && chosen.length === 0) {
			const keptAsBefore = base.summary.report!.months.filter((m) => m.rows > 0).length;
			const added = { importId: null, months: [], keptAsBefore, alreadyImported };
			// The digest then says nothing was added, rather than repeating the last add's.
			if (this.current) this.current.added = added;
			return { dataset: base.summary, persisted: false, rederived: false, added };
		}
		const [index, centroids] = await Promise.all([this.areas(), this.centroids()]);
		const options: IngestOptions = { areas: index, maxFileBytes, format: 'auto', now: this.deps.now(), centroids, ...settings };
		const readAll = await readImport(chosen, options, { signal, onProgress, partReader: this.deps.partReader });
		if (readAll === 'cancelled') return 'cancelled';
		// A month two files repeat row for row (a zip beside the CSVs it unpacks to) is counted once.
		const read = dropBatchDuplicates(readAll).result;
		// An import that keeps nothing is an error beside the dataset on screen, never an empty one in its place.
		refuseEmptyImport(read.report);
		const digests = (await hashing).filter((_, i) => !seen.includes(i));
		const chosenFiles = chosen.map((f, i) => ({ name: f.name, bytes: f.file.size, digest: digests[i] }));
		const incoming = { at: this.deps.now(), label: importLabel(chosen.map((f) => f.name), name), files: chosenFiles, report: read.report };
		if (base) {
			const grown = grownDataset(base, read, incoming, index);
			const added = { ...grown.added, alreadyImported };
			this.keep(grown.columns, grown.summary, grown.history);
			return this.show(grown.columns, grown.summary, false, false, { history: grown.history, previous: { columns: base.columns, summary: base.summary }, added });
		}
		// A kept dataset that has grown may hold this import's name already: never written over.
		await this.saving;
		const kept = (await this.deps.store.list().catch(() => null))?.datasets ?? [];
		const id = newDatasetId(`local-${fingerprint(read.columns)}`, kept, { rows: read.columns.length, sources: read.report.sources });
		const made = newDataset(read, incoming, id, index);
		// The page draws the dataset while it is written (1-2 s at 1,000,000 rows); 'saved' reports the outcome.
		this.keep(made.columns, made.summary, made.history);
		return this.show(made.columns, made.summary, false, false, { history: made.history });
	}

	/** The local import loaded, with its history, which an add may grow. */
	private growable(): LocalDataset {
		const { session, history = [] } = this.loaded();
		if (session.summary.kind !== 'local' || !session.summary.report) throw new IngestError('not_growable', session.summary.label);
		return { columns: session.columns, summary: session.summary, history };
	}

	/** Takes one import's rows and files out of the dataset loaded, and keeps what is left under the same id. */
	private async removeImport(importId: string): Promise<DatasetAnswer> {
		const shrunk = shrunkDataset(this.growable(), importId, await this.areas());
		this.keep(shrunk.columns, shrunk.summary, shrunk.history);
		return this.show(shrunk.columns, shrunk.summary, false, false, { history: shrunk.history });
	}

	private async detect({ files, encoding, mapping }: AtlasRequests['detect'][0]) {
		const now = this.deps.now();
		return Promise.all(
			files.map(async ({ file, name }) => {
				// JSON cannot be read from a cut sample: a GeoJSON file is detected whole, up to the import's size limit.
				const sample = /\.(geo)?json$/i.test(name) && file.size <= DEFAULT_MAX_FILE_BYTES ? file.size : DETECT_SAMPLE_BYTES;
				const bytes = new Uint8Array(await file.slice(0, sample).arrayBuffer());
				return detectFile(name, bytes, { encoding, mapping, now, complete: file.size <= sample });
			})
		);
	}

	private loaded(): DatasetCaches {
		if (!this.current) throw new AtlasError('no_dataset', 'No dataset is loaded.');
		return this.current;
	}

	/** IMD 2025 decile per LSOA of the loaded dataset, for the hexagon detail and the gap table. */
	private async lsoaDecilesOf(caches: DatasetCaches): Promise<Uint8Array> {
		caches.lsoaDeciles ??= lsoaDeciles(await this.deps.data.text(DATA_PATHS.lsoa21Table), caches.session.summary.lsoaCodes);
		return caches.lsoaDeciles;
	}

	/** IMD 2025 decile per cell at a resolution: what the hexagon-decile filter and tooltip read. */
	private async cellDecilesOf(caches: DatasetCaches, resolution: MappedResolution): Promise<Uint8Array> {
		let deciles = caches.cellDeciles.get(resolution);
		if (!deciles) {
			deciles = cellDecilesFor(caches.session.summary.cells[resolution], await this.hexDeciles());
			caches.cellDeciles.set(resolution, deciles);
		}
		return deciles;
	}

	/** The cell deciles, or none when the lookup cannot load and no filter needs it (the tooltip then shows no decile). */
	private cellDecilesIfAny(caches: DatasetCaches, resolution: MappedResolution, filters: FilterState): Promise<Uint8Array | undefined> {
		return this.cellDecilesOf(caches, resolution).catch((error: unknown) => {
			if (filters.hexDeciles !== null) throw error;
			return undefined;
		});
	}

	private async cube({ filters, resolution, options }: AtlasRequests['cube'][0]) {
		const caches = this.loaded();
		const lsoa = options.detailCell != null ? await this.lsoaDecilesOf(caches) : undefined;
		const cellDeciles = await this.cellDecilesIfAny(caches, resolution, filters);
		return caches.session.cube(filters, resolution, { ...options, lsoaDeciles: lsoa, cellDeciles });
	}

	private async sites({ filters, resolution, catchments, hotCells }: AtlasRequests['sites'][0]) {
		const caches = this.loaded();
		const { session } = caches;
		const cellDeciles = await this.cellDecilesIfAny(caches, resolution, filters);
		// One pass gives both the rows passing the filters and the hexagon counts the map shows.
		const { pass, cellCounts, cellTopLocation } = session.passWithCells(filters, resolution, cellDeciles);
		caches.sites ??= new SitesCache(session.columns);
		const { summary, columns } = session;
		const lsoa = await this.lsoaDecilesOf(caches);
		return sitesAnswer({ columns, pass, resolution, cellCounts, cellTopLocation, catchments, hotCells, lsoaCodes: summary.lsoaCodes, lsoaNames: summary.lsoaNames, lsoaDeciles: lsoa }, caches.sites);
	}

	/** One pass for the filters at a resolution: the passing rows, the cell counts (or weighted sums) and the study cells' cache. */
	private async countsAt(filters: FilterState, resolution: MappedResolution, weights: WeightTable | null = null) {
		const caches = this.loaded();
		const { session } = caches;
		const [cellDeciles, areas] = await Promise.all([this.cellDecilesIfAny(caches, resolution, filters), this.areas()]);
		const { pass, cellCounts, cellTopLocation } = session.passWithCells(filters, resolution, cellDeciles);
		caches.hotspots ??= studyCellsCache(session.columns, areas);
		const dictionary = session.columns.cells[resolution];
		const weighted = weights ? this.weighted(caches, weights, pass, resolution) : undefined;
		const gi = (k: number) => hotspotAnswer({ datasetId: session.summary.id, resolution, k, dictionary, cellCounts, cellTopLocation, weighted }, caches.hotspots!);
		return { pass, areas, session, cache: caches.hotspots, gi };
	}

	/** A weight table applied to the passing rows: weighted sums per cell and what was left out. */
	private weighted(caches: DatasetCaches, table: WeightTable, pass: Uint8Array, resolution: MappedResolution) {
		const { columns } = caches.session;
		const key = JSON.stringify(table);
		if (caches.rowWeights?.key !== key) caches.rowWeights = { key, weights: rowWeights(columns, table) };
		const { weights } = caches.rowWeights;
		const cellValues = weightedCellSums(columns[CELL_COLUMN[resolution]], columns.cells[resolution].length, pass, weights);
		return { cellValues, weighting: { table, report: weightReport(columns, pass, weights, table) } };
	}

	/** Gi* for one resolution and k, with the pass that produced its counts. */
	private async giAt(filters: FilterState, resolution: MappedResolution, k: number) {
		const counts = await this.countsAt(filters, resolution);
		return { ...counts, answer: counts.gi(k) };
	}

	private async robustness({ filters, resolution, k, weights }: AtlasRequests['hotspotRobustness'][0]) {
		// One pass per resolution; the three neighbourhoods reuse the counts of theirs.
		const at = await this.countsAt(filters, resolution, weights ?? null);
		const byK = [1, 2, 3].map((kk) => at.gi(kk));
		const byResolution = [];
		for (const r of [7, 8, 9] as const) byResolution.push(r === resolution ? byK[k - 1] : (await this.countsAt(filters, r, weights ?? null)).gi(k));
		return hotspotRobustness(byK, byResolution);
	}

	private async change({ filters, resolution, k, a, b }: AtlasRequests['change'][0]) {
		const caches = this.loaded();
		const { session } = caches;
		const { pass, cache } = await this.countsAt({ ...filters, dateFrom: null, dateTo: null }, resolution);
		const flagged = flaggedMonths(session.summary.report?.months);
		const months = session.summary.monthRange ?? [0, 0];
		return changeAnswer({ datasetId: session.summary.id, columns: session.columns, pass, resolution, k, a, b, hasTimes: session.summary.hasTimes, flagged, months }, cache);
	}

	private async emerging({ filters, resolution, k, step }: AtlasRequests['emerging'][0]) {
		const caches = this.loaded();
		const { session } = caches;
		// The same pass and study cells as the Gi* map; the cube's steps follow the date range when one is set.
		const { pass, cache } = await this.countsAt(filters, resolution);
		const range = session.summary.monthRange ?? [0, -1];
		const months: [number, number] = [Math.max(range[0], filters.dateFrom ? monthIndexOfDate(filters.dateFrom) : range[0]), Math.min(range[1], filters.dateTo ? monthIndexOfDate(filters.dateTo) : range[1])];
		const flagged = flaggedMonths(session.summary.report?.months);
		return emergingAnswer({ datasetId: session.summary.id, columns: session.columns, pass, resolution, k, step, months, flagged }, cache);
	}

	private async stability({ filters, resolution, k, length }: AtlasRequests['stability'][0]) {
		const { session } = this.loaded();
		const range = session.summary.monthRange;
		const flagged = flaggedMonths(session.summary.report?.months);
		const windows = range ? stabilityWindows(range, length, flagged) : [];
		const answers = [];
		for (const w of windows) answers.push((await this.giAt({ ...filters, dateFrom: w.dateFrom, dateTo: w.dateTo }, resolution, k)).answer);
		return stabilityAnswer(session.summary.id, length, windows, answers);
	}

	private async hotspots({ filters, resolution, k, weights }: AtlasRequests['hotspots'][0]) {
		const at = await this.countsAt(filters, resolution, weights ?? null);
		const { pass, areas, session } = at;
		const answer = at.gi(k);
		const places = await this.places().catch(() => []);
		const locate = (lng: number, lat: number) => areas.locate(lng, lat);
		const top = topHotspots(answer, { columns: session.columns, pass, locate, lsoaCodes: areas.codes, lsoaNames: areas.names, lsoaDistrict: areas.district, places });
		return { ...answer, top };
	}

	private async beforeAfter({ filters, resolution, catchment, start, months }: AtlasRequests['beforeAfter'][0]) {
		const caches = this.loaded();
		const cellDeciles = resolution === null ? undefined : await this.cellDecilesOf(caches, resolution);
		const pass = caches.session.beforeAfterPass(filters, resolution, cellDeciles);
		const flagged = flaggedMonths(caches.session.summary.report?.months);
		return siteBeforeAfter(caches.session.columns, pass, catchment, start, months, flagged);
	}

	/** What the last add changed; null when the dataset on screen did not come from one. */
	private async digest(baseline: [number, number] | null) {
		const { session } = this.loaded();
		const [before, added] = [this.previousSession, this.lastAdd];
		if (!before || !added) return null;
		const areas = await this.areas();
		const afterCache = (this.current!.hotspots ??= studyCellsCache(session.columns, areas));
		const months = (kind: string) => added.months.filter((m) => m.change === kind).map((m) => m.monthIndex);
		const places = await this.places().catch(() => []);
		return digestFor({ before, after: session, added: months('added'), replaced: months('replaced'), tables: this.areaTables, baseline, areas, afterCache, places });
	}

	private async clear(): Promise<DatasetAnswer> {
		this.current = null;
		this.saving = this.saving.then(() => this.deps.store.remove().then(() => false, () => false));
		await this.saving;
		return { dataset: null, persisted: false, rederived: false };
	}
}
