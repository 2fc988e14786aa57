/** Everything the deprivation panel shows for one filter state, from per-LSOA counts on an IMD table. */
import { concentration, type Concentration } from './concentration';
import { decileShare, decileTable, type DecileRow, type DecileShare } from './decile-table';
import { denominatorFor, type DenominatorInfo, type DenominatorKey, type DomainKey, type Edition } from './domains';
import { rateRatio, type RateRatioResult } from './rate-ratio';
import { bootstrapRateRatio, type AreaGroup, type BootstrapRatioResult } from '../stats/bootstrap-rate-ratio';
import type { LsoaTable } from './tables';
import { lsoaDenominators } from './age-denominators';
import { ALL_RESIDENTS, type AgeBasis } from '../panels/age-population';

export interface DeprivationOptions {
	domain: DomainKey;
	/** Falls back to the edition's default when the edition lacks it (IMD 2019 has mid-2019 only). */
	denominator: DenominatorKey;
	/** Multiplies every rate (RateBasis.factor: 12 / months when annualised); ratios and shares are unchanged. */
	rateFactor?: number;
	/** Which residents the rates count (RateBasis.age); all residents when left out. */
	age?: AgeBasis;
}

export interface DeprivationAnalysis {
	edition: Edition;
	domain: DomainKey;
	/** The denominator actually used, which the UI names. */
	denominator: DenominatorInfo;
	/** Its residents: all, or an age group's (exact, approximate, or not available with the reason). */
	age: AgeBasis;
	/**
	 * Residents each table row's rate divides by; null when not available, and then every figure built on
	 * residents (rates, residents' shares, rate ratios, the concentration curve) is left empty.
	 */
	denominators: ArrayLike<number> | null;
	incidents: number;
	population: number;
	/** Incidents per 1,000 residents over the whole study area; null with no residents. */
	ratePer1000: number | null;
	deciles: DecileRow[];
	/** Deciles 1 and 1-2: the most deprived 10% and 20% of LSOAs in England. */
	most10: DecileShare;
	most20: DecileShare;
	/** Decile 1 against decile 10, interval assuming incidents are independent (Poisson): too narrow when they cluster. */
	rateRatio: RateRatioResult;
	/** The same ratio with the default interval: a bootstrap over LSOAs, stratified by decile. */
	rateRatioBootstrap: BootstrapRatioResult;
	/** Ordered by national rank for the overall IMD, by decile for a domain (the tables hold only domain deciles). */
	concentration: Concentration;
	concentrationOrder: 'rank' | 'decile';
}

/** counts: incidents per table row (see countsOnTable). Never mutates its inputs. */
export function analyseDeprivation(table: LsoaTable, counts: ArrayLike<number>, options: DeprivationOptions): DeprivationAnalysis {
	if (counts.length !== table.codes.length) throw new Error(`analyseDeprivation: ${counts.length} counts for ${table.codes.length} LSOAs`);
	const denominator = denominatorFor(table.edition, options.denominator);
	const { basis, values } = lsoaDenominators(table, denominator, options.age ?? ALL_RESIDENTS);
	// Zero residents everywhere leaves each residents-based figure null rather than one over the wrong people.
	const population = values ?? new Float64Array(table.codes.length);
	const decilesOf = table.deciles[options.domain];
	const factor = options.rateFactor ?? 1;
	const deciles = decileTable(counts, population, decilesOf).map((r) => ({ ...r, ratePer1000: r.ratePer1000 === null ? null : r.ratePer1000 * factor }));
	const incidents = deciles.reduce((s, r) => s + r.incidents, 0);
	const residents = deciles.reduce((s, r) => s + r.population, 0);
	const d1 = deciles[0];
	const d10 = deciles[9];
	const byRank = options.domain === 'imd';
	return {
		edition: table.edition,
		domain: options.domain,
		denominator,
		age: basis,
		denominators: values,
		incidents,
		population: residents,
		ratePer1000: residents > 0 ? (incidents / residents) * 1000 * factor : null,
		deciles,
		most10: decileShare(deciles, 1),
		most20: decileShare(deciles, 2),
		rateRatio: rateRatio(d1.incidents, d1.population, d10.incidents, d10.population),
		rateRatioBootstrap: bootstrapRateRatio(decileGroup(counts, population, decilesOf, 1), decileGroup(counts, population, decilesOf, 10)),
		concentration: concentration(counts, population, byRank ? table.rank : decilesOf),
		concentrationOrder: byRank ? 'rank' : 'decile'
	};
}

/** The LSOAs of one decile, as the bootstrap resamples them. */
function decileGroup(counts: ArrayLike<number>, population: ArrayLike<number>, deciles: ArrayLike<number>, decile: number): AreaGroup {
	const group: { counts: number[]; populations: number[] } = { counts: [], populations: [] };
	for (let r = 0; r < deciles.length; r++) {
		if (deciles[r] !== decile) continue;
		group.counts.push(counts[r]);
		group.populations.push(population[r]);
	}
	return group;
}
