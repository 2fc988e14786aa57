/**
 * The app: owns the client, every state object, start-up and each request the page makes. The page only
 * assembles components and map layers around it, reading its state and calling its methods; no effect here
 * copies state into state, each one sends a request or loads a table when what it reads changes.
 */
import type { WeightStore } from '$lib/storage/weights-store';
import type { ViewsStore } from '$lib/storage/views-store';
import { untrack } from 'svelte';
import { DEMO_SEED } from '$lib/analysis/demo/generate';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import type { FilterState } from '$lib/analysis/filters/filter-state';
import { DISTRICTS } from '$lib/analysis/geography/districts';
import { resolutionOf } from '$lib/analysis/h3/cell-id';
import type { SeriesGranularity } from '$lib/analysis/panels/series';
import { POLICE_UK_SAMPLE } from '$lib/analysis/samples/sample-ids';
import type { DatasetSummary, MappedResolution } from '$lib/analysis/session/dataset-summary';
import { catchmentOf, type Catchment } from '$lib/analysis/sites/catchment';
import type { CubeResult } from '$lib/analysis/session/dataset-session';
import { fetchLoader, type DataLoader } from '$lib/service/ports';
import type { AtlasClient } from '$lib/workers/atlas-client';
import type { AnalysisTab } from '$lib/analysis/views/analysis-tabs';
import { effectiveResolution } from './auto-resolution';
import { BasemapSetting } from './basemap.svelte';
import { allowedOrigins } from './online-style';
import { FailureState } from './failure.svelte';
import { h3Cells } from './h3-cells.svelte';
import { clearAllLocalData, type LocalDataPlaces } from '$lib/storage/clear-local-data';
import { NO_TAB_SYNC, onTabMessage, type TabSync } from '$lib/storage/tab-sync';
import { ColumnMappingMemory } from './column-mapping-memory';
import { CubeState } from './cube.svelte';
import { DatasetState } from './dataset.svelte';
import { DeprivationStore } from './deprivation.svelte';
import { DistrictGeography } from './district-geography.svelte';
import { SitesAnalysis } from './sites-analysis.svelte';
import { SitesState } from './sites.svelte';
import { ViewStore } from './view.svelte';
import { LatestAnswer } from './hotspots.svelte';
import { DutyState } from './duty.svelte';
import { FolderWatch } from './folder-watch.svelte';
import type { FolderStore } from '$lib/storage/folder-store';
import { WeightsState } from './weights.svelte';
import { paramsToView } from '$lib/analysis/filters/url-state';
import { BriefingState } from './briefing.svelte';
import { SavedViewsState } from './saved-views.svelte';
import { NO_DISCLOSURE, type DisclosureSetting } from '$lib/analysis/disclosure/disclosure';
import type { WeightTable } from '$lib/analysis/weights/weight-table';
import type { WindowLength } from '$lib/analysis/session/stability-answer';
import { defaultChangePeriods, type Period } from '$lib/analysis/session/change-answer';
import { rateBasis, type RateBasis } from '$lib/analysis/panels/rate-basis';
import type { MappingStore } from '$lib/storage/mapping-store';
import type { SitesStore } from '$lib/storage/sites-store';
import { flaggedMonths } from '$lib/analysis/ingest/month-gaps';

export interface AtlasAppOptions {
	/** Where data/ is served, ending in a slash. */
	dataUrl: string;
	client: AtlasClient;
	/** Browser storage for small synchronous settings (the basemap URL). */
	storage: Storage;
	/** The browser database's stores the page uses (the worker keeps the datasets). */
	stores: { sites: SitesStore; mappings: MappingStore; weights: WeightStore; views: ViewsStore; folder: FolderStore };
	/** The online basemap style fixed at build time, or ''. */
	buildStyleUrl: string;
	/** Named in copied error details (the app version), with the browser and the clock; defaults for tests. */
	version?: string;
	userAgent?: string;
	now?: () => number;
	/** Tells the app's other tabs in this browser what changed in the stores (none in tests). */
	tabs?: TabSync;
	/** The page's Content-Security-Policy (its meta tag), which decides the online basemap hosts; absent in dev and tests. */
	securityPolicy?: string | null;
	/** The address's query, read once at start-up. */
	search: string;
	/** Today in London (YYYY-MM-DD), the default date sites must be running on. */
	today: string;
}

