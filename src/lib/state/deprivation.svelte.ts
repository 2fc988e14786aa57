import { DATA_PATHS } from '$lib/analysis/data-paths';
import type { DataLoader } from '$lib/service/ports';
import { analyseDeprivation, type DeprivationAnalysis } from '$lib/analysis/deprivation/analysis';
import { EDITIONS, denominatorFor, type DenominatorInfo, type DenominatorKey, type DomainKey, type Edition } from '$lib/analysis/deprivation/domains';
import { countsOnTable, type CountsOnTable } from '$lib/analysis/deprivation/geography';
import { lsoaValues, valueClasses, type ValueClass } from '$lib/analysis/deprivation/lsoa-classes';
import { parseLsoaLookup, parseLsoaTable, type LsoaLookup, type LsoaTable } from '$lib/analysis/deprivation/tables';
import type { ImdColourBy } from '$lib/analysis/deprivation/lsoa-classes';

export type RateRatioInterval = 'bootstrap' | 'poisson';

export const ALL_DECILES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
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
	visible = $state(false);
	edition = $state<Edition>('imd2025');
	domain = $state<DomainKey>('imd');
	/** Requested denominator; IMD 2019 always uses mid-2019 (see denominatorInfo). */
	denominator = $state<DenominatorKey>('census2021');
	colourBy = $state<ImdColourBy>('decile');
	opacity = $state(0.6);
	/** The rate ratio's interval: bootstrap over LSOAs by default; Poisson assumes incidents are independent. */
	interval = $state<RateRatioInterval>('bootstrap');
	/** Deciles of the chosen domain that the overlay draws. */
	deciles = $state.raw<readonly number[]>(ALL_DECILES);
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
			const [t21, t11, lookup] = await Promise.all([data.text(DATA_PATHS.lsoa21Table), data.text(DATA_PATHS.lsoa11Table), data.text(DATA_PATHS.lsoa11ToLsoa21)]);
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

	/** The panel's figures for per-LSOA 2021 counts (the cube's lsoaCounts, indexed like lsoaCodes). */
	analyse(lsoaCounts: ArrayLike<number>, lsoaCodes: readonly string[], rateFactor = 1): DeprivationResult | null {
		const tables = this.tables;
		const table = this.table;
		if (!tables || !table || lsoaCounts.length !== lsoaCodes.length) return null;
		const placed = countsOnTable(lsoaCounts, lsoaCodes, table, tables.lookup);
		return { placed, analysis: analyseDeprivation(table, placed.counts, { domain: this.domain, denominator: this.denominator, rateFactor }) };
	}

	/** Per-LSOA values and classes for the overlay's "count" and "rate" colouring; null in decile mode. */
	colouring(result: DeprivationResult | null, rateFactor = 1): LsoaColouring | null {
		const table = this.table;
		if (this.colourBy === 'decile' || !result || !table) return null;
		const mode = this.colourBy;
		const values = lsoaValues(result.placed.counts, table.populations[this.denominatorInfo.key]!, mode);
		if (mode === 'rate') for (let i = 0; i < values.length; i++) values[i] *= rateFactor;
		return { values, classes: valueClasses(values, VALUE_CLASSES, mode) };
	}
}
