import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { analyseDeprivation } from '$lib/analysis/deprivation/analysis';
import { countsOnTable } from '$lib/analysis/deprivation/geography';
import { valueClasses } from '$lib/analysis/deprivation/lsoa-classes';
import { parseLsoaTable } from '$lib/analysis/deprivation/tables';
import DeprivationPanel from './DeprivationPanel.svelte';
import ImdLegend from './ImdLegend.svelte';
import ImdOverlayControls from './ImdOverlayControls.svelte';
import ImdTooltip from './ImdTooltip.svelte';
import { DeprivationStore } from '$lib/state/deprivation.svelte';
import { ageBasis } from '$lib/analysis/panels/age-population';

const table = parseLsoaTable(readFileSync(`data/${DATA_PATHS.lsoa21Table}`, 'utf8'), 'imd2025');
/** Two incidents per 1,000 residents in decile 1, one per 1,000 elsewhere: a rate ratio of exactly 2. */
const counts = Float64Array.from(table.codes, (_, row) => (table.populations.census2021![row] / 1000) * (table.deciles.imd[row] === 1 ? 2 : 1));

const text = (html: string) => html.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('DeprivationPanel (server render)', () => {
	it('shows the rate ratio with its interval, shares, denominator and the residential note', () => {
		const placed = countsOnTable(counts, table.codes, table);
		const analysis = analyseDeprivation(table, placed.counts, { domain: 'imd', denominator: 'mid2022' });
		const { body } = render(DeprivationPanel, { props: { result: { analysis, placed }, synthetic: true, interval: 'bootstrap', oninterval: () => {} } });
		const t = text(body);
		expect(body).toContain('data-testid="rate-ratio"');
		expect(t).toMatch(/Rate ratio, decile 1 to decile 10 Interval .* \d\.\d\d \(95% interval \d\.\d\d to \d\.\d\d, bootstrap over LSOAs\)/);
		expect(t).toMatch(/Method: the \d+ decile-1 and \d+ decile-10 LSOAs are resampled with replacement/);
		const poisson = text(render(DeprivationPanel, { props: { result: { analysis, placed }, synthetic: true, interval: 'poisson', oninterval: () => {} } }).body);
		expect(poisson).toMatch(/\d\.\d\d \(95% interval \d\.\d\d to \d\.\d\d, assumes incidents are independent\)/);
		expect(t).toContain('Synthetic demo data');
		expect(t).toContain('Denominator: IoD2025 mid-2022 denominators. Provisional');
		expect(t).toMatch(/Most deprived 10% \(decile 1\) : \d+\.\d% of incidents/);
		expect(body).toContain('data-testid="concentration-curve"');
		expect(t).toMatch(/Concentration index: -0\.\d{3}/);
		expect(t).toContain('night-time economy');
	});

	it('explains a ratio it cannot compute and the loading state', () => {
		const zero = Float64Array.from(counts, (c, row) => (table.deciles.imd[row] === 10 ? 0 : c));
		const placed = countsOnTable(zero, table.codes, table);
		const analysis = analyseDeprivation(table, placed.counts, { domain: 'imd', denominator: 'census2021' });
		expect(text(render(DeprivationPanel, { props: { result: { analysis, placed }, synthetic: false, interval: 'bootstrap', oninterval: () => {} } }).body)).toContain('decile 1 or decile 10 has no incidents');
		expect(text(render(DeprivationPanel, { props: { result: null, synthetic: false, loading: true, interval: 'bootstrap', oninterval: () => {} } }).body)).toContain('Loading deprivation tables');
	});
});

