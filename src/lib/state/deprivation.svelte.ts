import { DATA_PATHS } from '$lib/analysis/data-paths';
import type { DataLoader } from '$lib/service/ports';
import { analyseDeprivation, type DeprivationAnalysis } from '$lib/analysis/deprivation/analysis';
import { EDITIONS, denominatorFor, type DenominatorInfo, type DenominatorKey, type DomainKey, type Edition } from '$lib/analysis/deprivation/domains';
import { countsOnTable, type CountsOnTable } from '$lib/analysis/deprivation/geography';
import { lsoaValues, valueClasses, type ValueClass } from '$lib/analysis/deprivation/lsoa-classes';
import type { LsoaLookup, LsoaTable } from '$lib/analysis/deprivation/tables';
import type { ImdColourBy } from '$lib/analysis/deprivation/lsoa-classes';
import type { RateBasis } from '$lib/analysis/panels/rate-basis';
import { ALL_RESIDENTS } from '$lib/analysis/panels/age-population';
import { ALL_DECILES, DEFAULT_OVERLAY, type OverlayView } from '$lib/analysis/views/page-state';

export type RateRatioInterval = OverlayView['interval'];
export { ALL_DECILES };

/** Where the overlay's settings are kept: the page's ViewStore has an `overlay` field. */
export interface OverlayHolder {
	overlay: OverlayView;
}

class LocalOverlay {
	overlay = $state.raw<OverlayView>(DEFAULT_OVERLAY);
}
/** Rates over the period shown, of all residents: what analyse() gives without a RateBasis. */
const ALL_RESIDENT_RATES: Pick<RateBasis, 'factor' | 'age'> = { factor: 1, age: ALL_RESIDENTS };
/** Positive classes for count / rate colouring; a "0" class is added when some LSOA has none. */
const VALUE_CLASSES = 5;

interface Tables {
	imd2025: LsoaTable;
	imd2019: LsoaTable;
	lookup: LsoaLookup;
}

export interface DeprivationResult {
	analysis: DeprivationAnalysis;
	placed: CountsOnTable;
}

export interface LsoaColouring {
	values: Float64Array;
	classes: ValueClass[];
}

/**
 * The IMD overlay's settings and the LSOA tables (data/tables/*.csv, about 300 KB, fetched once on first
 * use). The analysis methods are pure given the settings, for the page to call inside $derived.
 */
export class DeprivationStore {
	readonly #settings: OverlayHolder;

	/** The settings live in `settings.overlay` (the page's ViewStore, so the link carries them); a local copy by default. */
	constructor(settings: OverlayHolder = new LocalOverlay()) {
		this.#settings = settings;
	}

