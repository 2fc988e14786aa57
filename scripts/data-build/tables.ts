/**
 * Table artifacts: LSOA 2021 (population, IMD 2025), LSOA 2011 (IMD 2019, mid-2019 population),
 * the LSOA 2011 -> 2021 lookup and the district table.
 */
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { DISTRICTS } from '../../src/lib/analysis/geography/districts';
import { checkCount, checkSameMapping, checkUnique, type GeographyProblem } from './geography/validate';
import type { AreaRow } from './boundaries';
import { EXPECTED, failOnProblems } from './checks';
import { formatCsv, type CsvValue } from './csv';
import { INPUTS } from './inputs';
import type { OutputDir } from './output';
import type { InputReader } from './source';

/** Census 2021 age bands as the source names them (age_*), published as pop_*. */
const CENSUS_BANDS = ['0_15', '16_24', '25_34', '35_49', '50_64', '65_plus'] as const;

/** IoD2025 domains: source column prefix -> our column stem. */
const IMD25_DOMAINS = [
	['Income', 'income'],
	['Employment', 'employment'],
	['Education', 'education'],
	['Health', 'health'],
	['Crime', 'crime'],
	['Housing_and_Services', 'housing_and_services'],
	['Environment', 'environment']
] as const;

/** IoD2019 File 2 domains: source header prefix -> our column stem. */
const IMD19_DOMAINS = [
	['Income', 'income'],
	['Employment', 'employment'],
	['Education, Skills and Training', 'education'],
	['Health Deprivation and Disability', 'health'],
	['Crime', 'crime'],
	['Barriers to Housing and Services', 'housing_and_services'],
	['Living Environment', 'environment']
] as const;

/** Parses a whole number, tolerating thousands separators ("6,597"); anything else is a problem. */
function int(value: string | undefined, where: string, problems: GeographyProblem[]): number {
	const text = (value ?? '').replace(/,/g, '').trim();
	if (!/^-?\d+$/.test(text)) {
		problems.push({ code: 'unexpected', message: `${where}: not a whole number: ${JSON.stringify(value)}` });
		return NaN;
	}
	return Number(text);
}

function decile(value: string | undefined, where: string, problems: GeographyProblem[]): number {
	const d = int(value, where, problems);
	if (!(d >= 1 && d <= 10)) problems.push({ code: 'unexpected', message: `${where}: decile out of range: ${value}` });
	return d;
}

function byCode(rows: Record<string, string>[], key: string, label: string): Map<string, Record<string, string>> {
	failOnProblems(label, checkUnique(label, rows.map((r) => r[key])));
	return new Map(rows.map((r) => [r[key], r]));
}

/** Both tables must cover exactly the boundary codes. */
function checkCovers(label: string, areas: readonly AreaRow[], table: Map<string, unknown>): GeographyProblem[] {
	return checkSameMapping(label, new Map(areas.map((a) => [a.code, ''])), new Map([...table.keys()].map((k) => [k, ''])));
}

function columnStartingWith(row: Record<string, string>, prefix: string, suffix: string): string {
	const key = Object.keys(row).find((k) => k.startsWith(prefix) && k.includes(suffix));
	if (!key) throw new Error(`no column starting "${prefix}" with "${suffix}"`);
	return key;
}

