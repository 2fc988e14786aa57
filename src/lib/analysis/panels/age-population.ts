/**
 * Denominators for rates under an age filter (issue 20 part 8). Census 2021 gives residents in bands 0-15,
 * 16-24, 25-34, 35-49, 50-64 and 65+; the app's incident bands (0-9, 10-17, 18-24, 25+) do not line up with
 * them. Where the Census bands cover the filter exactly they are summed; otherwise a band's residents are
 * taken as spread evenly over its single years of age (stated as "approximate"); an age the Census cannot
 * match (unknown) makes the rate "not available", with the reason.
 */
import { AGE_BAND_KEYS, AGE_BAND_UNKNOWN } from '../offences/groups';

export interface CensusAgeBand {
	/** Column in data/tables/lsoa21.csv. */
	column: string;
	label: string;
	/** First and last single year of age; 65+ has no last year. */
	from: number;
	to: number;
}

/** The Census 2021 age bands data/tables/lsoa21.csv holds (ONS "Age (6 categories)"; see data/SOURCES.md). */
export const CENSUS_AGE_BANDS: readonly CensusAgeBand[] = [
	{ column: 'pop_0_15', label: '0-15', from: 0, to: 15 },
	{ column: 'pop_16_24', label: '16-24', from: 16, to: 24 },
	{ column: 'pop_25_34', label: '25-34', from: 25, to: 34 },
	{ column: 'pop_35_49', label: '35-49', from: 35, to: 49 },
	{ column: 'pop_50_64', label: '50-64', from: 50, to: 64 },
	{ column: 'pop_65_plus', label: '65+', from: 65, to: Infinity }
];

/** An area's Census 2021 usual residents: all of them, and by CENSUS_AGE_BANDS in order. */
export interface AreaPopulation {
	total: number;
	bands: readonly number[];
}

/** How much of one Census band the filter takes: some of its single years, or all of it. */
export interface AgePart {
	/** Index into CENSUS_AGE_BANDS. */
	band: number;
	years: number | 'all';
}

/** What the denominator of a rate is under the age filter. */
export type AgeBasis =
	| { kind: 'all-residents' }
	| {
			kind: 'exact' | 'approximate';
			/** The ages the filter selects, e.g. "10-24" or "0-9 and 25+". */
			ages: string;
			parts: readonly AgePart[];
			/** e.g. "6/16 of Census ages 0-15 plus all of 16-24". */
			formula: string;
	  }
	| { kind: 'not-available'; ages: string; reason: string };

export const ALL_RESIDENTS: AgeBasis = { kind: 'all-residents' };

/** Said wherever an approximate denominator is shown. */
export const APPROXIMATION_NOTE =
	"Approximate: a Census age band's residents are taken as spread evenly over its single years of age (so ages 10-15 are 6/16 of ages 0-15).";

type Span = { from: number; to: number };

/** Single years an app age band covers, read from its key ("0-9", "25+"); null for "unknown". */
function spanOf(key: string): Span | null {
	const closed = /^(\d+)-(\d+)$/.exec(key);
	if (closed) return { from: Number(closed[1]), to: Number(closed[2]) };
	const open = /^(\d+)\+$/.exec(key);
	return open ? { from: Number(open[1]), to: Infinity } : null;
}

/** The selected bands' years as sorted spans, neighbouring bands joined (10-17 and 18-24 read as 10-24). */
function spansOf(codes: readonly number[]): Span[] {
	const spans = codes
		.map((c) => spanOf(AGE_BAND_KEYS[c] ?? 'unknown'))
		.filter((s): s is Span => s !== null)
		.sort((a, b) => a.from - b.from);
	const out: Span[] = [];
	for (const s of spans) {
		const last = out[out.length - 1];
		if (last && s.from <= last.to + 1) last.to = Math.max(last.to, s.to);
		else out.push({ ...s });
	}
	return out;
}

const listed = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const spanText = (s: Span) => (s.to === Infinity ? `${s.from}+` : `${s.from}-${s.to}`);
const width = (band: CensusAgeBand) => band.to - band.from + 1;