describe('DeprivationPanel under an age filter (server render)', () => {
	const placed = countsOnTable(counts, table.codes, table);
	const panel = (bands: number[]) => {
		const analysis = analyseDeprivation(table, placed.counts, { domain: 'imd', denominator: 'census2021', age: ageBasis(bands) });
		return render(DeprivationPanel, { props: { result: { analysis, placed }, synthetic: false, interval: 'bootstrap', oninterval: () => {} } }).body;
	};

	it('states the approximate basis beside its help and names the ages', () => {
		const body = panel([1, 2]);
		expect(body).toContain('data-basis="approximate"');
		expect(body).toContain('data-help="age-rates"');
		const t = text(body);
		expect(t).toContain('Rates per 1,000 residents aged 10-24 (approximate: 6/16 of Census ages 0-15 plus all of 16-24)');
		expect(t).toContain('Incidents per 1,000 residents aged 10-24 by decile');
		expect(t).toMatch(/Concentration index: -?0\.\d{3}/);
	});

	it('gives reasons, not numbers, where no population matches', () => {
		const body = panel([4]);
		const t = text(body);
		expect(body).toContain('data-basis="not-available"');
		expect(body).not.toContain('data-testid="decile-bars"');
		expect(body).not.toContain('data-testid="concentration-curve"');
		expect(t).toContain('Not computed. Rate not available for ages unknown: the filter includes incidents whose age is unknown');
		expect(t).not.toMatch(/% of residents/);
	});
});

describe('ImdLegend (server render)', () => {
	it('lists ten deciles, most deprived first, striking out those not drawn', () => {
		const { body } = render(ImdLegend, {
			props: { edition: 'imd2025', domain: 'crime', colourBy: 'decile', deciles: [1, 2], opacity: 0.6, classes: null, denominator: 'Census 2021 usual residents' }
		});
		expect(body).toContain('data-testid="imd-legend"');
		expect(text(body)).toContain('Crime: decile');
		expect(text(body)).toContain('1 (most deprived)');
		expect(body.match(/class="[^"]*\bhidden\b/g)).toHaveLength(8);
	});

	it('shows count classes in count mode', () => {
		const classes = valueClasses([0, 2, 5, 9], 5, 'count');
		const t = text(render(ImdLegend, { props: { edition: 'imd2019', domain: 'imd', colourBy: 'count', deciles: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], opacity: 1, classes, denominator: 'x' } }).body);
		expect(t).toContain('Incidents per LSOA');
		expect(t).toContain('IMD 2019 (LSOA 2011) LSOAs');
	});
});

describe('ImdOverlayControls (server render)', () => {
	it('has labelled controls for every setting and says why IDACI and IDAOPI are missing', () => {
		const store = new DeprivationStore();
		const { body } = render(ImdOverlayControls, { props: { deprivation: store } });
		for (const id of ['imd-overlay-toggle', 'imd-edition', 'imd-domain', 'imd-colour-by', 'imd-denominator', 'imd-opacity', 'imd-deciles-most', 'imd-deciles-all', 'imd-decile-10']) {
			expect(body).toContain(`data-testid="${id}"`);
		}
		expect(text(body)).toContain('IDACI and IDAOPI');
		expect(text(body)).toContain('Rates use Census 2021 usual residents');
	});

	it('names the only denominator IMD 2019 has and disables the choice', () => {
		const store = new DeprivationStore();
		store.setEdition('imd2019');
		const { body } = render(ImdOverlayControls, { props: { deprivation: store } });
		expect(text(body)).toContain('Rates use ONS mid-2019 estimates');
		expect(body).toMatch(/<select[^>]*disabled[^>]*data-testid="imd-denominator"|<select[^>]*data-testid="imd-denominator"[^>]*disabled/);
	});
});

describe('ImdTooltip (server render)', () => {
	it('names the LSOA, its domain decile and national rank', () => {
		const hover = { code: 'E01016017', name: 'Medway 015B', decile: 1, rank: 1977, of: 33_755, x: 10, y: 20 };
		const t = text(render(ImdTooltip, { props: { hover, domain: 'income' } }).body);
		expect(t).toContain('Medway 015B E01016017 Income: decile 1 (most deprived 10%) IMD rank 1,977 of 33,755 in England');
		expect(t).not.toContain('per 1,000');
	});

	it('adds the LSOA\'s incidents and rate under the current filters', () => {
		const hover = { code: 'E01016017', name: 'Medway 015B', decile: 1, rank: 1977, of: 33_755, x: 10, y: 20 };
		const incidents = { count: 34, ratePer1000: 20.02, denominator: 'Census 2021 usual residents' };
		const t = text(render(ImdTooltip, { props: { hover, domain: 'imd', incidents } }).body);
		expect(t).toContain('34 incidents under the filters: 20.0 per 1,000 residents (Census 2021 usual residents)');
	});
});