function buildLsoa21(reader: InputReader, out: OutputDir, lsoas: readonly AreaRow[]): Map<string, number> {
	const census = byCode(reader.csv(INPUTS.census2021.path), 'lsoa21_code', 'Census 2021 population');
	const mid2022 = byCode(reader.csv(INPUTS.pop2022.path), 'lsoa21_code', 'IoD2025 mid-2022 population');
	const imd = byCode(reader.csv(INPUTS.imd2025.path), 'lsoa21_code', 'IoD2025');
	const problems = [...checkCovers('Census 2021', lsoas, census), ...checkCovers('mid-2022', lsoas, mid2022), ...checkCovers('IoD2025', lsoas, imd)];
	failOnProblems('LSOA 2021 tables', problems);

	const header = [
		'code', 'name', 'district', 'population',
		...CENSUS_BANDS.map((b) => `pop_${b}`),
		'pop_mid2022', 'imd25_score', 'imd25_rank', 'imd25_decile',
		...IMD25_DOMAINS.map(([, stem]) => `imd25_${stem}_decile`)
	];
	const perDistrict = new Map<string, number>();
	const rows: CsvValue[][] = lsoas.map((lsoa) => {
		const c = census.get(lsoa.code) as Record<string, string>;
		const m = mid2022.get(lsoa.code) as Record<string, string>;
		const d = imd.get(lsoa.code) as Record<string, string>;
		const where = `LSOA ${lsoa.code}`;
		const bands = CENSUS_BANDS.map((b) => int(c[`age_${b}`], `${where} age_${b}`, problems));
		const population = int(c.population, `${where} population`, problems);
		// The source's population is the sum of its bands; a mismatch means a damaged file.
		if (bands.reduce((s, v) => s + v, 0) !== population) problems.push({ code: 'mismatch', message: `${where}: age bands do not sum to population` });
		perDistrict.set(lsoa.district, (perDistrict.get(lsoa.district) ?? 0) + population);
		const score = Number(d.IMD_score);
		if (!Number.isFinite(score)) problems.push({ code: 'unexpected', message: `${where}: IMD_score ${d.IMD_score}` });
		return [
			lsoa.code, lsoa.name, lsoa.district, population, ...bands,
			int(m.population, `${where} mid-2022`, problems),
			d.IMD_score.trim(),
			int(d.IMD_rank, `${where} IMD_rank`, problems),
			decile(d.IMD_decile, `${where} IMD_decile`, problems),
			...IMD25_DOMAINS.map(([src]) => decile(d[`${src}_decile`], `${where} ${src}_decile`, problems))
		];
	});
	failOnProblems('lsoa21.csv', problems);
	out.write(DATA_PATHS.lsoa21Table, formatCsv(header, rows), { rows: rows.length });
	return perDistrict;
}

function buildLsoa11(reader: InputReader, out: OutputDir, lsoas: readonly AreaRow[]): void {
	const file1 = byCode(reader.csv(INPUTS.imd2019.path), 'LSOA code (2011)', 'IoD2019 File 1');
	const file2 = byCode(reader.csv(INPUTS.imd2019Domains.path), 'LSOA code (2011)', 'IoD2019 File 2');
	const pop = byCode(reader.csv(INPUTS.pop2019.path), 'lsoa', 'mid-2019 population');
	const problems = [
		...checkCovers('IoD2019 File 1', lsoas, file1),
		...checkCovers('IoD2019 File 2', lsoas, file2),
		...checkCovers('mid-2019 population', lsoas, pop),
		// The IoD's own district column must agree with the boundary file's.
		...checkSameMapping(
			'LSOA11 district (boundary vs IoD2019)',
			new Map(lsoas.map((l) => [l.code, l.district])),
			new Map([...file1.values()].map((r) => [r['LSOA code (2011)'], r['Local Authority District code (2019)']]))
		)
	];
	failOnProblems('LSOA 2011 tables', problems);
	const sample = file2.values().next().value as Record<string, string>;
	const domainColumns = IMD19_DOMAINS.map(([prefix]) => columnStartingWith(sample, prefix, 'Decile'));
	const header = ['code', 'name', 'district', 'imd19_rank', 'imd19_decile', 'pop_mid2019', ...IMD19_DOMAINS.map(([, stem]) => `imd19_${stem}_decile`)];
	const rows: CsvValue[][] = lsoas.map((lsoa) => {
		const f1 = file1.get(lsoa.code) as Record<string, string>;
		const f2 = file2.get(lsoa.code) as Record<string, string>;
		const where = `LSOA ${lsoa.code}`;
		const rank = int(f1['Index of Multiple Deprivation (IMD) Rank'], `${where} IMD rank`, problems);
		if (rank !== int(f2[columnStartingWith(f2, 'Index of Multiple Deprivation', 'Rank')], `${where} File 2 rank`, problems)) {
			problems.push({ code: 'mismatch', message: `${where}: File 1 and File 2 IMD ranks differ` });
		}
		return [
			lsoa.code, lsoa.name, lsoa.district, rank,
			decile(f1['Index of Multiple Deprivation (IMD) Decile'], `${where} IMD decile`, problems),
			int((pop.get(lsoa.code) as Record<string, string>).pop, `${where} mid-2019 population`, problems),
			...domainColumns.map((col) => decile(f2[col], `${where} ${col}`, problems))
		];
	});
	failOnProblems('lsoa11.csv', problems);
	out.write(DATA_PATHS.lsoa11Table, formatCsv(header, rows), { rows: rows.length });
}

