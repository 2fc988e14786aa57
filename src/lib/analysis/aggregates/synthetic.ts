/**
 * A synthetic table of knife-assault hospital admissions, so the aggregate feature can be tried without
 * NHS data: the 13 districts, every month of the demo's span, all ages and under 25. Every count is
 * invented (seeded Poisson noise around calibrated means); none is an admission.
 */
import { DEMO_DEFAULTS } from '../demo/generate';
import { DISTRICT_RATE_PER_1000, GENERAL_MONTHS } from '../demo/profiles';
import { DISTRICTS } from '../geography/districts';
import { poissonDraw, Random } from '../stats/random';
import { readRecords } from '../text/data-table';
import { monthLabel, toMonthIndex } from '../time/month-index';

export const SYNTHETIC_ADMISSIONS = {
	label: 'Knife assault admissions (synthetic)',
	caption:
		"SYNTHETIC — not real admissions. Invented monthly counts of hospital admissions for assault with a knife or sharp object, for trying the feature; real counts come from NHS England's Hospital Episode Statistics (HES), usually through the partnership's health analysts."
} as const;

/** The seed data:build writes the committed file with: of 20250401-10, one whose three years all sit inside the calibrated bands. */
export const SYNTHETIC_ADMISSIONS_SEED = 20250406;

/** Calibration, invented to look like real small-area data rather than measured. */
export const SYNTHETIC_CALIBRATION = {
	/** Kent & Medway admissions a year: published county figures sit at about 150-250. */
	countyPerYear: 200,
	/** Share of admissions aged under 25, North & East Kent and South & West. */
	under25Share: { 'north-east': 0.42, 'south-west': 0.37 }
} as const;

export const SYNTHETIC_COLUMNS = ['area_code', 'area_name', 'period', 'measure', 'age_group', 'value'] as const;
export const SYNTHETIC_MEASURE_LABEL = 'Knife assault admissions';
export const SYNTHETIC_AGE_LABELS = { all: 'All ages', under25: 'Under 25' } as const;

export interface SyntheticOptions {
	seed?: number;
	firstYear?: number;
	years?: number;
}

/** Binomial draw as n coin flips, so a part never exceeds its whole. */
function binomial(random: Random, n: number, p: number): number {
	let k = 0;
	for (let i = 0; i < n; i++) if (random.chance(p)) k++;
	return k;
}

/**
 * The CSV text (LF, header first; rows by month, district as in DISTRICTS, then all ages before under 25).
 * District means follow population times the demo's district rates, so North & East Kent runs higher;
 * months follow the demo's seasonality; under 25s are a binomial share of all ages.
 * `districts` is the text of data/tables/districts.csv (for populations and names).
 */
export function generateSyntheticAdmissions(districts: string, options: SyntheticOptions = {}): string {
	const random = new Random(options.seed ?? SYNTHETIC_ADMISSIONS_SEED);
	const firstYear = options.firstYear ?? DEMO_DEFAULTS.firstYear;
	const years = options.years ?? DEMO_DEFAULTS.years;
	const records = new Map(readRecords(districts).map((r) => [r.code, r]));
	const weights = DISTRICTS.map((d) => {
		const population = Number(records.get(d.code)?.population);
		if (!(population > 0)) throw new Error(`districts table lacks a population for ${d.code}`);
		return population * DISTRICT_RATE_PER_1000[d.code];
	});
	const weightSum = weights.reduce((a, b) => a + b, 0);
	const seasonMean = GENERAL_MONTHS.reduce((a, b) => a + b, 0) / 12;
	const lines = [SYNTHETIC_COLUMNS.join(',')];
	for (let m = 0; m < years * 12; m++) {
		const month = toMonthIndex(firstYear, 1) + m;
		const season = GENERAL_MONTHS[m % 12] / seasonMean;
		DISTRICTS.forEach((d, i) => {
			const mean = (SYNTHETIC_CALIBRATION.countyPerYear / 12) * season * (weights[i] / weightSum);
			const all = poissonDraw(random, mean);
			const under25 = binomial(random, all, SYNTHETIC_CALIBRATION.under25Share[d.area]);
			const name = records.get(d.code)!.name;
			lines.push([d.code, name, monthLabel(month), SYNTHETIC_MEASURE_LABEL, SYNTHETIC_AGE_LABELS.all, all].join(','));
			lines.push([d.code, name, monthLabel(month), SYNTHETIC_MEASURE_LABEL, SYNTHETIC_AGE_LABELS.under25, under25].join(','));
		});
	}
	return lines.join('\n') + '\n';
}
