import { describe, expect, it } from 'vitest';
import { encodeMask, TIME_PRESETS } from './hour-of-week';
import { NO_FILTERS } from './filter-state';
import { DEFAULT_VIEW, paramsToView, viewToParams, type ViewState } from './url-state';

const night = encodeMask(TIME_PRESETS.find((p) => p.id === 'night')!.mask());

const FULL: ViewState = {
	dataset: 'synthetic-20240101',
	filters: {
		hourOfWeek: night,
		months: [1, 5, 6],
		dateFrom: '2023-04-01',
		dateTo: '2024-03-31',
		groups: [1, 3],
		ageBands: [1, 2],
		districts: [0, 10],
		requiredFlags: 1 | 4,
		hexDeciles: [1, 2, 7],
		definition: [0, 1, 2, 3, 4, 6]
	},
	resolution: 9,
	classes: 6,
	method: 'equal-interval',
	opacity: 0.55,
	position: { zoom: 11.25, lat: 51.38912, lng: 1.38642 },
	annualise: true,
	layer: 'change',
	changeA: { from: '2024-01-01', to: '2024-12-31' },
	changeB: { from: '2025-01-01', to: '2025-12-31' },
	emergingStep: 'quarter',
	giK: 2,
	giResolution: 9,
	significantOnly: true,
	weighting: 'ho-cost-2020',
	briefing: true,
	disclosure: { threshold: 10, base: 10 },
	page: {
		tab: 'deprivation',
		hex: '881fb46625fffff',
		folded: { left: true, right: true, legend: true },
		overlay: { visible: true, edition: 'imd2019', domain: 'income', denominator: 'mid2019', colourBy: 'rate', opacity: 0.35, deciles: [1, 2, 3], interval: 'poisson' },
		granularity: 'day',
		stability: 'quarter',
		coverage: { time: true, marginMinutes: 60, ages: true },
		radius: 1200,
		beforeAfter: { siteId: 'Youth club ~ Margate #2', months: 12 },
		duty: { area: { level: 'district', district: 10 }, age: 'under_25', step: 'quarter', baseline: [2023 * 12, 2024 * 12 + 11] }
	}
};

/** Paths of every leaf of a view whose value equals the default's: a full view for the round trip has none. */
function leavesAtDefault(value: unknown, fallback: unknown, path = ''): string[] {
	if (value && typeof value === 'object' && !Array.isArray(value) && fallback && typeof fallback === 'object') {
		return Object.keys(value).flatMap((k) => leavesAtDefault((value as Record<string, unknown>)[k], (fallback as Record<string, unknown>)[k], `${path}.${k}`));
	}
	return JSON.stringify(value) === JSON.stringify(fallback) ? [path] : [];
}