function buildLsoaLookup(reader: InputReader, out: OutputDir, lsoa11: readonly AreaRow[], lsoa21: readonly AreaRow[]): void {
	const rows = reader.csv(INPUTS.lookupLsoa11Lsoa21.path);
	const codes11 = new Set(lsoa11.map((l) => l.code));
	const codes21 = new Set(lsoa21.map((l) => l.code));
	const problems: GeographyProblem[] = [];
	for (const r of rows) {
		if (!codes11.has(r.lsoa11_code)) problems.push({ code: 'unexpected', message: `lookup: unknown LSOA 2011 ${r.lsoa11_code}` });
		if (!codes21.has(r.lsoa21_code)) problems.push({ code: 'unexpected', message: `lookup: unknown LSOA 2021 ${r.lsoa21_code}` });
		if (!['U', 'S', 'M', 'X'].includes(r.change_code)) problems.push({ code: 'unexpected', message: `lookup: change code ${r.change_code}` });
	}
	// Every LSOA of either vintage must appear at least once, or incidents could not be moved across.
	const seen11 = new Set(rows.map((r) => r.lsoa11_code));
	const seen21 = new Set(rows.map((r) => r.lsoa21_code));
	for (const c of codes11) if (!seen11.has(c)) problems.push({ code: 'missing', message: `lookup: LSOA 2011 ${c} missing` });
	for (const c of codes21) if (!seen21.has(c)) problems.push({ code: 'missing', message: `lookup: LSOA 2021 ${c} missing` });
	failOnProblems('LSOA 2011 -> 2021 lookup', problems);
	const out_rows = rows
		.map((r): CsvValue[] => [r.lsoa11_code, r.lsoa21_code, r.change_code])
		.sort((a, b) => (`${a[0]},${a[1]}` < `${b[0]},${b[1]}` ? -1 : 1));
	out.write(DATA_PATHS.lsoa11ToLsoa21, formatCsv(['lsoa11_code', 'lsoa21_code', 'change'], out_rows), { rows: out_rows.length });
}

function buildDistricts(reader: InputReader, out: OutputDir, lsoa21: readonly AreaRow[], population: Map<string, number>): void {
	const csp = reader.csv(INPUTS.lookupLtlaCsp.path);
	// The CSP table in districts.ts is hand-written; the ONS lookup must confirm it.
	failOnProblems('district CSPs (districts.ts vs ONS LAD24->CSP24 lookup)', [
		...checkCount('LAD24->CSP24 lookup', csp.length, EXPECTED.districts),
		...checkSameMapping(
			'CSP code',
			new Map(DISTRICTS.map((d) => [d.code, `${d.cspCode} ${d.cspName}`])),
			new Map(csp.map((r) => [r.ltla24_code, `${r.csp24_code} ${r.csp24_name}`]))
		)
	]);
	const counts = new Map<string, number>();
	for (const l of lsoa21) counts.set(l.district, (counts.get(l.district) ?? 0) + 1);
	const rows: CsvValue[][] = [...DISTRICTS]
		.sort((a, b) => (a.code < b.code ? -1 : 1))
		.map((d) => [d.code, d.name, d.label, d.cspCode, d.cspName, d.area, population.get(d.code) ?? 0, counts.get(d.code) ?? 0]);
	out.write(DATA_PATHS.districtTable, formatCsv(['code', 'name', 'label', 'csp_code', 'csp_name', 'area', 'population', 'lsoa21_count'], rows), { rows: rows.length });
}

export function buildTables(reader: InputReader, out: OutputDir, areas: { lsoa21: AreaRow[]; lsoa11: AreaRow[] }): void {
	const population = buildLsoa21(reader, out, areas.lsoa21);
	buildLsoa11(reader, out, areas.lsoa11);
	buildLsoaLookup(reader, out, areas.lsoa11, areas.lsoa21);
	buildDistricts(reader, out, areas.lsoa21, population);
}
