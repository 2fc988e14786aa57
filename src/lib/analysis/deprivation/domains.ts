/**
 * The two IMD editions the app can show and, for each, the domains with the table column that holds their
 * decile (data/tables/lsoa21.csv and lsoa11.csv; see data/SOURCES.md) and the population denominators.
 */

export type Edition = 'imd2025' | 'imd2019';
export type DomainKey = 'imd' | 'income' | 'employment' | 'education' | 'health' | 'crime' | 'housing' | 'environment';
export type DenominatorKey = 'census2021' | 'mid2022' | 'mid2019';

export interface DomainInfo {
	key: DomainKey;
	/** Short label for controls and the legend. */
	label: string;
	/** Column stem after the edition prefix, e.g. "income_decile" in imd25_income_decile. */
	stem: string;
}

export const DOMAINS: readonly DomainInfo[] = [
	{ key: 'imd', label: 'Index of Multiple Deprivation (overall)', stem: 'decile' },
	{ key: 'income', label: 'Income', stem: 'income_decile' },
	{ key: 'employment', label: 'Employment', stem: 'employment_decile' },
	{ key: 'education', label: 'Education, skills and training', stem: 'education_decile' },
	{ key: 'health', label: 'Health deprivation and disability', stem: 'health_decile' },
	{ key: 'crime', label: 'Crime', stem: 'crime_decile' },
	{ key: 'housing', label: 'Barriers to housing and services', stem: 'housing_and_services_decile' },
	{ key: 'environment', label: 'Living environment', stem: 'environment_decile' }
];

/** Why two IoD indices are missing from the domain list: shown beside the domain choice. */
export const OMITTED_INDICES_NOTE =
	'IDACI and IDAOPI (income deprivation affecting children / older people) are not offered: the 2025 files held here carry only their numerators, not the published deciles.';

export interface DenominatorInfo {
	key: DenominatorKey;
	/** Column in the LSOA table. */
	column: string;
	label: string;
	/** Shown wherever rates use this denominator; '' when there is nothing to warn about. */
	caveat: string;
}

export interface EditionInfo {
	key: Edition;
	label: string;
	/** LSOA vintage the edition is published on. */
	geography: 'lsoa21' | 'lsoa11';
	/** Column prefix, e.g. "imd25". */
	prefix: string;
	/** Number of LSOAs in England the national ranks run over (rank 1 = most deprived). */
	englandLsoas: number;
	/** Denominators available for this geography; the first is the default. */
	denominators: readonly DenominatorInfo[];
}

export const EDITIONS: Readonly<Record<Edition, EditionInfo>> = {
	imd2025: {
		key: 'imd2025',
		label: 'IMD 2025 (LSOA 2021)',
		geography: 'lsoa21',
		prefix: 'imd25',
		englandLsoas: 33_755,
		denominators: [
			{ key: 'census2021', column: 'population', label: 'Census 2021 usual residents', caveat: '' },
			{
				key: 'mid2022',
				column: 'pop_mid2022',
				label: 'IoD2025 mid-2022 denominators',
				caveat: 'Provisional: transcribed by hand from IoD2025 File 7, see PROVENANCE.md section 14.'
			}
		]
	},
	imd2019: {
		key: 'imd2019',
		label: 'IMD 2019 (LSOA 2011)',
		geography: 'lsoa11',
		prefix: 'imd19',
		englandLsoas: 32_844,
		denominators: [{ key: 'mid2019', column: 'pop_mid2019', label: 'ONS mid-2019 estimates', caveat: '' }]
	}
};

/** The table column holding a domain's decile for an edition, e.g. imd19_crime_decile. */
export function decileColumn(edition: Edition, domain: DomainKey): string {
	const info = DOMAINS.find((d) => d.key === domain);
	if (!info) throw new RangeError(`Unknown IMD domain "${domain}"`);
	return `${EDITIONS[edition].prefix}_${info.stem}`;
}

export function rankColumn(edition: Edition): string {
	return `${EDITIONS[edition].prefix}_rank`;
}

/** The denominator to use: the requested one when the edition has it, else the edition's default. */
export function denominatorFor(edition: Edition, requested: DenominatorKey): DenominatorInfo {
	const list = EDITIONS[edition].denominators;
	return list.find((d) => d.key === requested) ?? list[0];
}