/** The clicked hexagon, named with its dataset and resolution: cell indices mean nothing outside them. */
export class AtlasApp {
	readonly dataUrl: string;
	readonly client: AtlasClient;
	/** The one way the page reads data files (the worker has its own). */
	readonly data: DataLoader;
	readonly today: string;
	/** An unexpected failure on show (a worker crash, an uncaught error), with details to copy. */
	readonly failure: FailureState;
	private readonly tabs: TabSync;
	/** What the page does once everything kept here is gone, here or in another tab (it reloads). */
	onclearedall: () => void = () => {};
	readonly basemap: BasemapSetting;
	readonly districts = new DistrictGeography();
	readonly dataset: DatasetState;
	readonly cube: CubeState;
	readonly view = new ViewStore();
	readonly deprivation = new DeprivationStore(this.view);
	readonly sites: SitesState;
	readonly sitesAnalysis: SitesAnalysis;
	readonly hotspots: LatestAnswer<'hotspots'>;
	readonly robustness: LatestAnswer<'hotspotRobustness'>;
	readonly stability: LatestAnswer<'stability'>;
	readonly emerging: LatestAnswer<'emerging'>;
	readonly change: LatestAnswer<'change'>;
	/** The Duty KPIs tab: KPI charts, the digest and the area-level tables. */
	readonly duty: DutyState;
	/** The folder "Check for new months" reads. */
	readonly folder: FolderWatch;
	/** The disclosure control the screen applies: the export setting in briefing mode, none otherwise. */
	readonly screenDisclosure: DisclosureSetting;
	/** Harm and cost weight tables for the hot spot map. */
	readonly weights: WeightsState;
	/** Marking and export header of briefing outputs. */
	readonly briefing: BriefingState;
	/** Views saved in this browser. */
	readonly savedViews: SavedViewsState;
	/** The weight table the link's weighting names; null for counts or a table not (yet) here. */
	readonly weightTable: WeightTable | null;
	/** The periods the change layer compares: the link's, else the latest 12 months of data (B) and the 12 before (A). */
	readonly changePeriods: { a: Period; b: Period } | null;
	/** The window length of the stability table (held in the view, so the link carries it). */
	get stabilityLength(): WindowLength {
		return this.view.stability;
	}
	set stabilityLength(length: WindowLength) {
		this.view.stability = length;
	}
	/** Where the link put the map, read once at start-up. */
	readonly initialPosition: ViewStore['position'];

	zoom = $state(8.8);
	/** A dataset the link asked for that is not loaded here (e.g. someone else's local import). */
	missingDataset = $state<string | null>(null);
	/** The files (with their months) the missing dataset was made from, when a view saved here names them. */
	get missingFiles(): readonly string[] {
		const wanted = this.missingDataset;
		if (!wanted) return [];
		return this.savedViews.views.find((v) => v.files?.length && paramsToView(v.query).view.dataset === wanted)?.files ?? [];
	}
	get granularity(): SeriesGranularity {
		return this.view.granularity;
	}
	set granularity(granularity: SeriesGranularity) {
		this.view.granularity = granularity;
	}
	get tab(): AnalysisTab {
		return this.view.tab;
	}
	set tab(tab: AnalysisTab) {
		this.view.tab = tab;
	}
	/** The right-hand panels can be folded away to give the map the width on smaller screens. */
	get panelsOpen(): boolean {
		return !this.view.folded.right;
	}
	set panelsOpen(open: boolean) {
		this.view.folded = { ...this.view.folded, right: !open };
	}
	/** The id of the dataset last shown, so a change of dataset can close the old one's hexagon detail. */
	#shownId: string | null = null;
	/** Its checksum: the same id with other rows means an import was added to it or removed from it. */
	#shownChecksum: string | undefined = undefined;

	readonly resolution: MappedResolution;
	readonly autoResolution: MappedResolution;
	readonly style: { classes: number; method: ViewStore['method']; opacity: number };
	readonly summary: DatasetSummary | null;
	/** Counts for the dataset on screen only: after an import the previous dataset's answer may still be held. */
	readonly counts: CubeResult | null;
	readonly shownCells: readonly string[];
	readonly selectedCell: number | null;
	readonly deprivationResult: ReturnType<DeprivationStore['analyse']>;
	/** What rates per 1,000 residents are over: the period shown, or a year when annualised. */
	readonly rates: RateBasis;
	readonly lsoaColouring: ReturnType<DeprivationStore['colouring']>;
	/** Sites count when running on the last day of the date range (today without one). */
	readonly activeOn: string;
	readonly catchments: Catchment[];
	readonly sitesAnswer: SitesAnalysis['answer'];