	#set(patch: Partial<OverlayView>): void {
		this.#settings.overlay = { ...this.#settings.overlay, ...patch };
	}

	get visible(): boolean {
		return this.#settings.overlay.visible;
	}
	set visible(visible: boolean) {
		this.#set({ visible });
	}
	get edition(): Edition {
		return this.#settings.overlay.edition;
	}
	set edition(edition: Edition) {
		this.#set({ edition });
	}
	get domain(): DomainKey {
		return this.#settings.overlay.domain;
	}
	set domain(domain: DomainKey) {
		this.#set({ domain });
	}
	/** Requested denominator; IMD 2019 always uses mid-2019 (see denominatorInfo). */
	get denominator(): DenominatorKey {
		return this.#settings.overlay.denominator;
	}
	set denominator(denominator: DenominatorKey) {
		this.#set({ denominator });
	}
	get colourBy(): ImdColourBy {
		return this.#settings.overlay.colourBy;
	}
	set colourBy(colourBy: ImdColourBy) {
		this.#set({ colourBy });
	}
	get opacity(): number {
		return this.#settings.overlay.opacity;
	}
	set opacity(opacity: number) {
		this.#set({ opacity });
	}
	/** The rate ratio's interval: bootstrap over LSOAs by default; Poisson assumes incidents are independent. */
	get interval(): RateRatioInterval {
		return this.#settings.overlay.interval;
	}
	set interval(interval: RateRatioInterval) {
		this.#set({ interval });
	}
	/** Deciles of the chosen domain that the overlay draws. */
	get deciles(): readonly number[] {
		return this.#settings.overlay.deciles;
	}
	set deciles(deciles: readonly number[]) {
		this.#set({ deciles });
	}
	tables = $state.raw<Tables | null>(null);
	loading = $state(false);
	error = $state('');

	table = $derived(this.tables ? this.tables[this.edition] : null);
	denominatorInfo = $derived<DenominatorInfo>(denominatorFor(this.edition, this.denominator));

	#started = false;

	/** Fetches the three tables once; later calls return at once. */
	async load(data: DataLoader): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		this.loading = true;
		try {
			// The table reader (papaparse) comes with the tables, when deprivation is first shown.
			const [{ parseLsoaLookup, parseLsoaTable }, t21, t11, lookup] = await Promise.all([
				import('$lib/analysis/deprivation/tables'),
				data.text(DATA_PATHS.lsoa21Table),
				data.text(DATA_PATHS.lsoa11Table),
				data.text(DATA_PATHS.lsoa11ToLsoa21)
			]);
			this.tables = { imd2025: parseLsoaTable(t21, 'imd2025'), imd2019: parseLsoaTable(t11, 'imd2019'), lookup: parseLsoaLookup(lookup) };
		} catch (error) {
			this.#started = false;
			this.error = `Deprivation tables could not be loaded: ${(error as Error).message}`;
		} finally {
			this.loading = false;
		}
	}

	/** Changing edition keeps the domain and resets a denominator the new edition lacks to its default. */
	setEdition(edition: Edition): void {
		this.edition = edition;
		if (!EDITIONS[edition].denominators.some((d) => d.key === this.denominator)) this.denominator = EDITIONS[edition].denominators[0].key;
	}

	toggleDecile(decile: number): void {
		this.deciles = this.deciles.includes(decile) ? this.deciles.filter((d) => d !== decile) : [...this.deciles, decile].sort((a, b) => a - b);
	}

	/**
	 * The panel's figures for per-LSOA 2021 counts (the cube's lsoaCounts, indexed like lsoaCodes); `rates` gives
	 * the annualising factor and which residents the rates count (all, or the filtered ages).
	 */
	analyse(lsoaCounts: ArrayLike<number>, lsoaCodes: readonly string[], rates: Pick<RateBasis, 'factor' | 'age'> = ALL_RESIDENT_RATES): DeprivationResult | null {
		const tables = this.tables;
		const table = this.table;
		if (!tables || !table || lsoaCounts.length !== lsoaCodes.length) return null;
		const placed = countsOnTable(lsoaCounts, lsoaCodes, table, tables.lookup);
		return { placed, analysis: analyseDeprivation(table, placed.counts, { domain: this.domain, denominator: this.denominator, rateFactor: rates.factor, age: rates.age }) };
	}

	/**
	 * Per-LSOA values and classes for the overlay's "count" and "rate" colouring; null in decile mode, and for
	 * rates when no population matches the age filter (the overlay then keeps its decile colours).
	 */
	colouring(result: DeprivationResult | null, rateFactor = 1): LsoaColouring | null {
		if (this.colourBy === 'decile' || !result) return null;
		const mode = this.colourBy;
		const population = result.analysis.denominators;
		if (mode === 'rate' && !population) return null;
		// Counts need no residents; a zero array stands in when the rate's residents are not available.
		const values = lsoaValues(result.placed.counts, population ?? new Float64Array(result.placed.counts.length), mode);
		if (mode === 'rate') for (let i = 0; i < values.length; i++) values[i] *= rateFactor;
		return { values, classes: valueClasses(values, VALUE_CLASSES, mode) };
	}
}
