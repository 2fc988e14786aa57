/**
 * data/tables/weights.json: the built-in harm and cost weight tables, each group's weight read from the
 * reference CSVs by the offence named here (the mapping is this file), so a changed source fails the build.
 * A group gets no weight where no published figure fits it; the reason is written beside it.
 */
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import type { OffenceGroupKey } from '../../src/lib/analysis/offences/groups';
import { parseWeightTables, type WeightTable } from '../../src/lib/analysis/weights/weight-table';
import { INPUTS } from './inputs';
import type { OutputDir } from './output';
import { DataBuildError, type InputReader } from './source';

type GroupSpec = { offence: string; basis: string } | { none: string };

/** Reasons shared by every table: groups no offence-level figure can weigh. */
const ALWAYS_UNWEIGHTED: Partial<Record<OffenceGroupKey, string>> = {
	violence_and_sexual_not_split:
		"police.uk reports violence and sexual offences as one category, which runs from common assault to rape: one weight would mislead. Import an extract that splits them (offence groups or Home Office codes), or load your own table.",
	not_serious_violence: 'Outside the definition of serious violence: burglary, theft, drugs and anti-social behaviour together have no one weight.',
	unmapped: 'Labels not yet mapped to an offence group have no weight until they are mapped.'
};

/** ONS CSS: offence names as in crime_severity_score_ons.csv. */
const CSS_GROUPS: Record<Exclude<OffenceGroupKey, keyof typeof ALWAYS_UNWEIGHTED>, GroupSpec> = {
	homicide: { offence: '1, 4.1/10/2 Homicide', basis: 'ONS CSS "1, 4.1/10/2 Homicide"' },
	violence_with_injury: {
		offence: '8N Assault with injury',
		basis: 'ONS CSS "8N Assault with injury", the commonest offence in the group; wounding (5A, 1,965) and GBH without intent (8F, 333) weigh more, so with an offence-code column each code\'s own weight is used'
	},
	violence_without_injury: { none: 'The ONS weight for assault without injury (105A) could not be verified from a stored copy (REFERENCE.md §2).' },
	robbery: { none: 'The ONS weights for robbery could not be verified from a stored copy (REFERENCE.md §2).' },
	sexual_offences: { none: 'The ONS weights for rape and sexual assault could not be verified from a stored copy (REFERENCE.md §2).' },
	drug_supply: { none: 'Only the weight for cannabis possession (3) was verified; none for supply (REFERENCE.md §2).' },
	possession_of_weapons: { none: 'The ONS weights for possession of weapons (10A-10D) could not be verified from a stored copy (REFERENCE.md §2).' },
	public_order: { none: 'The ONS weights for public order offences could not be verified from a stored copy (REFERENCE.md §2).' }
};

/** ONS CSS by Home Office code: each code and the CSV row it reads (the combined "4.4/6/8" row is left out: its parts are listed). */
const CSS_CODES: Record<string, string> = {
	'1': '1, 4.1/10/2 Homicide',
	'4.1': '1, 4.1/10/2 Homicide',
	'4.10': '1, 4.1/10/2 Homicide',
	'4.2': '1, 4.1/10/2 Homicide',
	'2': '2 Attempted murder',
	'4.3': '4.3 Intentional destruction of viable unborn child',
	'4.4': '4.4 Causing death or serious injury by dangerous driving',
	'4.6': '4.6 Causing death by careless driving when under the influence of drink or drugs',
	'4.7': '4.7 Causing or allowing death or serious physical harm of child or vulnerable person',
	'4.8': '4.8 Causing death by careless or inconsiderate driving',
	'4.9': '4.9 Causing death by driving: unlicensed or disqualified or uninsured drivers',
	'5': '5 More serious wounding or other act endangering life',
	'5A': '5A Wounding',
	'5B': '5B Use of substance or object to endanger life',
	'5C': '5C Possession of items to endanger life',
	'5D': '5D Assault with intent to cause serious harm',
	'5E': '5E Endangering life',
	'6': '6 Endangering railway passengers',
	'7': '7 Endangering life at sea',
	'8A': '8A Other wounding',
	'8D': '8D Racially or religiously aggravated other wounding',
	'8F': '8F Inflicting grievous bodily harm (GBH) without intent',
	'8G': '8G Actual bodily harm (ABH) and other injury',
	'8H': '8H Racially or religiously aggravated inflicting GBH without intent',
	'8J': '8J Racially or religiously aggravated ABH or other injury',
	'8K': '8K Poisoning or female genital mutilation',
	'8N': '8N Assault with injury',
	'37.1': '37.1 Causing death by aggravated vehicle taking'
};

const NOT_COSTED = 'The Home Office unit costs do not cover this offence.';
const SEXUAL_MIXED = (rape: string, other: string) =>
	`The group mixes rape (${rape}) and other sexual offences (${other}), which the Home Office costs apart; load a table by offence code to weigh them.`;

/** Home Office costs, 2015/16 prices (Research Report 99 as quoted): offence names as in the cost CSV. */
const COST_2016_GROUPS: typeof CSS_GROUPS = {
	homicide: { offence: 'homicide', basis: 'Home Office unit cost of a homicide, quoted only rounded, as £3.2m' },
	violence_with_injury: { offence: 'violence with injury', basis: 'Home Office unit cost of violence with injury' },
	robbery: { offence: "robbery (article wording: 'a robbery'; individual vs commercial not stated)", basis: 'Home Office unit cost of "a robbery" (the quotation does not say personal or commercial)' },
	violence_without_injury: { none: 'No 2015/16 unit cost for violence without injury could be verified (REFERENCE.md §1a).' },
	sexual_offences: { none: SEXUAL_MIXED('£39,360', '£6,520') },
	drug_supply: { none: NOT_COSTED },
	possession_of_weapons: { none: NOT_COSTED },
	public_order: { none: NOT_COSTED }
};