	/** Call during a component's initialisation: the request effects live as long as that component. */
	constructor(options: AtlasAppOptions) {
		this.dataUrl = options.dataUrl;
		this.client = options.client;
		this.today = options.today;
		this.failure = new FailureState(options.version ?? 'dev', options.userAgent ?? '', options.now ?? Date.now);
		this.client.oncrash = (message) => void this.recoverFromCrash(message);
		this.basemap = new BasemapSetting(options.buildStyleUrl, options.storage, allowedOrigins(options.securityPolicy ?? null));
		const mappings = new ColumnMappingMemory(options.stores.mappings);
		void mappings.load();
		const tabs = options.tabs ?? NO_TAB_SYNC;
		this.tabs = tabs;
		onTabMessage(tabs, 'cleared-all', () => this.onclearedall());
		this.dataset = new DatasetState(this.client, mappings, (summary) => this.shown(summary), tabs);
		this.sites = new SitesState(options.stores.sites, tabs, { settings: this.view });
		this.cube = new CubeState(this.client);
		this.sitesAnalysis = new SitesAnalysis(this.client, this.view);
		this.hotspots = new LatestAnswer(this.client, 'hotspots', 'Hot spots could not be computed');
		this.robustness = new LatestAnswer(this.client, 'hotspotRobustness', 'Robustness could not be worked out');
		this.stability = new LatestAnswer(this.client, 'stability', 'Stability could not be worked out');
		this.emerging = new LatestAnswer(this.client, 'emerging', 'Emerging hot spots could not be worked out');
		this.change = new LatestAnswer(this.client, 'change', 'The change could not be worked out');
		this.duty = new DutyState(this.client);
		this.folder = new FolderWatch(options.stores.folder, (files) => this.dataset.importWatched(files));
		void this.folder.load();
		this.weights = new WeightsState(this.client, options.stores.weights);
		this.briefing = new BriefingState(this);
		this.savedViews = new SavedViewsState(options.stores.views, tabs);
		this.weightTable = $derived(this.weights.table(this.view.weighting));
		this.screenDisclosure = $derived(this.view.briefing ? this.view.disclosure : NO_DISCLOSURE);
		this.changePeriods = $derived.by(() => {
			const range = this.summary?.monthRange;
			if (!range) return null;
			const fallback = defaultChangePeriods(range);
			return { a: this.view.changeA ?? fallback.a, b: this.view.changeB ?? fallback.b };
		});
		this.view.readQuery(options.search);
		this.initialPosition = this.view.position;
		this.zoom = this.initialPosition?.zoom ?? 8.8;

		this.resolution = $derived(effectiveResolution(this.view.resolution, this.zoom));
		this.autoResolution = $derived(effectiveResolution('auto', this.zoom));
		this.style = $derived({ classes: this.view.classes, method: this.view.method, opacity: this.view.opacity });
		this.summary = $derived(this.dataset.summary);
		this.counts = $derived(this.summary && this.cube.result?.datasetId === this.summary.id ? this.cube.result : null);
		this.shownCells = $derived(this.summary && this.counts ? this.summary.cells[this.counts.resolution] : []);
		this.selectedCell = $derived.by(() => {
			const hex = this.view.hex;
			if (!hex || !this.summary || resolutionOf(hex) !== this.resolution) return null;
			const cell = this.summary.cells[this.resolution].indexOf(hex);
			return cell >= 0 ? cell : null;
		});
		this.rates = $derived(
			rateBasis({
				annualise: this.view.annualise,
				dataMonths: this.summary?.monthRange ?? null,
				dateFrom: this.view.filters.dateFrom,
				dateTo: this.view.filters.dateTo,
				missing: flaggedMonths(this.summary?.report?.months, 'missing'),
				hasTimes: this.summary?.hasTimes ?? false,
				ageBands: this.view.filters.ageBands
			})
		);
		this.deprivationResult = $derived(this.counts && this.summary ? this.deprivation.analyse(this.counts.lsoaCounts, this.summary.lsoaCodes, this.rates) : null);
		this.lsoaColouring = $derived(this.deprivation.colouring(this.deprivationResult, this.rates.factor));
		this.activeOn = $derived(this.view.filters.dateTo ?? this.today);
		this.catchments = $derived(this.sites.catchments(this.activeOn));
		this.sitesAnswer = $derived.by(() => {
			const answer = this.sitesAnalysis.answer;
			const counts = this.counts;
			return answer && counts && answer.datasetId === counts.datasetId && answer.resolution === counts.resolution ? answer : null;
		});

		this.data = fetchLoader(this.dataUrl);
		this.districts.load(this.data);
		this.sites.load();
		this.data
			.text(DATA_PATHS.outline)
			.then((text) => this.sites.setStudyArea(JSON.parse(text)))
			.catch(() => undefined);

		// One request per change of dataset, filters, resolution, selected hexagon or series granularity.
		$effect(() => {
			const [current, filters, res] = [this.summary, this.view.filters, this.resolution];
			const options = { detailCell: this.selectedCell, days: this.granularity === 'day' && (current?.hasTimes ?? false) };
			// The cube's own state is written here, never read: untrack keeps this effect from triggering itself.
			untrack(() => (current ? this.cube.request(filters, res, options) : this.cube.reset()));
		});

		// Gi* is a request of its own, made while the hot spot layer or the hot spots tab is shown.
		$effect(() => {
			const [current, filters, res, k, weights] = [this.summary, this.view.filters, this.view.giResolution, this.view.giK, this.weightTable];
			if (!current || (this.view.layer !== 'hotspots' && this.tab !== 'hotspots')) return;
			untrack(() => this.hotspots.request({ filters, resolution: res, k, weights }));
		});

		// Six more Gi* runs (k = 1-3, resolutions 7-9), only while the hot spots tab is open.
		$effect(() => {
			const [current, filters, res, k, weights] = [this.summary, this.view.filters, this.view.giResolution, this.view.giK, this.weightTable];
			if (!current || this.tab !== 'hotspots') return;
			untrack(() => this.robustness.request({ filters, resolution: res, k, weights }));
		});

		// Emerging hot spots: a space-time cube, only while that layer is shown.
		$effect(() => {
			const [current, filters, res, k, step] = [this.summary, this.view.filters, this.view.giResolution, this.view.giK, this.view.emergingStep];
			if (!current || this.view.layer !== 'emerging') return;
			untrack(() => this.emerging.request({ filters, resolution: res, k, step }));
		});

		// Change between periods, only while that layer is shown.
		$effect(() => {
			const [current, filters, res, k, periods] = [this.summary, this.view.filters, this.view.giResolution, this.view.giK, this.changePeriods];
			if (!current || !periods || this.view.layer !== 'change') return;
			untrack(() => this.change.request({ filters, resolution: res, k, a: periods.a, b: periods.b }));
		});

		// Stability: one Gi* per window of the chosen length, only while the hot spots tab is open.
		$effect(() => {
			const [current, filters, res, k, length] = [this.summary, this.view.filters, this.view.giResolution, this.view.giK, this.stabilityLength];
			if (!current || this.tab !== 'hotspots') return;
			untrack(() => this.stability.request({ filters, resolution: res, k, length }));
		});

		// The Duty KPIs and the digest, only while that tab is open; asked again when the area tables change.
		$effect(() => {
			const [current, duty] = [this.summary, this.view.duty];
			void this.duty.version;
			if (!current || this.tab !== 'duty') return;
			untrack(() => this.duty.request(duty));
		});

		// Area-level admissions per district for the district table's months, while that tab is open.
		$effect(() => {
			const [current, from, to] = [this.summary, this.view.filters.dateFrom, this.view.filters.dateTo];
			void this.duty.version;
			if (!current || this.tab !== 'districts') return;
			untrack(() => this.duty.totals.request({ dateFrom: from, dateTo: to }));
		});

		// The LSOA tables (about 300 KB) are fetched the first time the overlay or the deprivation tab is shown, not at start-up.
		$effect(() => {
			if (this.deprivation.visible || this.tab === 'deprivation') this.deprivation.load(this.data);
		});

		// Site coverage is a second request, made only while the sites tab or the coverage view is shown.
		// With Gi* on, the gap table ranks only the significant hot spots, at the hot spot resolution.
		$effect(() => {
			const [current, filters, active] = [this.summary, this.view.filters, this.catchments];
			if (!current || (this.tab !== 'sites' && !this.sites.showCoverage)) return;
			const gi = this.view.layer === 'hotspots' ? this.hotspots.answer : null;
			const hot = gi && gi.datasetId === current.id ? gi.cells.filter((_, i) => gi.classes[i] >= 2) : undefined;
			const res = hot && gi ? gi.resolution : this.resolution;
			untrack(() => this.sitesAnalysis.request(current.id, filters, res, active, hot));
		});

		// Before/after for the chosen site: one request per change of the site, its months, its catchment or the filters.
		$effect(() => {
			const choice = this.sitesAnalysis.choice;
			const site = choice ? this.sites.sites.find((s) => s.id === choice.siteId) : undefined;
			// Only the hexagon-decile filter depends on the resolution, so zooming asks again only while it is on.
			const filters = this.view.filters;
			const res: MappedResolution | null = filters.hexDeciles === null ? null : this.resolution;
			const catchment = site?.start ? catchmentOf(site, { radiusM: this.sites.radiusM, rule: this.sites.coverageRule }) : null;
			untrack(() => {
				if (!choice || !site?.start || !catchment) return this.sitesAnalysis.clearBeforeAfter();
				this.sitesAnalysis.requestBeforeAfter($state.snapshot(filters) as FilterState, res, catchment, site.start, choice.months);
			});
		});
	}

