import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { analyseDeprivation } from '../../src/lib/analysis/deprivation/analysis';
import { countsOnTable } from '../../src/lib/analysis/deprivation/geography';
import { parseLsoaTable } from '../../src/lib/analysis/deprivation/tables';
import { NO_FILTERS } from '../../src/lib/analysis/filters/filter-state';
import { filesPresent } from '../../src/lib/test-support/required-files';
import { nodeService } from './node-service';
import { buildReport, reportFilters } from './report-command';

const ROOT = new URL('../../', import.meta.url).pathname;
const POLICE = join(ROOT, '../shared/data/open/police_uk_street_kent');
const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04'].map((m) => join(POLICE, m, `${m}-kent-street.csv`));
const present = filesPresent(MONTHS, 'the CLI report against the app');

describe('cli report', () => {
	it('turns months and groups into the filter state the app uses', () => {
		expect(reportFilters({ groups: ['robbery'], from: '2024-02', to: '2024-02', resolution: 8, k: 1 })).toEqual({ ...NO_FILTERS, groups: [1], dateFrom: '2024-02-01', dateTo: '2024-02-29' });
	});

	it.skipIf(!present)('reproduces the app’s numbers for the four 2024 police.uk months (the built-in sample)', async () => {
		const files = MONTHS.map((path) => ({ name: path.split('/').at(-1)!, bytes: new Uint8Array(readFileSync(path)) }));
		const report = await buildReport(files, { groups: [], from: null, to: null, resolution: 8, k: 1 });
		const app = nodeService();
		const { dataset } = await app.call('loadSample', {});
		const cube = await app.call('cube', { filters: NO_FILTERS, resolution: 8, options: {} });
		const hotspots = await app.call('hotspots', { filters: NO_FILTERS, resolution: 8, k: 1 });
		const table = parseLsoaTable(readFileSync(join(ROOT, 'data', DATA_PATHS.lsoa21Table), 'utf8'), 'imd2025');
		const deprivation = analyseDeprivation(table, countsOnTable(cube.lsoaCounts, dataset!.lsoaCodes, table).counts, { domain: 'imd', denominator: 'census2021' });
		expect(report.total).toBe(cube.total);
		expect(report.districts.rows.map((r) => r.count)).toEqual(Array.from(cube.districts.subarray(0, 13)));
		expect(report.deprivation.rateRatio.bootstrap).toEqual(deprivation.rateRatioBootstrap);
		expect(report.deprivation.rateRatio.poisson).toEqual(deprivation.rateRatio);
		expect([report.hotspots.hot, report.hotspots.top.map((r) => r.cell)]).toEqual([hotspots.hot, hotspots.top.map((r) => r.cell)]);
	}, 120_000);
});
