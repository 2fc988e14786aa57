import { DISTRICTS } from '../geography/districts';
import { AGE_BAND_KEYS, FLAG, OFFENCE_GROUP } from '../offences/groups';
import { scenarioWeights, type DemoPoint, type PlaceContext } from './places';
import {
	AGE_MIX,
	DISTRICT_RATE_PER_1000,
	DOMESTIC_CHANCE,
	FIREARM_CHANCE,
	GENERAL_HOURS,
	GENERAL_MONTHS,
	GROUP_MIX,
	KNIFE_CHANCE,
	KNIFE_UNDER_18_FACTOR,
	NTE_HOURS,
	NTE_WEEKDAYS,
	SCENARIO_SHARE,
	SCHOOL_OUT_HOURS,
	SEXUAL_OFFENCE_MONTHS,
	type Scenario
} from './profiles';
import { Random, WeightedChoice } from '../stats/random';

/** One synthetic incident, with its London wall-clock time to the minute. */
export interface DemoIncident {
	lng: number;
	lat: number;
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	group: number;
	ageBand: number;
	flags: number;
	/** Index of the police.uk point it was placed around (before the jitter). */
	point: number;
}

export interface DemoInputs extends PlaceContext {
	points: readonly DemoPoint[];
	/** Residents per district, by index into DISTRICTS. */
	districtPopulation: readonly number[];
	/** Whether a jittered point still lies in the study area (so nothing is generated at sea). */
	inside: (lng: number, lat: number) => boolean;
}

export interface DemoOptions {
	seed: number;
	/** About this many incidents are generated. */
	incidents?: number;
	/** First and last calendar years covered. */
	firstYear?: number;
	years?: number;
}

export const DEMO_DEFAULTS = { incidents: 60_000, firstYear: 2023, years: 3 } as const;

/** The seed the app opens on the first time (dataset name synthetic-20240101). */
export const DEMO_SEED = 20240101;

/** Locations are moved at least this far from the recorded point, so no synthetic incident sits on a real one. */
export const MIN_JITTER_M = 50;
const MAX_JITTER_M = 250;
const METRES_PER_DEGREE_LAT = 111_320;

const SCENARIOS: Scenario[] = ['night-time-economy', 'school-out', 'general'];
const UNDER_18 = new Set([AGE_BAND_KEYS.indexOf('0-9'), AGE_BAND_KEYS.indexOf('10-17')]);

