/**
 * Canonical offence groups and incident flag bits (DESIGN.md section 2).
 * Groups are mutually exclusive Uint8 codes; flags are independent bits in a Uint8.
 */

/** Group keys in code order; a row's group column holds the index into this list. */
export const OFFENCE_GROUP_KEYS = [
	'homicide',
	'robbery',
	'sexual_offences',
	'violence_with_injury',
	'violence_without_injury',
	'drug_supply',
	'possession_of_weapons',
	'public_order',
	'violence_and_sexual_not_split',
	'not_serious_violence',
	'unmapped'
] as const;

export type OffenceGroupKey = (typeof OFFENCE_GROUP_KEYS)[number];

/** The Uint8 code of each group, e.g. OFFENCE_GROUP.robbery === 1. */
export const OFFENCE_GROUP = Object.fromEntries(OFFENCE_GROUP_KEYS.map((k, i) => [k, i])) as {
	readonly [K in OffenceGroupKey]: number;
};

export const OFFENCE_GROUP_LABELS: Readonly<Record<OffenceGroupKey, string>> = {
	homicide: 'Homicide',
	robbery: 'Robbery',
	sexual_offences: 'Sexual offences',
	violence_with_injury: 'Violence with injury',
	violence_without_injury: 'Violence without injury',
	drug_supply: 'Drug supply / county lines',
	possession_of_weapons: 'Possession of weapons',
	public_order: 'Public order',
	violence_and_sexual_not_split: 'Violence and sexual offences (not split)',
	not_serious_violence: 'Not serious violence',
	unmapped: 'Unmapped'
};

/** Groups hidden by default in maps and statistics: they are kept and counted, not shown. */
export const HIDDEN_BY_DEFAULT: ReadonlySet<OffenceGroupKey> = new Set(['not_serious_violence', 'unmapped']);

/** Group codes shown when no offence filter is set: every serious violence group. */
export const DEFAULT_GROUP_CODES: readonly number[] = OFFENCE_GROUP_KEYS.flatMap((k, i) => (HIDDEN_BY_DEFAULT.has(k) ? [] : [i]));

/** Flag names in bit order: bit i of the flags column is FLAG_KEYS[i]. */
export const FLAG_KEYS = [
	'knife',
	'firearm',
	'domestic',
	'public_place',
	'night_time_economy',
	'location_imprecise',
	'outside',
	// Mapped at area level only (district and LSOA tables, not hexes): the area-only precision policy.
	'area_only'
] as const;

export type FlagKey = (typeof FLAG_KEYS)[number];

/** The bit mask of each flag, e.g. FLAG.outside === 64. */
export const FLAG = Object.fromEntries(FLAG_KEYS.map((k, i) => [k, 1 << i])) as { readonly [K in FlagKey]: number };

export const FLAG_LABELS: Readonly<Record<FlagKey, string>> = {
	knife: 'Knife or sharp instrument',
	firearm: 'Firearm',
	domestic: 'Domestic',
	public_place: 'Public place',
	night_time_economy: 'Night-time economy',
	location_imprecise: 'Location imprecise',
	outside: 'Outside study area',
	area_only: 'Area level only (not mapped as a point)'
};

/** Flag keys set in a flags byte, in bit order. */
export function flagKeysOf(flags: number): FlagKey[] {
	return FLAG_KEYS.filter((_, i) => (flags & (1 << i)) !== 0);
}

/** Age band codes (victim or suspect); police.uk carries no age, so its rows are all unknown. */
export const AGE_BAND_KEYS = ['0-9', '10-17', '18-24', '25+', 'unknown'] as const;
export type AgeBandKey = (typeof AGE_BAND_KEYS)[number];
export const AGE_BAND_UNKNOWN = AGE_BAND_KEYS.indexOf('unknown');
