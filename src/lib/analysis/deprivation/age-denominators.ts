/**
 * The residents each LSOA's rate divides by: the chosen denominator without an age filter, or the Census 2021
 * residents of the filtered ages (panels/age-population.ts) with one. Only Census 2021 is held by age band, so
 * an age filter on another denominator leaves rates "not available", with the reason.
 */
import { ageDenominator, type AgeBasis } from '../panels/age-population';
import type { DenominatorInfo } from './domains';
import type { LsoaTable } from './tables';

export interface LsoaDenominators {
	/** The basis actually used: the one asked for, or "not available" where the table cannot give it. */
	basis: AgeBasis;
	/** Residents per table row; null when the rate is not available. */
	values: ArrayLike<number> | null;
}

export function lsoaDenominators(table: LsoaTable, denominator: DenominatorInfo, basis: AgeBasis): LsoaDenominators {
	if (basis.kind === 'all-residents') return { basis, values: table.populations[denominator.key]! };
	if (basis.kind === 'not-available') return { basis, values: null };
	if (denominator.key !== 'census2021' || !table.ages) {
		const reason = `the ${denominator.label} held here have no age bands; rates for an age group use Census 2021 usual residents (IMD 2025)`;
		return { basis: { kind: 'not-available', ages: basis.ages, reason }, values: null };
	}
	const ages = table.ages;
	const total = table.populations.census2021!;
	const values = Float64Array.from(table.codes, (_, r) => ageDenominator(basis, { total: total[r], bands: ages.map((band) => band[r]) }) ?? 0);
	return { basis, values };
}
