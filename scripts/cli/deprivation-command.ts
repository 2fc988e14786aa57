/**
 * `npm run cli -- deprivation --incidents incidents.csv`: the deprivation panel's figures (incidents and rate
 * by IMD 2025 decile, the most deprived 10% and 20%'s shares, the decile 1:10 rate ratio, the concentration
 * index) for the incidents CSV that `ingest --out` writes, so the app's numbers can be reproduced outside
 * the browser. Counts serious violence inside Kent & Medway by default, as the panel does with no filters.
 */
import { readFileSync } from 'node:fs';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { analyseDeprivation } from '../../src/lib/analysis/deprivation/analysis';
import { countsOnTable } from '../../src/lib/analysis/deprivation/geography';
import { parseLsoaTable } from '../../src/lib/analysis/deprivation/tables';
import { INCIDENT_CSV_HEADER } from '../../src/lib/analysis/ingest/incidents-csv';
import { DEFAULT_GROUP_CODES, OFFENCE_GROUP_KEYS } from '../../src/lib/analysis/offences/groups';
import { readTable } from '../../src/lib/analysis/text/data-table';
import { CliError, parseCliArgs } from './ingest-command';

const SERIOUS = new Set(DEFAULT_GROUP_CODES.map((code) => OFFENCE_GROUP_KEYS[code]));

/** Per-LSOA 2021 counts of the rows to count, in first-seen code order. */
export function lsoaCountsFromCsv(text: string, options: { allGroups: boolean }): { codes: string[]; counts: number[]; rows: number } {
	// The one table reader: source file names may be quoted, and a row of the wrong width is refused.
	const table = readTable(text);
	if (table.header.join(',') !== INCIDENT_CSV_HEADER) throw new CliError(`not an incidents CSV written by ingest --out (header ${JSON.stringify(table.header.join(',').slice(0, 80))})`);
	const [group, flags, lsoa] = ['group', 'flags', 'lsoa21'].map((k) => table.header.indexOf(k));
	const index = new Map<string, number>();
	const counts: number[] = [];
	let rows = 0;
	for (const f of table.rows) {
		// Outside Kent & Medway rows have no LSOA and are left out of every statistic, as in the app.
		if (f[lsoa] === '' || f[flags].split('|').includes('outside')) continue;
		if (!options.allGroups && !SERIOUS.has(f[group] as (typeof OFFENCE_GROUP_KEYS)[number])) continue;
		let k = index.get(f[lsoa]);
		if (k === undefined) index.set(f[lsoa], (k = counts.push(0) - 1));
		counts[k]++;
		rows++;
	}
	return { codes: [...index.keys()], counts, rows };
}

export function runDeprivationCommand(argv: string[]): number {
	const { values } = parseCliArgs({ args: argv, options: { incidents: { type: 'string' }, 'all-groups': { type: 'boolean', default: false } } });
	if (!values.incidents) throw new CliError('deprivation needs --incidents <incidents.csv> (written by ingest --out)', 2);
	const { codes, counts, rows } = lsoaCountsFromCsv(readFileSync(values.incidents, 'utf8'), { allGroups: values['all-groups'] === true });
	const table = parseLsoaTable(readFileSync(`data/${DATA_PATHS.lsoa21Table}`, 'utf8'), 'imd2025');
	const placed = countsOnTable(counts, codes, table);
	const a = analyseDeprivation(table, placed.counts, { domain: 'imd', denominator: 'census2021' });
	const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);
	console.log(`${rows} incidents (${values['all-groups'] ? 'all offence groups' : 'serious violence'}) in Kent & Medway; IMD 2025 deciles, ${a.denominator.label}`);
	for (const d of a.deciles) console.log(`decile ${String(d.decile).padStart(2)}: ${d.lsoas} LSOAs, ${d.incidents} incidents, ${d.population} residents, ${d.ratePer1000?.toFixed(2) ?? 'n/a'} per 1,000`);
	console.log(`most deprived 10%: ${pct(a.most10.incidentShare)} of incidents, ${pct(a.most10.populationShare)} of residents`);
	console.log(`most deprived 20%: ${pct(a.most20.incidentShare)} of incidents, ${pct(a.most20.populationShare)} of residents`);
	const rr = a.rateRatio;
	const boot = a.rateRatioBootstrap;
	console.log(boot.ok ? `decile 1:10 rate ratio ${boot.value.ratio.toFixed(2)} (95% interval ${boot.value.lower.toFixed(2)}-${boot.value.upper.toFixed(2)}, bootstrap over LSOAs, ${boot.value.resamples} resamples)` : `decile 1:10 rate ratio not available: ${boot.reason}`);
	console.log(rr.ok ? `  Poisson interval ${rr.value.lower.toFixed(2)}-${rr.value.upper.toFixed(2)} (assumes incidents are independent; too narrow when they cluster)` : '');
	console.log(`concentration index ${a.concentration.index?.toFixed(3) ?? 'n/a'}`);
	console.log(JSON.stringify({ incidents: rows, deciles: a.deciles.map((d) => d.incidents), most10: a.most10.incidentShare, most20: a.most20.incidentShare, rateRatio: rr.ok ? rr.value : rr.reason, rateRatioBootstrap: boot.ok ? boot.value : boot.reason, concentrationIndex: a.concentration.index }));
	return 0;
}
