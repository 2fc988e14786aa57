/**
 * The Serious Violence Duty's three Home Office key performance indicators, as this app counts them.
 * Lower is better for every one, so a fall is an improvement and a rise a concern.
 */
import { AGE_BAND_KEYS, OFFENCE_GROUP, type OffenceGroupKey } from '../offences/groups';

export const KPI_KEYS = ['knife_admissions', 'knife_violence', 'homicide'] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export interface KpiDefinition {
	key: KpiKey;
	/** Plain words for the interface. */
	label: string;
	/** Where the counts come from: incidents (police-recorded rows) or an area-level table (hospital admissions). */
	source: 'incidents' | 'area-level';
	/** How the app counts it, for the help and the export header. */
	definition: string;
}

export const KPI_DEFINITIONS: Readonly<Record<KpiKey, KpiDefinition>> = {
	knife_admissions: {
		key: 'knife_admissions',
		label: 'Hospital admissions for knife assault',
		source: 'area-level',
		definition:
			'Admissions for assault by a sharp object (ICD-10 X99), counted by the area the patient lives in, from an imported area-level table. Never drawn on hexagons.'
	},
	knife_violence: {
		key: 'knife_violence',
		label: 'Knife-enabled serious violence (police recorded)',
		source: 'incidents',
		definition:
			'Rows flagged knife or sharp instrument in homicide, robbery, sexual offences, violence with or without injury, or violence and sexual offences not split. ONS counts selected offences (homicide, attempted murder, threats to kill, assault with injury or intent, robbery, rape, sexual assault); where a source cannot tell threats to kill from other violence without injury, this count is the broader one.'
	},
	homicide: {
		key: 'homicide',
		label: 'Homicides (police recorded)',
		source: 'incidents',
		definition: 'Rows in the homicide group: murder, manslaughter, corporate manslaughter and infanticide.'
	}
};

/** The groups a knife flag turns into knife-enabled serious violence: possession, supply and public order are not violence against a person. */
const KNIFE_VIOLENCE_GROUPS: readonly OffenceGroupKey[] = ['homicide', 'robbery', 'sexual_offences', 'violence_with_injury', 'violence_without_injury', 'violence_and_sexual_not_split'];

/** Group codes (the group column's values) counted by an incident KPI. */
export const KPI_GROUP_CODES: Readonly<Record<Exclude<KpiKey, 'knife_admissions'>, ReadonlySet<number>>> = {
	knife_violence: new Set(KNIFE_VIOLENCE_GROUPS.map((g) => OFFENCE_GROUP[g])),
	homicide: new Set([OFFENCE_GROUP.homicide])
};

/** Victims under 25, the Duty's stated focus: the age-band codes below 25. */
export const UNDER_25_BANDS: ReadonlySet<number> = new Set(['0-9', '10-17', '18-24'].map((k) => AGE_BAND_KEYS.indexOf(k as (typeof AGE_BAND_KEYS)[number])));

export type KpiAge = 'all' | 'under_25';
export const KPI_AGE_LABELS: Readonly<Record<KpiAge, string>> = { all: 'All ages', under_25: 'Victims under 25' };

/** The county (Kent and Medway, 13 districts), one district by its index in DISTRICTS, or a CSP by its ONS code (Dartford and Gravesham share one). */
export type KpiArea = { level: 'county' } | { level: 'district'; district: number } | { level: 'csp'; code: string };

export type KpiStep = 'month' | 'quarter';
