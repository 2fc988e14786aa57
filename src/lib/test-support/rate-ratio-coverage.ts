/**
 * The coverage check of the deprivation rate ratio's interval (issue 14): LSOA tables simulated from a
 * negative binomial whose dispersion is fitted to the police.uk sample, with the real LSOA populations and
 * IMD 2025 deciles, so the true decile 1 : decile 10 ratio is known. Shared by the unit test (500 tables)
 * and npm run bench (a longer run).
 */
import { readFileSync } from 'node:fs';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { rateRatio } from '$lib/analysis/deprivation/rate-ratio';
import { parseLsoaTable } from '$lib/analysis/deprivation/tables';
import { DEFAULT_GROUP_CODES, FLAG } from '$lib/analysis/offences/groups';
import { decodePoliceUkSample } from '$lib/analysis/samples/police-uk-sample';
import { areaIndexFromPack } from '$lib/analysis/spatial/boundary-pack';
import { bootstrapRateRatio, type AreaGroup } from '$lib/analysis/stats/bootstrap-rate-ratio';
import { Random } from '$lib/analysis/stats/random';

const DATA = new URL('../../../data/', import.meta.url);

export interface CoverageModel {
	/** Per LSOA of deciles 1 and 10: expected count and residents. */
	groups: [{ mu: number[]; populations: number[] }, { mu: number[]; populations: number[] }];
	/** Negative binomial size: variance = mu + mu^2 / k. */
	k: number;
	trueRatio: number;
	/** Pearson dispersion of the observed decile-1 counts around their decile's rate. */
	observedDispersion: number;
}

/** Fits the model to the police.uk sample's serious violence counts per LSOA 2021. */
export function fitCoverageModel(): CoverageModel {
	const bytes = (p: string) => readFileSync(new URL(p, DATA));
	const areas = areaIndexFromPack(bytes(DATA_PATHS.lsoa21Assign));
	const { columns } = decodePoliceUkSample(bytes(DATA_PATHS.policeUkSample), areas);
	const table = parseLsoaTable(bytes(DATA_PATHS.lsoa21Table).toString('utf8'), 'imd2025');
	const population = table.populations.census2021!;
	const deciles = table.deciles.imd;
	const serious = new Set(DEFAULT_GROUP_CODES);
	const counts = new Float64Array(table.codes.length);
	for (let i = 0; i < columns.length; i++) {
		if (columns.flags[i] & FLAG.outside || !serious.has(columns.group[i])) continue;
		const row = table.rowOf.get(columns.lsoaCodes[columns.lsoa[i]]);
		if (row !== undefined) counts[row]++;
	}
	const rate = new Map<number, number>();
	for (let d = 1; d <= 10; d++) {
		let c = 0;
		let p = 0;
		for (let r = 0; r < counts.length; r++) {
			if (deciles[r] !== d) continue;
			c += counts[r];
			p += population[r];
		}
		rate.set(d, p > 0 ? c / p : 0);
	}
	// Method of moments over every LSOA: sum((y - mu)^2 - mu) = sum(mu^2) / k.
	let excess = 0;
	let mu2 = 0;
	let pearson1 = 0;
	let n1 = 0;
	for (let r = 0; r < counts.length; r++) {
		const mu = rate.get(deciles[r])! * population[r];
		excess += (counts[r] - mu) ** 2 - mu;
		mu2 += mu * mu;
		if (deciles[r] === 1 && mu > 0) {
			pearson1 += (counts[r] - mu) ** 2 / mu;
			n1++;
		}
	}
	const group = (d: number) => {
		const rows = [...counts.keys()].filter((r) => deciles[r] === d);
		return { mu: rows.map((r) => rate.get(d)! * population[r]), populations: rows.map((r) => population[r]) };
	};
	return { groups: [group(1), group(10)], k: mu2 / excess, trueRatio: rate.get(1)! / rate.get(10)!, observedDispersion: pearson1 / (n1 - 1) };
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), with the shape < 1 boost. */
function gamma(random: Random, shape: number): number {
	if (shape < 1) return gamma(random, shape + 1) * Math.pow(random.next() || Number.MIN_VALUE, 1 / shape);
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		let x: number;
		let v: number;
		do {
			// Box-Muller normal.
			x = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
			v = 1 + c * x;
		} while (v <= 0);
		v = v * v * v;
		const u = 1 - random.next();
		if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
	}
}

/** Poisson by counting unit-rate arrivals, in pieces of at most 30 so exp(-mean) never underflows. */
function poisson(random: Random, mean: number): number {
	let n = 0;
	for (let left = mean; left > 0; left -= 30) {
		const limit = Math.exp(-Math.min(30, left));
		let p = 1 - random.next();
		while (p > limit) {
			n++;
			p *= 1 - random.next();
		}
	}
	return n;
}

export interface CoverageResult {
	tables: number;
	bootstrap: number;
	poisson: number;
	/** Tables where a ratio could not be computed (a group with no incidents). */
	skipped: number;
}

/** Simulates `tables` LSOA tables and counts how often each 95% interval holds the true ratio. */
export function coverage(model: CoverageModel, tables: number, seed: number): CoverageResult {
	const random = new Random(seed);
	const draw = ({ mu, populations }: CoverageModel['groups'][0]): AreaGroup => ({
		counts: mu.map((m) => (m > 0 ? poisson(random, (gamma(random, model.k) * m) / model.k) : 0)),
		populations
	});
	let boot = 0;
	let pois = 0;
	let skipped = 0;
	for (let t = 0; t < tables; t++) {
		const a = draw(model.groups[0]);
		const b = draw(model.groups[1]);
		const bs = bootstrapRateRatio(a, b, { seed: seed + t });
		const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
		const pr = rateRatio(sum(a.counts), sum(a.populations), sum(b.counts), sum(b.populations));
		if (!bs.ok || !pr.ok) {
			skipped++;
			continue;
		}
		if (bs.value.lower <= model.trueRatio && model.trueRatio <= bs.value.upper) boot++;
		if (pr.value.lower <= model.trueRatio && model.trueRatio <= pr.value.upper) pois++;
	}
	const n = tables - skipped;
	return { tables: n, bootstrap: boot / n, poisson: pois / n, skipped };
}