describe('view <-> URL', () => {
	it('round-trips every field', () => {
		const params = viewToParams(FULL);
		const { view, problems } = paramsToView(new URLSearchParams(params.toString()));
		expect(problems).toEqual([]);
		expect(view).toEqual(FULL);
	});

	it('sets every field of the full view away from its default, so the round trip covers them all', () => {
		expect(leavesAtDefault(FULL, DEFAULT_VIEW)).toEqual([]);
		expect(Object.keys(FULL).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
		expect(Object.keys(FULL.page.overlay).sort()).toEqual(Object.keys(DEFAULT_VIEW.page.overlay).sort());
	});

	it('keeps a hidden overlay\'s edition, and reports page parameters it cannot use', () => {
		const hidden = { ...FULL, page: { ...FULL.page, overlay: { ...FULL.page.overlay, visible: false } } };
		expect(paramsToView(viewToParams(hidden)).view.page.overlay).toEqual(hidden.page.overlay);
		const { view, problems } = paramsToView('tab=secret&hex=8f2830828052d25&fold=lx&imd=2030&imdd=0,3&imdop=2&gran=week&cov=margin60&rad=0&ba=Site One~120&kpia=E99&kpiage=old&kpistep=year&kpib=2024-12..2023-01');
		expect(problems.map((p) => p.param)).toEqual(['tab', 'hex', 'fold', 'imd', 'imdd', 'imdop', 'gran', 'cov', 'rad', 'ba', 'kpia', 'kpiage', 'kpistep', 'kpib']);
		expect(view.page).toEqual(DEFAULT_VIEW.page);
	});

	it('writes readable names, not codes', () => {
		const text = decodeURIComponent(viewToParams(FULL).toString());
		expect(text).toContain('g=robbery,violence_with_injury');
		expect(text).toContain('d=E06000035,E07000114');
		expect(text).toContain('a=10-17,18-24');
		expect(text).toContain('f=knife,domestic');
		expect(text).toContain('at=11.25/51.38912/1.38642');
		expect(text).toContain('hd=1,2,7');
		expect(text).toContain('wt=ho-cost-2020');
		expect(text).toContain('kpia=E07000114&kpiage=u25&kpistep=quarter&kpib=2023-01..2024-12');
		expect(paramsToView('kpia=E22000352').view.page.duty.area).toEqual({ level: 'csp', code: 'E22000352' });
		// A single-district CSP's code is not an area of its own: its district is.
		expect(paramsToView('kpia=E22000147').problems.map((p) => p.param)).toEqual(['kpia']);
	});

	it('reports a weighting that cannot be a table id', () => {
		const { view, problems } = paramsToView('wt=Cost%20%C2%A3');
		expect(view.weighting).toBe('count');
		expect(problems.map((p) => p.param)).toEqual(['wt']);
	});

	it('reads hexagon deciles sorted and once each, and an empty selection as "-"', () => {
		expect(paramsToView('hd=3,1,3').view.filters.hexDeciles).toEqual([1, 3]);
		const none = viewToParams({ ...DEFAULT_VIEW, filters: { ...NO_FILTERS, hexDeciles: [] } });
		expect(none.get('hd')).toBe('-');
		expect(paramsToView(none).view.filters.hexDeciles).toEqual([]);
	});

	it('leaves defaults out, so the default view is an empty query', () => {
		expect(viewToParams(DEFAULT_VIEW).toString()).toBe('');
		expect(paramsToView(new URLSearchParams('')).view).toEqual(DEFAULT_VIEW);
	});

	it('keeps an empty selection distinct from no filter', () => {
		const view = { ...DEFAULT_VIEW, filters: { ...NO_FILTERS, groups: [] as number[], months: [] as number[] } };
		const params = viewToParams(view);
		expect(params.get('g')).toBe('-');
		expect(paramsToView(params).view.filters.groups).toEqual([]);
		expect(paramsToView(params).view.filters.months).toEqual([]);
	});

	it.each([
		['ds=../../etc', 'ds'],
		['h=zz', 'h'],
		['m=0,13', 'm'],
		['from=2024-02-30', 'from'],
		['g=robbery,arson', 'g'],
		['d=E07000999', 'd'],
		['f=knife,laser', 'f'],
		['hd=0,2', 'hd'],
		['hd=11', 'hd'],
		['hd=1.5', 'hd'],
		['hd=', 'hd'],
		['res=10', 'res'],
		['cls=12', 'cls'],
		['meth=jenks', 'meth'],
		['op=2', 'op'],
		['at=9/95/0', 'at'],
		['utm_source=x', 'utm_source']
	])('reports %s instead of guessing', (query, param) => {
		const { view, problems } = paramsToView(new URLSearchParams(query));
		expect(problems.map((p) => p.param)).toEqual([param]);
		expect(view).toEqual(DEFAULT_VIEW);
	});

	it('drops a reversed date range end and says so', () => {
		const { view, problems } = paramsToView(new URLSearchParams('from=2024-05-01&to=2024-04-01'));
		expect(view.filters.dateFrom).toBe('2024-05-01');
		expect(view.filters.dateTo).toBeNull();
		expect(problems[0].reason).toMatch(/ends before it starts/);
	});

	it('treats an all-hours mask as no time filter', () => {
		expect(paramsToView(new URLSearchParams(`h=${'f'.repeat(42)}`)).view.filters.hourOfWeek).toBeNull();
	});
});

describe('class methods in the link', () => {
	it.each(['head-tail', 'natural-breaks', 'quantile', 'equal-interval'])('reads meth=%s', (method) => {
		const { view, problems } = paramsToView(new URLSearchParams(`meth=${method}`));
		expect([view.method, problems]).toEqual([method, []]);
	});
	it('defaults to head/tail breaks', () => {
		expect(DEFAULT_VIEW.method).toBe('head-tail');
	});
	it('reports prototype names and malformed positions instead of using them (hostile links)', () => {
		const { view, problems } = paramsToView('__proto__=1&constructor=x&g=__proto__,robbery&at=11/51.3/0.5/9&at=1e1/51/0.5&at=11/51.3/0x1');
		expect(problems.map((p) => [p.param, p.reason])).toEqual([
			['__proto__', 'unknown parameter'],
			['constructor', 'unknown parameter'],
			['g', 'unknown value "__proto__"'],
			['at', 'position must be zoom/lat/lng'],
			['at', 'position must be zoom/lat/lng'],
			['at', 'position must be zoom/lat/lng']
		]);
		expect(view.position).toBeNull();
		expect(Object.prototype).not.toHaveProperty('robbery');
		expect(paramsToView('at=11.25/51.38912/-0.5').view.position).toEqual({ zoom: 11.25, lat: 51.38912, lng: -0.5 });
	});
});