function mixChoice(mix: readonly [number, number][]) {
	const choice = new WeightedChoice(mix.map(([, w]) => w));
	return (random: Random) => mix[choice.pick(random)][0];
}

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Weekday (Mon = 0) of a calendar date; calendar arithmetic only, so no time zone is involved. */
function weekdayOf(year: number, month: number, day: number): number {
	return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** Adds days to a calendar date. */
function addDays(year: number, month: number, day: number, days: number): [number, number, number] {
	const d = new Date(Date.UTC(year, month - 1, day + days));
	return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/**
 * Generates the synthetic demo (issue 5): district totals by rate, places from the real police.uk
 * pattern, time of day tied to the kind of place, and seasonal sexual offences. Deterministic for a seed.
 */
export function generateDemo(inputs: DemoInputs, options: DemoOptions): DemoIncident[] {
	const total = options.incidents ?? DEMO_DEFAULTS.incidents;
	const firstYear = options.firstYear ?? DEMO_DEFAULTS.firstYear;
	const years = options.years ?? DEMO_DEFAULTS.years;
	const random = new Random(options.seed);

	const districtWeights = DISTRICTS.map((d, i) => (DISTRICT_RATE_PER_1000[d.code] ?? 0) * (inputs.districtPopulation[i] ?? 0));
	const pickDistrict = new WeightedChoice(districtWeights);
	const pickScenario = new WeightedChoice(SCENARIOS.map((s) => SCENARIO_SHARE[s]));

	// Per district and scenario, the points to draw from; a district with no such place falls back to general.
	const weights = scenarioWeights(inputs.points, inputs);
	const pools = DISTRICTS.map((_, d) => {
		const ids = inputs.points.flatMap((p, i) => (p.district === d ? [i] : []));
		const byScenario = {} as Record<Scenario, { ids: number[]; choice: WeightedChoice } | undefined>;
		for (const s of SCENARIOS) {
			const w = ids.map((i) => weights[s][i]);
			byScenario[s] = w.some((x) => x > 0) ? { ids, choice: new WeightedChoice(w) } : undefined;
		}
		return byScenario;
	});

	const monthsOf = (table: readonly number[]) =>
		new WeightedChoice(Array.from({ length: years * 12 }, (_, i) => table[i % 12]));
	const generalMonths = monthsOf(GENERAL_MONTHS);
	const sexualMonths = monthsOf(SEXUAL_OFFENCE_MONTHS);
	const generalHours = new WeightedChoice(GENERAL_HOURS);
	const nteHours = mixChoice(NTE_HOURS);
	const nteEvening = new WeightedChoice(NTE_WEEKDAYS);
	const schoolHours = mixChoice(SCHOOL_OUT_HOURS);
	const groupOf = Object.fromEntries(SCENARIOS.map((s) => [s, mixChoice(GROUP_MIX[s])])) as Record<Scenario, (r: Random) => number>;
	const ageOf = Object.fromEntries(SCENARIOS.map((s) => [s, mixChoice(AGE_MIX[s])])) as Record<Scenario, (r: Random) => number>;

	const incidents: DemoIncident[] = [];
	for (let n = 0; n < total; n++) {
		const district = pickDistrict.pick(random);
		let scenario = SCENARIOS[pickScenario.pick(random)];
		const pool = pools[district][scenario] ?? pools[district].general;
		if (!pools[district][scenario]) scenario = 'general';
		if (!pool) throw new Error(`No police.uk points for district ${DISTRICTS[district].name}: cannot place the demo`);
		const pointIndex = pool.ids[pool.choice.pick(random)];
		const point = inputs.points[pointIndex];

		const group = groupOf[scenario](random);
		const ageBand = ageOf[scenario](random);
		const m = (group === OFFENCE_GROUP.sexual_offences ? sexualMonths : generalMonths).pick(random);
		let year = firstYear + Math.floor(m / 12);
		let month = (m % 12) + 1;
		let day = 1 + random.int(daysIn(year, month));
		let hour: number;
		if (scenario === 'night-time-economy') {
			// Move to the chosen evening in the same week, then let hours past midnight roll into the next day.
			const evening = nteEvening.pick(random);
			[year, month, day] = addDays(year, month, day, evening - weekdayOf(year, month, day));
			const nightHour = nteHours(random);
			if (nightHour >= 24) [year, month, day] = addDays(year, month, day, 1);
			hour = nightHour % 24;
		} else if (scenario === 'school-out') {
			const weekday = weekdayOf(year, month, day);
			if (weekday >= 5) [year, month, day] = addDays(year, month, day, 4 - weekday - random.int(5));
			hour = schoolHours(random);
		} else {
			hour = generalHours.pick(random);
		}
		// Dates moved across the ends of the covered years are kept inside them.
		if (year < firstYear) [year, month, day] = [firstYear, 1, 1 + random.int(7)];
		if (year >= firstYear + years) [year, month, day] = [firstYear + years - 1, 12, 24 - random.int(7)];

		let flags = 0;
		const knife = (KNIFE_CHANCE[group] ?? 0) * (UNDER_18.has(ageBand) ? KNIFE_UNDER_18_FACTOR : 1);
		if (random.chance(knife)) flags |= FLAG.knife;
		if (random.chance(FIREARM_CHANCE[group] ?? 0)) flags |= FLAG.firearm;
		if (scenario === 'general' && random.chance(DOMESTIC_CHANCE[group] ?? 0)) flags |= FLAG.domestic;
		if (scenario === 'night-time-economy') flags |= FLAG.night_time_economy | FLAG.public_place;
		if (scenario === 'school-out') flags |= FLAG.public_place;

		const [lng, lat] = jitter(point, random, inputs.inside);
		incidents.push({ lng, lat, year, month, day, hour, minute: random.int(60), group, ageBand, flags, point: pointIndex });
	}
	return incidents;
}

/** Moves a point 50-250 m in a random direction, staying inside the study area. */
function jitter(point: DemoPoint, random: Random, inside: DemoInputs['inside']): [number, number] {
	const metresPerDegreeLng = METRES_PER_DEGREE_LAT * Math.cos((point.lat * Math.PI) / 180);
	let candidate: [number, number] = [point.lng, point.lat];
	for (let attempt = 0; attempt < 8; attempt++) {
		const distance = MIN_JITTER_M + (MAX_JITTER_M - MIN_JITTER_M) * Math.sqrt(random.next());
		const angle = random.next() * 2 * Math.PI;
		candidate = [
			round6(point.lng + (distance * Math.cos(angle)) / metresPerDegreeLng),
			round6(point.lat + (distance * Math.sin(angle)) / METRES_PER_DEGREE_LAT)
		];
		if (inside(candidate[0], candidate[1])) return candidate;
	}
	// A point on a thin spit of land: keep the last 50 m+ move even if it crosses the coast.
	return candidate;
}

/** 6 decimal places (~0.1 m), as police.uk writes coordinates. */
function round6(x: number): number {
	return Math.round(x * 1e6) / 1e6;
}
