/**
 * The parts of a view beyond filters and map style that a link also carries (issue 20): the deprivation
 * overlay and its settings, the open panel tab, the selected hexagon, the folded panels, and the settings of
 * the statistics shown in the panels. Pure data with one codec, like url-state.ts, which reads it through
 * readPageParam and writes it through writePageParams.
 */
import type { DenominatorKey, DomainKey, Edition } from '../deprivation/domains';
import { DOMAINS } from '../deprivation/domains';
import type { ImdColourBy } from '../deprivation/lsoa-classes';
import { isCellId, INGEST_RESOLUTIONS, resolutionOf } from '../h3/cell-id';
import { ANALYSIS_TABS, type AnalysisTab } from './analysis-tabs';
import { coverageRuleFromParam, coverageRuleToParam, SPACE_ONLY, type CoverageRule } from '../sites/coverage-rule';
import { DEFAULT_DUTY, readDutyParam, writeDutyParams, type DutyView } from './duty-view';

export interface OverlayView {
	visible: boolean;
	edition: Edition;
	domain: DomainKey;
	denominator: DenominatorKey;
	colourBy: ImdColourBy;
	/** 0-1. */
	opacity: number;
	/** Deciles of the domain the overlay draws, ascending. */
	deciles: readonly number[];
	/** The rate ratio's interval: bootstrap over LSOAs, or Poisson (independent incidents). */
	interval: 'bootstrap' | 'poisson';
}

export interface FoldedPanels {
	left: boolean;
	right: boolean;
	legend: boolean;
}

export interface PageState {
	tab: AnalysisTab;
	/** The hexagon whose detail is open, as its H3 id (an index would not survive a re-import). */
	hex: string | null;
	folded: FoldedPanels;
	overlay: OverlayView;
	/** The month series by month or by day. */
	granularity: 'month' | 'day';
	/** The stability table's window. */
	stability: 'month' | 'quarter' | 'year';
	/** What counts as covered by a site: space only, or also its hours (with a margin) and its audience's ages. */
	coverage: CoverageRule;
	/** The catchment radius of point sites in metres; null leaves this browser's own setting. */
	radius: number | null;
	/** The site and months of the before/after comparison shown (site ids are this browser's). */
	beforeAfter: { siteId: string; months: number } | null;
	/** The Duty KPI view's area, age group, step and baseline. */
	duty: DutyView;
}

/** Longest radius a link may set, as the sites panel accepts: 20 km is wider than any town. */
const MAX_RADIUS_M = 20_000;
/** Longest before/after window a link may ask for. */
const MAX_BEFORE_AFTER_MONTHS = 60;

export const ALL_DECILES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export const DEFAULT_OVERLAY: OverlayView = {
	visible: false,
	edition: 'imd2025',
	domain: 'imd',
	denominator: 'census2021',
	colourBy: 'decile',
	opacity: 0.6,
	deciles: ALL_DECILES,
	interval: 'bootstrap'
};

export const DEFAULT_PAGE: PageState = {
	tab: 'when',
	hex: null,
	folded: { left: false, right: false, legend: false },
	overlay: DEFAULT_OVERLAY,
	granularity: 'month',
	stability: 'year',
	coverage: SPACE_ONLY,
	radius: null,
	beforeAfter: null,
	duty: DEFAULT_DUTY
};

const FOLD_LETTERS: Record<keyof FoldedPanels, string> = { left: 'l', right: 'r', legend: 'g' };
const EDITION_KEYS: Record<Edition, string> = { imd2025: '2025', imd2019: '2019' };
const DENOMINATORS: readonly DenominatorKey[] = ['census2021', 'mid2022', 'mid2019'];
const COLOUR_BY: readonly ImdColourBy[] = ['decile', 'count', 'rate'];

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Adds the page's non-default parts to a link's parameters. */
export function writePageParams(page: PageState, p: URLSearchParams): void {
	const o = page.overlay;
	if (page.tab !== DEFAULT_PAGE.tab) p.set('tab', page.tab);
	if (page.hex) p.set('hex', page.hex);
	const folded = (Object.keys(FOLD_LETTERS) as (keyof FoldedPanels)[]).filter((k) => page.folded[k]);
	if (folded.length) p.set('fold', folded.map((k) => FOLD_LETTERS[k]).join(''));
	if (o.visible) p.set('imd', EDITION_KEYS[o.edition]);
	else if (o.edition !== DEFAULT_OVERLAY.edition) p.set('imd', `off-${EDITION_KEYS[o.edition]}`);
	if (o.domain !== DEFAULT_OVERLAY.domain) p.set('imddom', o.domain);
	if (o.denominator !== DEFAULT_OVERLAY.denominator) p.set('imdpop', o.denominator);
	if (o.colourBy !== DEFAULT_OVERLAY.colourBy) p.set('imdby', o.colourBy);
	if (o.opacity !== DEFAULT_OVERLAY.opacity) p.set('imdop', String(Number(o.opacity.toFixed(2))));
	if (!sameList(o.deciles, ALL_DECILES)) p.set('imdd', o.deciles.length ? o.deciles.join(',') : '-');
	if (o.interval !== DEFAULT_OVERLAY.interval) p.set('rri', o.interval);
	if (page.granularity !== DEFAULT_PAGE.granularity) p.set('gran', page.granularity);
	if (page.stability !== DEFAULT_PAGE.stability) p.set('stab', page.stability);
	const coverage = coverageRuleToParam(page.coverage);
	if (coverage) p.set('cov', coverage);
	if (page.radius !== null) p.set('rad', String(page.radius));
	if (page.beforeAfter) p.set('ba', `${page.beforeAfter.siteId}~${page.beforeAfter.months}`);
	writeDutyParams(page.duty, p);
}

