import { describe, expect, it } from 'vitest';
import { paramsToView } from '../filters/url-state';
import { buildDigest, digestCsv, digestText, type AreaSignal, type DigestInput } from './digest';
import { fillCounts, plainCount } from './count-tokens';

const M = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const THANET = 10;
const run = (area: AreaSignal['area'], starts: string[]): AreaSignal => ({ kpi: 'knife_violence', area, rule: 'run', direction: 'down', kind: 'improvement', text: `improvement: ${starts.length} months below the baseline mean`, starts: starts.map(M) });

const base: DigestInput = {
	datasetId: 'local-3f9a2c1b',
	label: 'Kent extract',
	added: [M('2025-12')],
	replaced: [],
	signalsBefore: [run({ level: 'county' }, ['2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11'])],
	signalsAfter: [
		// The county's run only grew: not new.
		run({ level: 'county' }, ['2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']),
		// Thanet's run is made by the added month: new.
		run({ level: 'district', district: THANET }, ['2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']),
		// A signal in old months only: not about what changed.
		{ ...run({ level: 'district', district: 0 }, ['2024-01']), rule: 'beyond_limit', direction: 'up', kind: 'concern' }
	],
	hotspots: { method: 'emerging', resolution: 8, cells: [{ cell: '881f1d4881fffff', kind: 'new', near: 'Margate' }] },
	movements: [{ kpi: 'homicide', month: M('2025-12'), value: 4, mean: 1.8, upper: 5.8, lower: 0 }],
	quality: [{ month: M('2025-12'), text: 'Imprecise locations: 12% of rows against 4% before.' }],
	baseline: [M('2023-01'), M('2024-12')]
};

describe('digest', () => {
	const digest = buildDigest(base);

	it('lists only signals the added months made, each with a link that opens the KPI view for its area', () => {
		const signals = digest.items.filter((i) => i.section === 'signals');
		expect(signals.map((s) => s.where)).toEqual(['Thanet']);
		const { view, problems } = paramsToView(signals[0].link.slice(1));
		expect(problems).toEqual([]);
		expect(view.dataset).toBe('local-3f9a2c1b');
		expect(view.page.tab).toBe('duty');
		expect(view.page.duty.area).toEqual({ level: 'district', district: THANET });
		expect(view.page.duty.baseline).toEqual([M('2023-01'), M('2024-12')]);
	});

	it('links a hexagon to the emerging layer with its detail open', () => {
		const [hex] = digest.items.filter((i) => i.section === 'hotspots');
		const { view } = paramsToView(hex.link.slice(1));
		expect([view.layer, view.giResolution, view.resolution, view.page.hex, view.page.tab]).toEqual(['emerging', 8, 8, '881f1d4881fffff', 'duty']);
	});

	it('places a KPI against its limits', () => {
		const [kpi] = digest.items.filter((i) => i.section === 'kpis');
		expect(fillCounts(kpi.text, plainCount)).toBe('Homicides (police recorded): 4 in 12/2025, above the baseline mean of 1.8 and within the limits (0.0 to 5.8).');
	});

	it('exports as text with every section, and as CSV with one row per item, counts through the disclosure setting', () => {
		const roundTo5 = (n: number) => (n < 5 ? 'fewer than 5' : String(Math.round(n / 5) * 5));
		const text = digestText(digest, ['Disclosure: rounded'], roundTo5);
		expect(text).toContain('Months added: 12/2025.');
		expect(text).toContain('Disclosure: rounded');
		expect(text).toContain('New special-cause signals (1)');
		expect(text).toContain('Data quality (1)');
		expect(text).toContain('Homicides (police recorded): fewer than 5 in 12/2025');
		const csv = digestCsv(digest, [['Disclosure', 'rounded']], roundTo5).trim().split('\n');
		expect(csv.slice(0, 3)).toEqual(['Disclosure,rounded', '', 'section,where,what,link']);
		expect(csv).toHaveLength(3 + digest.items.length);
		expect(csv.join('\n')).not.toContain('{c:');
	});

	it('says none rather than leaving a section out', () => {
		const empty = buildDigest({ ...base, signalsAfter: [], hotspots: { method: 'none', reason: 'No hexagon test: no earlier months.' }, movements: [], quality: [] });
		expect(digestText(empty, [], plainCount)).toContain('Hexagons that became new or intensifying hot spots (0)\n- none');
		expect(empty.notes).toContain('No hexagon test: no earlier months.');
	});
});