function formulaOf(parts: readonly AgePart[]): string {
	const label = (p: AgePart, i: number) => `${i === 0 ? 'Census ages ' : ''}${CENSUS_AGE_BANDS[p.band].label}`;
	if (parts.every((p) => p.years === 'all')) return parts.map(label).join(' plus ');
	return parts.map((p, i) => `${p.years === 'all' ? 'all' : `${p.years}/${width(CENSUS_AGE_BANDS[p.band])}`} of ${label(p, i)}`).join(' plus ');
}

/** The denominator's basis for FilterState.ageBands (null = no age filter). */
export function ageBasis(ageBands: readonly number[] | null): AgeBasis {
	if (ageBands === null) return ALL_RESIDENTS;
	const spans = spansOf(ageBands);
	const unknown = ageBands.includes(AGE_BAND_UNKNOWN);
	const everyAge = spans.length === 1 && spans[0].from === 0 && spans[0].to === Infinity;
	// Every known age: the Census covers them all, and with unknown too the filter matches every incident.
	if (everyAge) return ALL_RESIDENTS;
	const ages = listed([...spans.map(spanText), ...(unknown ? ['unknown'] : [])]);
	if (spans.length === 0 && !unknown) return { kind: 'not-available', ages: 'none', reason: 'no age band is selected' };
	if (unknown) return { kind: 'not-available', ages, reason: 'the filter includes incidents whose age is unknown, and no population matches them' };
	const parts: AgePart[] = [];
	for (const [band, c] of CENSUS_AGE_BANDS.entries()) {
		let years = 0;
		let all = false;
		for (const s of spans) {
			const start = Math.max(s.from, c.from);
			const end = Math.min(s.to, c.to);
			if (start > end) continue;
			if (start === c.from && end === c.to) all = true;
			// A share of an open-ended band has no single-year width to take it by.
			else if (c.to === Infinity) return { kind: 'not-available', ages, reason: `Census 2021 gives ages ${c.label} as one band with no upper age, so no share of it can be taken` };
			else years += end - start + 1;
		}
		if (all || years === width(c)) parts.push({ band, years: 'all' });
		else if (years > 0) parts.push({ band, years });
	}
	const kind = parts.every((p) => p.years === 'all') ? 'exact' : 'approximate';
	return { kind, ages, parts, formula: formulaOf(parts) };
}

/** The area's residents the basis counts; null when the rate is not available. */
export function ageDenominator(basis: AgeBasis, area: AreaPopulation): number | null {
	if (basis.kind === 'all-residents') return area.total;
	if (basis.kind === 'not-available') return null;
	let sum = 0;
	// Multiply before dividing, so 2/9 of 90 is 20 exactly.
	for (const p of basis.parts) sum += p.years === 'all' ? area.bands[p.band] : (p.years * area.bands[p.band]) / width(CENSUS_AGE_BANDS[p.band]);
	return sum;
}

/** Denominators by area code; areas without one (rate not available) are left out. */
export function ageDenominators(areas: ReadonlyMap<string, AreaPopulation>, basis: AgeBasis): Map<string, number> {
	const out = new Map<string, number>();
	for (const [code, area] of areas) {
		const d = ageDenominator(basis, area);
		if (d !== null) out.set(code, d);
	}
	return out;
}

/** One word or two for a column or marker. */
export function ageBasisKind(basis: AgeBasis): 'all residents' | 'exact' | 'approximate' | 'not available' {
	return basis.kind === 'all-residents' ? 'all residents' : basis.kind === 'not-available' ? 'not available' : basis.kind;
}

/** " aged 10-24" for a unit such as "per 1,000 residents aged 10-24"; '' when the rate is over all residents or not available. */
export function agedPhrase(basis: AgeBasis): string {
	return basis.kind === 'exact' || basis.kind === 'approximate' ? ` aged ${basis.ages}` : '';
}

/** The line under a table: "Rates per 1,000 residents aged 10-24 (approximate: 6/16 of Census ages 0-15 plus all of 16-24)". */
export function ageBasisLine(basis: AgeBasis): string {
	if (basis.kind === 'all-residents') return 'Rates per 1,000 residents (all ages, Census 2021)';
	if (basis.kind === 'not-available') return `Rate not available for ages ${basis.ages}: ${basis.reason}`;
	return `Rates per 1,000 residents aged ${basis.ages} (${basis.kind}: ${basis.formula})`;
}