const oneOf = <T extends string>(value: string, options: readonly T[]): T | undefined => (options as readonly string[]).includes(value) ? (value as T) : undefined;

/**
 * Reads one link parameter into the page state; false when the key is not a page parameter. A value that
 * cannot be used is reported through `problem` and leaves the default in place.
 */
export function readPageParam(key: string, value: string, page: { -readonly [K in keyof PageState]: PageState[K] }, problem: (reason: string) => void): boolean {
	const overlay = (patch: Partial<OverlayView>) => (page.overlay = { ...page.overlay, ...patch });
	switch (key) {
		case 'tab': {
			const tab = oneOf(value, ANALYSIS_TABS.map((t) => t.id));
			if (tab) page.tab = tab;
			else problem(`tab must be one of ${ANALYSIS_TABS.map((t) => t.id).join(', ')}`);
			return true;
		}
		case 'hex':
			if (isCellId(value) && (INGEST_RESOLUTIONS as readonly number[]).includes(resolutionOf(value))) page.hex = value;
			else problem('not a hexagon of size 7, 8 or 9');
			return true;
		case 'fold': {
			const letters = [...value];
			if (letters.length && letters.every((c) => Object.values(FOLD_LETTERS).includes(c))) {
				page.folded = { left: letters.includes('l'), right: letters.includes('r'), legend: letters.includes('g') };
			} else problem('fold lists l (left panel), r (right panel) and g (legend)');
			return true;
		}
		case 'imd': {
			const m = /^(off-)?(2025|2019)$/.exec(value);
			if (m) overlay({ visible: !m[1], edition: m[2] === '2025' ? 'imd2025' : 'imd2019' });
			else problem('imd must be 2025 or 2019 (off-2025 or off-2019 when hidden)');
			return true;
		}
		case 'imddom': {
			const domain = oneOf(value, DOMAINS.map((d) => d.key));
			if (domain) overlay({ domain });
			else problem(`the domain must be one of ${DOMAINS.map((d) => d.key).join(', ')}`);
			return true;
		}
		case 'imdpop': {
			const denominator = oneOf(value, DENOMINATORS);
			if (denominator) overlay({ denominator });
			else problem(`the population must be one of ${DENOMINATORS.join(', ')}`);
			return true;
		}
		case 'imdby': {
			const colourBy = oneOf(value, COLOUR_BY);
			if (colourBy) overlay({ colourBy });
			else problem(`the overlay colours by ${COLOUR_BY.join(', ')}`);
			return true;
		}
		case 'imdop': {
			const n = /^\d(\.\d+)?$/.test(value) ? Number(value) : NaN;
			if (n >= 0 && n <= 1) overlay({ opacity: n });
			else problem('opacity must be 0-1');
			return true;
		}
		case 'imdd': {
			const deciles = value === '-' ? [] : value.split(',').map((d) => (/^\d{1,2}$/.test(d) ? Number(d) : NaN));
			if (deciles.every((d) => d >= 1 && d <= 10)) overlay({ deciles: [...new Set(deciles)].sort((a, b) => a - b) });
			else problem('IMD deciles must be 1-10');
			return true;
		}
		case 'rri': {
			const interval = oneOf(value, ['bootstrap', 'poisson'] as const);
			if (interval) overlay({ interval });
			else problem('the interval must be bootstrap or poisson');
			return true;
		}
		case 'gran': {
			const granularity = oneOf(value, ['month', 'day'] as const);
			if (granularity) page.granularity = granularity;
			else problem('the series is by month or day');
			return true;
		}
		case 'stab': {
			const stability = oneOf(value, ['month', 'quarter', 'year'] as const);
			if (stability) page.stability = stability;
			else problem('the stability window is month, quarter or year');
			return true;
		}
		case 'cov': {
			const read = coverageRuleFromParam(value);
			if (read.ok) page.coverage = read.rule;
			else problem(`the coverage rule is made of time, marginN (minutes) and ages joined by dots (${read.error.code.replace(/_/g, ' ')}: ${read.error.value})`);
			return true;
		}
		case 'rad': {
			const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
			if (n >= 1 && n <= MAX_RADIUS_M) page.radius = n;
			else problem(`the catchment radius is whole metres from 1 to ${MAX_RADIUS_M.toLocaleString('en-GB')}`);
			return true;
		}
		case 'ba': {
			// A site's id is whatever its file gave (any text); the months follow the last "~".
			// eslint-disable-next-line no-control-regex -- control characters are what is refused
			const m = /^([^\u0000-\u001f]{1,200})~(\d{1,2})$/.exec(value);
			const months = m ? Number(m[2]) : NaN;
			if (m && months >= 1 && months <= MAX_BEFORE_AFTER_MONTHS) page.beforeAfter = { siteId: m[1], months };
			else problem(`before/after is a site id and months (1-${MAX_BEFORE_AFTER_MONTHS}) joined by ~`);
			return true;
		}
		default:
			return readDutyParam(key, value, page, problem);
	}
}
