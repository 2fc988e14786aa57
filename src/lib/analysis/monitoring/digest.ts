/**
 * "What changed" after months are added: new special-cause signals by area, hexagons that became new or
 * intensifying hot spots (or rose significantly, with too few steps for those classes), KPI movements in the
 * newest month, and data-quality changes. Each item carries a link to the view that shows it.
 */
import { DISTRICTS } from '../geography/districts';
import { viewToParams, DEFAULT_VIEW, type ViewState } from '../filters/url-state';
import { DEFAULT_PAGE } from '../views/page-state';
import { DEFAULT_DUTY, JOINT_CSPS, type DutyView } from '../views/duty-view';
import { monthUkLabel } from '../time/month-index';
import { csvField } from '../ingest/issues-csv';
import { countToken, fillCounts } from './count-tokens';
import { KPI_DEFINITIONS, type KpiArea, type KpiKey } from './kpi-definitions';
import { areaLabelOf } from './kpi-answer';

export type DigestSection = 'signals' | 'hotspots' | 'kpis' | 'quality';

export const DIGEST_SECTIONS: readonly { key: DigestSection; title: string }[] = [
	{ key: 'signals', title: 'New special-cause signals' },
	{ key: 'hotspots', title: 'Hexagons that became new or intensifying hot spots' },
	{ key: 'kpis', title: 'KPI movements' },
	{ key: 'quality', title: 'Data quality' }
];

export interface DigestItem {
	section: DigestSection;
	/** The area or hexagon the item is about. */
	where: string;
	text: string;
	/** Query string of the view that shows it (starts with "?"). */
	link: string;
}

/** A signal on one KPI chart, with the months (monthIndex of each point's start) it is made of. */
export interface AreaSignal {
	kpi: KpiKey;
	area: KpiArea;
	rule: string;
	direction: 'up' | 'down';
	kind: 'improvement' | 'concern';
	text: string;
	starts: readonly number[];
}

export type HotspotChanges =
	| { method: 'emerging'; resolution: number; cells: readonly { cell: string; kind: 'new' | 'intensifying'; near: string }[] }
	| { method: 'increase'; resolution: number; months: number; /** Why not the emerging classes. */ why: string; cells: readonly { cell: string; added: number; expected: number; q: number; near: string }[] }
	| { method: 'none'; reason: string };

export interface KpiMovement {
	kpi: KpiKey;
	month: number;
	value: number | null;
	mean: number;
	upper: number;
	lower: number;
}

export interface DigestInput {
	datasetId: string;
	label: string;
	/** Months new to the dataset, and months whose rows the import replaced. */
	added: readonly number[];
	replaced: readonly number[];
	signalsBefore: readonly AreaSignal[];
	signalsAfter: readonly AreaSignal[];
	hotspots: HotspotChanges;
	/** The county's KPIs in the newest month added. */
	movements: readonly KpiMovement[];
	quality: readonly { month: number; text: string }[];
	baseline: readonly [number, number];
}

export interface Digest {
	datasetId: string;
	label: string;
	/** One line: the months added and replaced. */
	headline: string;
	items: DigestItem[];
	/** Caveats a reader needs (the tests' assumptions). */
	notes: string[];
}

function link(datasetId: string, patch: Partial<ViewState>, page: Partial<typeof DEFAULT_PAGE> = {}): string {
	return `?${viewToParams({ ...DEFAULT_VIEW, dataset: datasetId, ...patch, page: { ...DEFAULT_PAGE, ...page } }).toString()}`;
}

/** Hexagons are shown at the size the digest tested, so the detail opens for the very cell (the Duty tab stays open beside it). */
const res = (r: number) => r as 7 | 8 | 9;
const overlaps = (a: readonly number[], b: readonly number[]) => a.some((m) => b.includes(m));
const sameChart = (a: AreaSignal, b: AreaSignal) => a.kpi === b.kpi && a.rule === b.rule && a.direction === b.direction && JSON.stringify(a.area) === JSON.stringify(b.area);
const months = (list: readonly number[]) => [...list].sort((a, b) => a - b).map(monthUkLabel).join(', ');

