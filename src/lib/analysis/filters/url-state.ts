/**
 * The view a URL carries (DESIGN.md section 6): dataset name, filters, resolution, layer style, map
 * position, and the page around the map (views/page-state.ts). Readable keys (offence group names, district codes) so a shared link can be read by a person.
 * Never incident data. Unknown or malformed parameters are reported, not silently dropped.
 */
import { CLASS_METHODS, DEFAULT_CLASS_METHOD, type ClassMethod } from '../classify/classes';
import { DISTRICTS } from '../geography/districts';
import { AGE_BAND_KEYS, FLAG, FLAG_KEYS, OFFENCE_GROUP_KEYS } from '../offences/groups';
import { decodeMask, isFullMask } from './hour-of-week';
import { parseIsoDate } from './london-day';
import { NO_FILTERS, type FilterState } from './filter-state';
import { decodeDisclosure, encodeDisclosure, UK_DISCLOSURE, type DisclosureSetting } from '../disclosure/disclosure';
import { DEFAULT_PAGE, readPageParam, writePageParams, type PageState } from '../views/page-state';

export type Resolution = 7 | 8 | 9 | 'auto';
export type ClassMethodKey = ClassMethod;

export interface MapPosition {
	lng: number;
	lat: number;
	zoom: number;
}

export interface ViewState {
	/** e.g. "synthetic-20240101", "policeuk-2024-01-2024-04", "local-3f9a2c1b". */
	dataset: string | null;
	filters: FilterState;
	resolution: Resolution;
	classes: number;
	method: ClassMethodKey;
	/** 0-1. */
	opacity: number;
	position: MapPosition | null;
	/** Rates per 1,000 residents a year rather than over the period shown. */
	annualise: boolean;
	/** What the hexagons show: counts in classes, or Gi* hot and cold spots. */
	layer: 'counts' | 'hotspots' | 'emerging' | 'change';
	/** Change between periods: A (before) and B (after), inclusive London dates; null for the defaults (the latest 12 months of data and the 12 before). */
	changeA: { from: string; to: string } | null;
	changeB: { from: string; to: string } | null;
	/** Emerging hot spots: the cube's time step. */
	emergingStep: 'month' | 'quarter';
	/** Gi*: rings of neighbours (1-3), the resolution it is computed at (not the zoom's), and whether only significant cells are drawn. */
	giK: 1 | 2 | 3;
	giResolution: 7 | 8 | 9;
	significantOnly: boolean;
	/** What Gi* sums: 'count', or a weight table's id ('ons-css', 'ho-cost-2020', 'own'; analysis/weights). */
	weighting: string;
	/** Briefing mode: disclosure control on screen too, for showing the map to a board. */
	briefing: boolean;
	/** The disclosure control every export applies (and the screen in briefing mode). */
	disclosure: DisclosureSetting;
	/** Overlay, open tab, selected hexagon, folded panels and panel statistics' settings (views/page-state.ts). */
	page: PageState;
}

export const DEFAULT_VIEW: ViewState = {
	dataset: null,
	filters: NO_FILTERS,
	resolution: 'auto',
	classes: 5,
	method: DEFAULT_CLASS_METHOD,
	opacity: 0.8,
	position: null,
	annualise: false,
	layer: 'counts',
	emergingStep: 'month',
	changeA: null,
	changeB: null,
	giK: 1,
	giResolution: 8,
	significantOnly: false,
	weighting: 'count',
	briefing: false,
	disclosure: UK_DISCLOSURE,
	page: DEFAULT_PAGE
};

export interface UrlProblem {
	param: string;
	value: string;
	reason: string;
}

const DATASET_PATTERN = /^(synthetic-\d{1,10}|policeuk-[0-9-]{7,40}|local-[0-9a-f]{8,16})$/;

/** Filter keys that share one codec: a list of names mapped to codes. */
const LISTS = {
	g: { field: 'groups', names: OFFENCE_GROUP_KEYS as readonly string[] },
	a: { field: 'ageBands', names: AGE_BAND_KEYS as readonly string[] },
	d: { field: 'districts', names: DISTRICTS.map((d) => d.code) },
	// The definition of serious violence, by group name (offences/definition.ts).
	sv: { field: 'definition', names: OFFENCE_GROUP_KEYS as readonly string[] }
} as const;

const NONE = '-';

/** What the hexagons show, as the link names it. */
const LAYER_KEYS: Record<ViewState['layer'], string> = { counts: 'counts', hotspots: 'gi', emerging: 'em', change: 'chg' };

function encodeList(values: readonly number[], names: readonly string[]): string {
	return values.length === 0 ? NONE : [...values].sort((a, b) => a - b).map((v) => names[v]).join(',');
}