/** Home Office costs, 2019/20 prices. */
const COST_2020_GROUPS: typeof CSS_GROUPS = {
	homicide: { offence: 'homicide', basis: 'Home Office unit cost of a homicide' },
	violence_with_injury: { offence: 'violence with injury', basis: 'Home Office unit cost of violence with injury' },
	violence_without_injury: { offence: 'violence without injury', basis: 'Home Office unit cost of violence without injury' },
	robbery: { offence: 'robbery (personal)', basis: 'Home Office unit cost of personal robbery; commercial robbery costs £11,150, so the few business robberies are costed slightly low' },
	sexual_offences: { none: SEXUAL_MIXED('£48,000', '£6,540') },
	drug_supply: { none: NOT_COSTED },
	possession_of_weapons: { none: NOT_COSTED },
	public_order: { none: NOT_COSTED }
};

const RECORDED_NOTE =
	'Unit costs are per crime, reported or not. They are applied here to recorded incidents only, with none of the report\'s multipliers for unrecorded crime, so the figure is the cost of the incidents on the map, not of all crime there.';

function table(
	meta: Omit<WeightTable, 'groups' | 'unweighted' | 'codes'>,
	specs: typeof CSS_GROUPS,
	weightOf: (offence: string) => number,
	codes: Record<string, number> = {}
): WeightTable {
	const groups: WeightTable['groups'] = {};
	const unweighted: WeightTable['unweighted'] = { ...ALWAYS_UNWEIGHTED };
	for (const [key, spec] of Object.entries(specs) as [OffenceGroupKey, GroupSpec][]) {
		if ('none' in spec) unweighted[key] = spec.none;
		else groups[key] = { weight: weightOf(spec.offence), basis: spec.basis };
	}
	return { ...meta, groups, unweighted, codes };
}

/** One numeric column of a CSV by its name column; fails on a missing or repeated name. */
function lookup(rows: Record<string, string>[], file: string, nameColumn: string, valueColumn: string, keep: (r: Record<string, string>) => boolean = () => true) {
	return (name: string): number => {
		const hits = rows.filter((r) => r[nameColumn] === name && keep(r));
		if (hits.length !== 1) throw new DataBuildError(`${file}: expected one row "${name}", found ${hits.length}`);
		const value = Number(hits[0][valueColumn]);
		if (!Number.isFinite(value) || value < 0) throw new DataBuildError(`${file}: "${name}" has no usable ${valueColumn} (${hits[0][valueColumn]})`);
		return value;
	};
}

export function buildWeights(reader: InputReader, out: OutputDir): WeightTable[] {
	const css = reader.csv(INPUTS.crimeSeverity.path);
	const cost = reader.csv(INPUTS.costOfCrime.path);
	const cssWeight = lookup(css, 'crime_severity_score_ons.csv', 'offence', 'weight');
	const cost2016 = lookup(cost, 'cost_of_crime_home_office_2018.csv', 'offence', 'unit_cost_gbp', (r) => r.price_year === '2015/16' && r.component === 'total');
	const cost2020 = lookup(cost, 'cost_of_crime_home_office_2018.csv', 'offence', 'unit_cost_gbp', (r) => r.price_year === '2019/20' && r.component === 'total');
	const tables = [
		table(
			{
				id: 'ons-css',
				label: 'Harm (ONS Crime Severity Score)',
				kind: 'harm',
				unit: 'severity points',
				priceYear: null,
				source: 'ONS, Crime Severity Score offence weights (research output, 29 November 2016; weights from sentencing data)',
				closeness: 'quotation: a pasted copy of the ONS list, cross-checked value by value against a second copy and the launch press coverage (REFERENCE.md §2)',
				notes: ['Most ONS weights beyond homicide and violence with injury could not be verified, so most groups have none.']
			},
			CSS_GROUPS,
			cssWeight,
			Object.fromEntries(Object.entries(CSS_CODES).map(([code, offence]) => [code, cssWeight(offence)]))
		),
		table(
			{
				id: 'ho-cost-2016',
				label: 'Cost (Home Office 2018, 2015/16 prices)',
				kind: 'cost',
				unit: '£',
				priceYear: '2015/16 prices',
				source: 'Heeks, Reed, Tafsiri and Prince (2018), The economic and social costs of crime, second edition, Home Office Research Report 99, Table 1',
				closeness: 'quotation: the report\'s per-offence totals as quoted in the South Wales Echo (2 August 2019), which names the report; the table itself was not seen (REFERENCE.md §1a)',
				notes: [RECORDED_NOTE]
			},
			COST_2016_GROUPS,
			cost2016
		),
		table(
			{
				id: 'ho-cost-2020',
				label: 'Cost (Home Office, 2019/20 prices)',
				kind: 'cost',
				unit: '£',
				priceYear: '2019/20 prices',
				source: 'Home Office, Economic and social costs of crime 2019 to 2020 (England and Wales), Table 1',
				closeness: 'transcription: a third party\'s copy of the published table (github Scrutinise/scrutinise-prototype); the gov.uk page itself was not seen (REFERENCE.md §1b)',
				notes: [RECORDED_NOTE]
			},
			COST_2020_GROUPS,
			cost2020
		)
	];
	// What the app reads back must pass the app's own check.
	parseWeightTables(JSON.parse(JSON.stringify({ tables })));
	out.writeJson(DATA_PATHS.weights, { tables });
	return tables;
}