export function buildDigest(input: DigestInput): Digest {
	const { datasetId } = input;
	const touched = [...input.added, ...input.replaced];
	const dutyLink = (area: KpiArea) => link(datasetId, {}, { tab: 'duty', duty: { ...DEFAULT_DUTY, area, baseline: [input.baseline[0], input.baseline[1]] } satisfies DutyView });
	const items: DigestItem[] = [];
	for (const s of input.signalsAfter) {
		if (!overlaps(s.starts, touched)) continue;
		if (input.signalsBefore.some((b) => sameChart(b, s) && overlaps(b.starts, s.starts))) continue;
		items.push({ section: 'signals', where: areaLabelOf(s.area), text: `${KPI_DEFINITIONS[s.kpi].label}: ${s.text}`, link: dutyLink(s.area) });
	}
	const h = input.hotspots;
	if (h.method === 'emerging') {
		for (const c of h.cells) items.push({ section: 'hotspots', where: c.near, text: `hexagon ${c.cell} became ${c.kind === 'new' ? 'a new' : 'an intensifying'} emerging hot spot.`, link: link(datasetId, { layer: 'emerging', giResolution: res(h.resolution), resolution: res(h.resolution) }, { hex: c.cell, tab: 'duty' }) });
	} else if (h.method === 'increase') {
		for (const c of h.cells)
			items.push({
				section: 'hotspots',
				where: c.near,
				text: `hexagon ${c.cell}: ${countToken(c.added)} incidents in the added month${h.months === 1 ? '' : 's'} against ${c.expected.toFixed(1)} expected from the earlier months (q = ${c.q < 0.001 ? '<0.001' : c.q.toFixed(3)}).`,
				link: link(datasetId, { resolution: res(h.resolution) }, { hex: c.cell, tab: 'duty' })
			});
	}
	for (const m of input.movements) {
		const label = KPI_DEFINITIONS[m.kpi].label;
		const where = 'Kent and Medway';
		if (m.value === null) {
			items.push({ section: 'kpis', where, text: `${label}: no data for ${monthUkLabel(m.month)}.`, link: dutyLink({ level: 'county' }) });
			continue;
		}
		const position = m.value > m.upper ? 'above the upper limit' : m.value < m.lower ? 'below the lower limit' : 'within the limits';
		// Compared with the mean as printed, so the words never contradict the figure beside them.
		const shown = Number(m.mean.toFixed(1));
		const vs = m.value > shown ? 'above' : m.value < shown ? 'below' : 'equal to';
		items.push({ section: 'kpis', where, text: `${label}: ${countToken(m.value)} in ${monthUkLabel(m.month)}, ${vs} the baseline mean of ${m.mean.toFixed(1)} and ${position} (${m.lower.toFixed(1)} to ${m.upper.toFixed(1)}).`, link: dutyLink({ level: 'county' }) });
	}
	for (const q of input.quality) items.push({ section: 'quality', where: monthUkLabel(q.month), text: q.text, link: link(datasetId, {}, { tab: 'when' }) });
	const headline = [input.added.length ? `Months added: ${months(input.added)}.` : '', input.replaced.length ? `Months replaced: ${months(input.replaced)}.` : ''].filter(Boolean).join(' ') || 'No months were added or replaced.';
	const notes = [`Signals use the baseline ${monthUkLabel(input.baseline[0])} to ${monthUkLabel(input.baseline[1])}; a signal is new when it includes a month just added and was not there before.`];
	if (h.method !== 'none') notes.push(`Hexagons: size ${h.resolution}, all serious violence, before and after the add.`);
	if (h.method === 'increase') notes.push(`With ${h.why}, hexagons are screened by an exact test of the added months against the earlier ones (independent incidents assumed), Benjamini-Hochberg adjusted across hexagons.`);
	if (h.method === 'none') notes.push(h.reason);
	return { datasetId, label: input.label, headline, items, notes };
}

/** The digest as a short text, for an e-mail or a briefing note: `header` lines first (the export block), counts written by `count`. */
export function digestText(digest: Digest, header: readonly string[], count: (n: number) => string): string {
	const lines = [`What changed: ${digest.label}`, ...header, digest.headline, ''];
	for (const { key, title } of DIGEST_SECTIONS) {
		const its = digest.items.filter((i) => i.section === key);
		lines.push(`${title} (${its.length})`);
		if (its.length === 0) lines.push('- none');
		for (const i of its) lines.push(`- ${i.where}: ${fillCounts(i.text, count)}`);
		lines.push('');
	}
	lines.push(...digest.notes.map((n) => `Note: ${n}`));
	return lines.join('\n') + '\n';
}

/** The digest as CSV: the export block's lines (key, value), a blank line, then one row per item with its section and link. */
export function digestCsv(digest: Digest, header: readonly (readonly [string, string])[], count: (n: number) => string): string {
	const rows = digest.items.map((i) => [DIGEST_SECTIONS.find((s) => s.key === i.section)!.title, i.where, fillCounts(i.text, count), i.link].map(csvField).join(','));
	const head = header.map((pair) => pair.map(csvField).join(','));
	return [...head, ...(head.length ? [''] : []), 'section,where,what,link', ...rows].join('\n') + '\n';
}

/** The county, the districts in DISTRICTS order and the joint CSPs: what the digest scans. */
export const DIGEST_AREAS: readonly KpiArea[] = [{ level: 'county' }, ...DISTRICTS.map((_, district) => ({ level: 'district' as const, district })), ...JOINT_CSPS.map(({ code }) => ({ level: 'csp' as const, code }))];