function decodeList(text: string, names: readonly string[]): number[] | string {
	if (text === NONE) return [];
	const out: number[] = [];
	for (const part of text.split(',')) {
		const code = names.indexOf(part);
		if (code < 0) return `unknown value "${part}"`;
		if (!out.includes(code)) out.push(code);
	}
	return out.sort((a, b) => a - b);
}

function round(value: number, places: number): string {
	return String(Number(value.toFixed(places)));
}

/** The URL query for a view; defaults are left out so links stay short. */
export function viewToParams(view: ViewState): URLSearchParams {
	const p = new URLSearchParams();
	const f = view.filters;
	if (view.dataset) p.set('ds', view.dataset);
	if (f.hourOfWeek !== null) p.set('h', f.hourOfWeek);
	if (f.months !== null) p.set('m', f.months.length ? [...f.months].sort((a, b) => a - b).join(',') : NONE);
	if (f.dateFrom) p.set('from', f.dateFrom);
	if (f.dateTo) p.set('to', f.dateTo);
	for (const [key, { field, names }] of Object.entries(LISTS)) {
		const values = f[field];
		if (values !== null) p.set(key, encodeList(values, names));
	}
	if (f.hexDeciles !== null) p.set('hd', f.hexDeciles.length ? [...f.hexDeciles].sort((a, b) => a - b).join(',') : NONE);
	if (f.requiredFlags) p.set('f', FLAG_KEYS.filter((k) => (f.requiredFlags & FLAG[k]) !== 0).join(','));
	if (view.resolution !== DEFAULT_VIEW.resolution) p.set('res', String(view.resolution));
	if (view.classes !== DEFAULT_VIEW.classes) p.set('cls', String(view.classes));
	if (view.method !== DEFAULT_VIEW.method) p.set('meth', view.method);
	if (view.opacity !== DEFAULT_VIEW.opacity) p.set('op', round(view.opacity, 2));
	if (view.annualise) p.set('ann', '1');
	if (view.layer !== DEFAULT_VIEW.layer) p.set('lyr', LAYER_KEYS[view.layer]);
	if (view.changeA) p.set('ca', `${view.changeA.from}..${view.changeA.to}`);
	if (view.changeB) p.set('cb', `${view.changeB.from}..${view.changeB.to}`);
	if (view.emergingStep !== DEFAULT_VIEW.emergingStep) p.set('emstep', view.emergingStep);
	if (view.giK !== DEFAULT_VIEW.giK) p.set('gik', String(view.giK));
	if (view.giResolution !== DEFAULT_VIEW.giResolution) p.set('gires', String(view.giResolution));
	if (view.significantOnly) p.set('sig', '1');
	if (view.weighting !== DEFAULT_VIEW.weighting) p.set('wt', view.weighting);
	if (view.briefing) p.set('brief', '1');
	if (encodeDisclosure(view.disclosure) !== encodeDisclosure(DEFAULT_VIEW.disclosure)) p.set('sdc', encodeDisclosure(view.disclosure));
	writePageParams(view.page, p);
	if (view.position) p.set('at', `${round(view.position.zoom, 2)}/${round(view.position.lat, 5)}/${round(view.position.lng, 5)}`);
	return p;
}