	/**
	 * The worker crashed (an uncaught error, or killed for memory): say so, and load the dataset shown into the
	 * fresh worker the next call starts. The view stays on screen meanwhile; an import that was not kept cannot
	 * come back, and the message says so.
	 */
	private async recoverFromCrash(message: string): Promise<void> {
		const failure = this.failure.report('The analysis engine stopped and was restarted', 'analysing (the worker crashed)', new Error(message), 'The map and panels keep what they showed while the data is reloaded.');
		const id = this.summary?.id;
		if (!id) return this.failure.settle(failure, 'No data was loaded, so nothing needed reloading.');
		const back = await this.loadWanted(id, false).catch(() => false);
		this.failure.settle(failure, back ? 'The data on screen was reloaded; you can carry on.' : 'The import on screen was not kept in this browser, so it could not be reloaded: import its files again.');
	}

	/** The link names the dataset on screen (never its data); a cleared import stops being named. */
	private shown(summary: DatasetSummary | null): void {
		if (!summary) return;
		if (this.#shownId !== null && this.#shownId !== summary.id) this.view.hex = null;
		// A dataset keeps its id as it grows, so answers about its old rows carry that id too: they go, and are asked again.
		else if (this.#shownId === summary.id && this.#shownChecksum !== summary.checksum) this.forgetAnswers();
		this.#shownId = summary.id;
		this.#shownChecksum = summary.checksum;
		this.view.dataset = summary.id;
		if (summary.id === this.missingDataset) this.missingDataset = null;
	}

	/** Drops every answer about the dataset shown; the effects ask again for the rows it holds now. */
	private forgetAnswers(): void {
		this.cube.reset();
		for (const latest of [this.hotspots, this.robustness, this.stability, this.emerging, this.change, this.duty.kpis, this.duty.digest]) latest.answer = null;
		this.sitesAnalysis.answer = null;
	}

	/** Start-up, with the page: the dataset the link names, else what this browser kept, else the demo. */
	async start(): Promise<void> {
		await this.client.init(this.dataUrl);
		void this.weights.load();
		void this.savedViews.load();
		await this.loadWanted(this.view.dataset, true);
	}

	/** Once the basemap has drawn: h3-js (which hexagon a click fell on) loads then, not in the first paint's way. */
	basemapReady(): void {
		void h3Cells.load();
	}

	/** Loads the dataset a link or saved view names: the demo, the sample, or an import kept here; false when it is not here. */
	private async loadWanted(wanted: string | null, starting: boolean): Promise<boolean> {
		const seed = wanted?.startsWith('synthetic-') ? Number(wanted.slice('synthetic-'.length)) : null;
		if (seed !== null) {
			await this.dataset.loadDemo(seed);
			return true;
		}
		if (wanted === POLICE_UK_SAMPLE.id) {
			await this.dataset.loadSample();
			return true;
		}
		// A link to an import kept in this browser opens that import; otherwise (at start) the one shown last.
		const keptWanted = wanted?.startsWith('local-') && (await this.client.call('keptDatasets', {}).answer.catch(() => null))?.datasets.some((d) => d.id === wanted);
		if (!starting && !keptWanted) return false;
		const restored = await this.dataset.restore(keptWanted && wanted ? wanted : undefined);
		if (wanted && this.dataset.summary?.id !== wanted) this.missingDataset = wanted;
		if (!restored && !wanted) await this.dataset.loadDemo(DEMO_SEED);
		return !wanted || this.dataset.summary?.id === wanted;
	}

	/**
	 * Opens a saved view's link state: its filters, layer and position, and its dataset when that is not the one
	 * loaded. Answers false, leaving the dataset on screen as it is, when the dataset is not in this browser.
	 */
	async openQuery(query: string): Promise<boolean> {
		const current = this.summary?.id ?? null;
		const wanted = paramsToView(query).view.dataset;
		if (wanted && wanted !== current && !(await this.loadWanted(wanted, false))) return false;
		this.view.readQuery(query);
		return true;
	}

	loadDemo(): Promise<void> {
		return this.dataset.loadDemo(DEMO_SEED);
	}

	/** Deletes everything this app keeps in the browser, stops the worker (its data goes with it), and tells the other tabs. */
	async clearAllLocalData(places: LocalDataPlaces): Promise<void> {
		this.client.terminate();
		await clearAllLocalData(places);
		this.tabs.post({ kind: 'cleared-all' });
		this.onclearedall();
	}

	stop(): void {
		this.client.terminate();
	}

	/** The map moved: the zoom picks the automatic resolution, and the position goes into the link. */
	moved(position: { lng: number; lat: number; zoom: number }): void {
		this.zoom = position.zoom;
		this.view.position = position;
	}

	/** A click on a district's area toggles its filter, unless it fell on a drawn hexagon or a site is being placed; true when it did. */
	clickDistrict(code: unknown, lng: number, lat: number): boolean {
		if (this.sites.picking || this.onDrawnHex(lng, lat)) return false;
		const index = DISTRICTS.findIndex((d) => d.code === code);
		if (index < 0) return false;
		const current = this.view.filters.districts ?? [];
		const next = current.includes(index) ? current.filter((d) => d !== index) : [...current, index].sort((a, b) => a - b);
		this.view.setFilters({ districts: next.length ? next : null });
		return true;
	}

	/** Decided from the click's own position, not from the last hover, so it never depends on event order. */
	private onDrawnHex(lng: number, lat: number): boolean {
		const counts = this.counts;
		if (!counts) return false;
		// Hexagons drawn before h3-js has loaded (it loads at start): the click may be on one, so it toggles no district.
		if (!h3Cells.kit) return true;
		const cell = this.shownCells.indexOf(h3Cells.kit.cellOfLngLat(lng, lat, counts.resolution));
		return cell >= 0 && counts.cellCounts[cell] > 0;
	}

	/** Opens a hexagon's detail (by its index in the current cell dictionary). */
	selectCell(cell: number): void {
		if (!this.summary || this.sites.picking) return;
		this.view.hex = this.summary.cells[this.resolution][cell] ?? null;
	}

	closeDetail(): void {
		this.view.hex = null;
	}

	async clearImport(): Promise<void> {
		await this.dataset.clear();
		// The link must stop naming a dataset that no longer exists here.
		if (!this.dataset.summary) this.view.dataset = null;
	}

	/** The rejected and flagged rows of the dataset's import, as CSV, with the file name to save it under. */
	async issuesCsv(): Promise<{ name: string; text: string }> {
		const text = await this.client.call('issuesCsv', {}).answer;
		return { name: `${this.summary?.id ?? 'import'}-rejected-and-flagged-rows.csv`, text };
	}

	/** The top cells by count (ties by id), the dataset and the URL query, as the page currently shows them (for tests). */
	describeView() {
		const result = this.counts;
		const cells = this.summary && result ? this.summary.cells[result.resolution] : [];
		const order = result ? [...result.cellCounts.keys()].filter((i) => result.cellCounts[i] > 0) : [];
		order.sort((a, b) => result!.cellCounts[b] - result!.cellCounts[a] || (cells[a] < cells[b] ? -1 : 1));
		return {
			query: this.view.query,
			dataset: this.summary?.id ?? null,
			shown: result?.total ?? null,
			resolution: result?.resolution ?? null,
			topCells: order.slice(0, 20).map((i) => cells[i]),
			cubeMs: this.cube.latencyMs,
			settled: this.cube.pending === 0 && result !== null,
			// Bumped on every answer, so a test can wait for the one after its own change.
			version: this.cube.version
		};
	}
}
