/**
 * `npm run cli -- report --input <file|dir>... [--group <name>]... [--from yyyy-mm] [--to yyyy-mm] [--res 8] [--k 1]
 * --out report.json`: every number the panels show for those filters, from the same service the app's worker
 * runs: the district table (with each change's interval and q), the deprivation decile table with both rate-ratio
 * intervals, and the top Gi* hot spots.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { analyseDeprivation } from '../../src/lib/analysis/deprivation/analysis';
import { countsOnTable } from '../../src/lib/analysis/deprivation/geography';
import { parseLsoaTable } from '../../src/lib/analysis/deprivation/tables';
import { NO_FILTERS, type FilterState } from '../../src/lib/analysis/filters/filter-state';
import { DISTRICTS } from '../../src/lib/analysis/geography/districts';
import { describeDefinition } from '../../src/lib/analysis/offences/definition';
import { OFFENCE_GROUP_KEYS } from '../../src/lib/analysis/offences/groups';
import { districtPopulations } from '../../src/lib/analysis/panels/area-tables';
import { districtTable } from '../../src/lib/analysis/panels/district-table';
import { daysInMonth, monthOf, parseYearMonth, yearOf } from '../../src/lib/analysis/time/month-index';
import { CliError, expandInputs, inputPaths, parseCliArgs } from './ingest-command';
import { nodeService } from './node-service';

const DATA = 'data';

const iso = (m: number, day: number) => `${yearOf(m)}-${String(monthOf(m)).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export interface ReportOptions {
	groups: string[];
	from: string | null;
	to: string | null;
	resolution: 7 | 8 | 9;
	k: 1 | 2 | 3;
}

/** The filter state the options describe: months become the first and last day of those months. */
export function reportFilters(options: ReportOptions): FilterState {
	const month = (text: string | null, flag: string) => {
		if (text === null) return null;
		const m = parseYearMonth(text);
		if (m < 0) throw new CliError(`${flag} must be yyyy-mm, got ${text}`, 2);
		return m;
	};
	const from = month(options.from, '--from');
	const to = month(options.to, '--to');
	const groups = options.groups.map((g) => {
		const code = OFFENCE_GROUP_KEYS.indexOf(g as (typeof OFFENCE_GROUP_KEYS)[number]);
		if (code < 0) throw new CliError(`--group must be one of ${OFFENCE_GROUP_KEYS.join(', ')}, got ${g}`, 2);
		return code;
	});
	return { ...NO_FILTERS, groups: groups.length ? groups : null, dateFrom: from === null ? null : iso(from, 1), dateTo: to === null ? null : iso(to, daysInMonth(to)) };
}

/** Every panel figure for the files and filters, as the app computes them. */
export async function buildReport(files: { name: string; bytes: Uint8Array }[], options: ReportOptions, now = Date.now()) {
	const service = nodeService(now);
	const imported = await service.call('importFiles', { files: files.map(({ name, bytes }) => ({ file: new File([bytes as Uint8Array<ArrayBuffer>], name), name })), settings: {} });
	if (imported === 'cancelled' || !imported.dataset) throw new CliError('the import produced no dataset');
	const summary = imported.dataset;
	const filters = reportFilters(options);
	const cube = await service.call('cube', { filters, resolution: options.resolution, options: {} });
	const populations = districtPopulations(readFileSync(join(DATA, DATA_PATHS.districtTable), 'utf8'));
	const districts = districtTable(cube, DISTRICTS, populations, null, { months: summary.report?.months ?? null, hasTimes: summary.hasTimes, monthStart: cube.monthStart });
	const table = parseLsoaTable(readFileSync(join(DATA, DATA_PATHS.lsoa21Table), 'utf8'), 'imd2025');
	const placed = countsOnTable(cube.lsoaCounts, summary.lsoaCodes, table);
	const deprivation = analyseDeprivation(table, placed.counts, { domain: 'imd', denominator: 'census2021' });
	const hotspots = await service.call('hotspots', { filters, resolution: options.resolution, k: options.k });
	return {
		dataset: { label: summary.label, rows: summary.rows, inArea: summary.inArea, months: summary.monthRange },
		filters,
		definition: describeDefinition(filters.definition),
		total: cube.total,
		districts: { rows: districts.rows.map(({ code, label, count, share, rate, rank, change }) => ({ code, label, count, share, rate, rank, change })), total: districts.total },
		deprivation: {
			deciles: deprivation.deciles,
			most10: deprivation.most10,
			most20: deprivation.most20,
			rateRatio: { bootstrap: deprivation.rateRatioBootstrap, poisson: deprivation.rateRatio },
			concentrationIndex: deprivation.concentration.index
		},
		hotspots: { resolution: hotspots.resolution, k: hotspots.k, cells: hotspots.cells.length, hot: hotspots.hot, cold: hotspots.cold, warnings: hotspots.warnings, top: hotspots.top }
	};
}

export async function runReportCommand(argv: string[]): Promise<number> {
	const { values } = parseCliArgs({
		args: expandInputs(argv),
		options: {
			input: { type: 'string', multiple: true },
			group: { type: 'string', multiple: true },
			from: { type: 'string' },
			to: { type: 'string' },
			res: { type: 'string', default: '8' },
			k: { type: 'string', default: '1' },
			out: { type: 'string' }
		}
	});
	if (!values.input?.length) throw new CliError('report needs --input <file|dir>...', 2);
	if (!values.out) throw new CliError('report needs --out report.json', 2);
	const resolution = Number(values.res);
	const k = Number(values.k);
	if (![7, 8, 9].includes(resolution)) throw new CliError('--res must be 7, 8 or 9', 2);
	if (![1, 2, 3].includes(k)) throw new CliError('--k must be 1, 2 or 3', 2);
	const files = inputPaths(values.input).map((path) => ({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) }));
	const report = await buildReport(files, { groups: values.group ?? [], from: values.from ?? null, to: values.to ?? null, resolution: resolution as 7 | 8 | 9, k: k as 1 | 2 | 3 });
	writeFileSync(values.out, `${JSON.stringify(report, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`);
	console.log(`${report.total} incidents under the filters; ${report.hotspots.hot} hot spots at resolution ${resolution}; written to ${values.out}`);
	return 0;
}