/** Reads a view from a URL query; what cannot be read is listed in `problems` and left at its default. */
export function paramsToView(query: URLSearchParams | string): { view: ViewState; problems: UrlProblem[] } {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const problems: UrlProblem[] = [];
	const filters: { -readonly [K in keyof FilterState]: FilterState[K] } = { ...NO_FILTERS };
	const page: { -readonly [K in keyof PageState]: PageState[K] } = { ...DEFAULT_PAGE };
	const view: ViewState = { ...DEFAULT_VIEW, filters, page };
	const problem = (param: string, value: string, reason: string) => problems.push({ param, value, reason });

	for (const [key, value] of params) {
		switch (key) {
			case 'ds':
				if (DATASET_PATTERN.test(value)) view.dataset = value;
				else problem(key, value, 'not a dataset name');
				break;
			case 'h':
				if (!decodeMask(value)) problem(key, value, 'not an hour-of-week mask');
				else if (!isFullMask(decodeMask(value)!)) filters.hourOfWeek = value;
				break;
			case 'm': {
				const months = value === NONE ? [] : value.split(',').map(Number);
				if (months.every((m) => Number.isInteger(m) && m >= 1 && m <= 12)) filters.months = [...new Set(months)].sort((a, b) => a - b);
				else problem(key, value, 'months must be 1-12');
				break;
			}
			case 'hd': {
				const deciles = value === NONE ? [] : value.split(',').map(Number);
				if (deciles.every((d) => Number.isInteger(d) && d >= 1 && d <= 10)) filters.hexDeciles = [...new Set(deciles)].sort((a, b) => a - b);
				else problem(key, value, 'IMD deciles must be 1-10');
				break;
			}
			case 'from':
			case 'to':
				if (!parseIsoDate(value)) problem(key, value, 'not a date (YYYY-MM-DD)');
				else if (key === 'from') filters.dateFrom = value;
				else filters.dateTo = value;
				break;
			case 'g':
			case 'a':
			case 'd':
			case 'sv': {
				const { field, names } = LISTS[key];
				const decoded = decodeList(value, names);
				if (typeof decoded === 'string') problem(key, value, decoded);
				else filters[field] = decoded;
				break;
			}
			case 'f': {
				let bits = 0;
				const unknown = value.split(',').filter((k) => {
					const bit = FLAG[k as keyof typeof FLAG];
					if (bit === undefined) return true;
					bits |= bit;
					return false;
				});
				if (unknown.length) problem(key, value, `unknown flag "${unknown[0]}"`);
				else filters.requiredFlags = bits;
				break;
			}
			case 'res':
				if (value === 'auto' || value === '7' || value === '8' || value === '9') view.resolution = value === 'auto' ? 'auto' : (Number(value) as 7 | 8 | 9);
				else problem(key, value, 'resolution must be 7, 8, 9 or auto');
				break;
			case 'cls': {
				const n = Number(value);
				if (Number.isInteger(n) && n >= 3 && n <= 7) view.classes = n;
				else problem(key, value, 'classes must be 3-7');
				break;
			}
			case 'meth':
				if (CLASS_METHODS.some((m) => m.key === value)) view.method = value as ClassMethod;
				else problem(key, value, `method must be one of ${CLASS_METHODS.map((m) => m.key).join(', ')}`);
				break;
			case 'lyr':
			{
				const layer = (Object.keys(LAYER_KEYS) as ViewState['layer'][]).find((l) => LAYER_KEYS[l] === value);
				if (layer) view.layer = layer;
				else problem(key, value, 'layer must be counts, gi, em or chg');
				break;
			}
			case 'ca':
			case 'cb': {
				const [from, to] = value.split('..');
				if (from && to && parseIsoDate(from) && parseIsoDate(to) && from <= to) view[key === 'ca' ? 'changeA' : 'changeB'] = { from, to };
				else problem(key, value, 'a period is yyyy-mm-dd..yyyy-mm-dd');
				break;
			}
			case 'emstep':
				if (value === 'month' || value === 'quarter') view.emergingStep = value;
				else problem(key, value, 'emstep must be month or quarter');
				break;
			case 'brief':
				if (value === '1' || value === '0') view.briefing = value === '1';
				else problem(key, value, 'brief must be 1 or 0');
				break;
			case 'sdc': {
				const setting = decodeDisclosure(value);
				if (setting) view.disclosure = setting;
				else problem(key, value, 'sdc must be "off" or threshold,base (e.g. 5,5)');
				break;
			}
			case 'wt':
				if (/^[a-z0-9-]{1,32}$/.test(value)) view.weighting = value;
				else problem(key, value, 'wt must name a weighting: count, ons-css, ho-cost-2016, ho-cost-2020 or own');
				break;
			case 'gik':
				if (value === '1' || value === '2' || value === '3') view.giK = Number(value) as 1 | 2 | 3;
				else problem(key, value, 'Gi* neighbours must be 1, 2 or 3 rings');
				break;
			case 'gires':
				if (value === '7' || value === '8' || value === '9') view.giResolution = Number(value) as 7 | 8 | 9;
				else problem(key, value, 'Gi* resolution must be 7, 8 or 9');
				break;
			case 'sig':
				if (value === '1' || value === '0') view.significantOnly = value === '1';
				else problem(key, value, 'sig must be 1 or 0');
				break;
			case 'ann':
				if (value === '1' || value === '0') view.annualise = value === '1';
				else problem(key, value, 'ann must be 1 (rates a year) or 0');
				break;
			case 'op': {
				const n = Number(value);
				if (n >= 0 && n <= 1) view.opacity = n;
				else problem(key, value, 'opacity must be 0-1');
				break;
			}
			case 'at': {
				const parts = value.split('/');
				const [zoom, lat, lng] = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
				if (parts.length === 3 && [zoom, lat, lng].every(Number.isFinite) && zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85 && Math.abs(lng) <= 180) {
					view.position = { zoom, lat, lng };
				} else problem(key, value, 'position must be zoom/lat/lng');
				break;
			}
			default:
				if (!readPageParam(key, value, page, (reason) => problem(key, value, reason))) problem(key, value, 'unknown parameter');
		}
	}
	if (filters.dateFrom && filters.dateTo && filters.dateFrom > filters.dateTo) {
		problem('to', filters.dateTo, 'the date range ends before it starts');
		filters.dateTo = null;
	}
	return { view, problems };
}
