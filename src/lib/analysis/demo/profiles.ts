/**
 * Calibration of the synthetic demo: what Kent & Medway's serious violence needs assessment says, turned
 * into sampling weights. Every number here is invented to reproduce those published patterns; none is a
 * measurement, which is why the app labels this dataset "Synthetic demo data" wherever it shows it.
 */
import { OFFENCE_GROUP as G, AGE_BAND_KEYS } from '../offences/groups';

const AGE = (key: (typeof AGE_BAND_KEYS)[number]) => AGE_BAND_KEYS.indexOf(key);

/**
 * Incidents per 1,000 residents a year by district code. North & East Kent above every South & West
 * district, and Maidstone fourth by count behind Medway, Thanet and Swale.
 */
export const DISTRICT_RATE_PER_1000: Readonly<Record<string, number>> = {
	E06000035: 18, // Medway
	E07000114: 19, // Thanet
	E07000113: 17, // Swale
	E07000109: 16, // Gravesham
	E07000108: 15.5, // Dover
	E07000112: 15, // Folkestone & Hythe
	E07000107: 14.5, // Dartford
	E07000105: 13.5, // Ashford
	E07000106: 13, // Canterbury
	E07000110: 12.5, // Maidstone
	E07000116: 10, // Tunbridge Wells
	E07000115: 9, // Tonbridge & Malling
	E07000111: 8.5 // Sevenoaks
};

/** The three kinds of incident the demo mixes, each tied to a kind of place and a time of day. */
export type Scenario = 'night-time-economy' | 'school-out' | 'general';

export const SCENARIO_SHARE: Readonly<Record<Scenario, number>> = {
	'night-time-economy': 0.15,
	'school-out': 0.1,
	general: 0.75
};

/** Hour weights 0-23 for the general scenario: low overnight, building through the day, peak 18:00-20:00. */
export const GENERAL_HOURS = [
	2.4, 2, 1.6, 1.2, 0.8, 0.7, 1, 1.6, 2.4, 2.8, 3, 3.2, 3.5, 3.5, 3.6, 3.8, 4.2, 4.8, 6.6, 6.6, 5, 4.2, 3.6, 3
];

/** Night-time economy: hours of the night that starts on the chosen evening (24 = midnight, 25 = 01:00...). */
export const NTE_HOURS: readonly [hour: number, weight: number][] = [
	[21, 0.08],
	[22, 0.18],
	[23, 0.4],
	[24, 0.18],
	[25, 0.1],
	[26, 0.06]
];

/** Evenings on which a night out starts, Mon = 0: mostly Friday and Saturday. */
export const NTE_WEEKDAYS = [0.05, 0.05, 0.07, 0.11, 0.31, 0.35, 0.06];

/** School-out and transport hubs: 15:00-16:00 mostly, on school days. */
export const SCHOOL_OUT_HOURS: readonly [hour: number, weight: number][] = [
	[14, 0.08],
	[15, 0.72],
	[16, 0.2]
];

/** Month weights (Jan = index 0) for every offence except sexual offences: a little higher in summer. */
export const GENERAL_MONTHS = [0.95, 0.9, 0.95, 0.98, 1.03, 1.07, 1.1, 1.08, 1.0, 0.98, 0.96, 1.0];

/** Sexual offences peak in January, May and June, and stay raised through the summer (exposure). */
export const SEXUAL_OFFENCE_MONTHS = [1.4, 0.85, 0.85, 0.9, 1.4, 1.4, 1.1, 1.1, 1.05, 0.85, 0.85, 0.85];

/** Offence group mix per scenario, as [group code, weight]. */
export const GROUP_MIX: Readonly<Record<Scenario, readonly [number, number][]>> = {
	'night-time-economy': [
		[G.violence_with_injury, 0.45],
		[G.violence_without_injury, 0.28],
		[G.public_order, 0.15],
		[G.sexual_offences, 0.07],
		[G.robbery, 0.05]
	],
	'school-out': [
		[G.violence_without_injury, 0.35],
		[G.violence_with_injury, 0.28],
		[G.robbery, 0.2],
		[G.possession_of_weapons, 0.12],
		[G.public_order, 0.05]
	],
	general: [
		[G.violence_without_injury, 0.35],
		[G.violence_with_injury, 0.29],
		[G.sexual_offences, 0.11],
		[G.public_order, 0.08],
		[G.drug_supply, 0.07],
		[G.possession_of_weapons, 0.05],
		[G.robbery, 0.045],
		[G.homicide, 0.0015]
	]
};

/** Age band mix per scenario: people aged 10-24 over-represented against their ~18% of residents. */
export const AGE_MIX: Readonly<Record<Scenario, readonly [number, number][]>> = {
	'night-time-economy': [
		[AGE('10-17'), 0.05],
		[AGE('18-24'), 0.45],
		[AGE('25+'), 0.45],
		[AGE('unknown'), 0.05]
	],
	'school-out': [
		[AGE('10-17'), 0.66],
		[AGE('18-24'), 0.18],
		[AGE('25+'), 0.11],
		[AGE('unknown'), 0.05]
	],
	general: [
		[AGE('0-9'), 0.04],
		[AGE('10-17'), 0.15],
		[AGE('18-24'), 0.21],
		[AGE('25+'), 0.53],
		[AGE('unknown'), 0.07]
	]
};

/** Chance of the knife flag by group; under-18s in knife crime are a stated concern, so they get more. */
export const KNIFE_CHANCE: Readonly<Partial<Record<number, number>>> = {
	[G.homicide]: 0.45,
	[G.robbery]: 0.3,
	[G.possession_of_weapons]: 0.6,
	[G.violence_with_injury]: 0.07,
	[G.violence_without_injury]: 0.02
};
export const KNIFE_UNDER_18_FACTOR = 1.6;

export const FIREARM_CHANCE: Readonly<Partial<Record<number, number>>> = {
	[G.homicide]: 0.08,
	[G.robbery]: 0.02,
	[G.possession_of_weapons]: 0.06
};

/** Domestic abuse is most of the violence that happens at home, so only the general scenario carries it. */
export const DOMESTIC_CHANCE: Readonly<Partial<Record<number, number>>> = {
	[G.violence_with_injury]: 0.42,
	[G.violence_without_injury]: 0.45,
	[G.sexual_offences]: 0.3,
	[G.homicide]: 0.35
};
