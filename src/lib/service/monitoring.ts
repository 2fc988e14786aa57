/**
 * Duty monitoring over the service's datasets: the KPI view's answer, and the digest of what changed when
 * months were added (KPI signals before and after, hexagon changes, KPI movements, data quality). The
 * statistics live in analysis/monitoring; this gathers their inputs from sessions and area tables.
 */
import { DISTRICTS } from '$lib/analysis/geography/districts';
import { NO_FILTERS } from '$lib/analysis/filters/filter-state';
import { flaggedMonths } from '$lib/analysis/ingest/month-gaps';
import { FLAG } from '$lib/analysis/offences/groups';
import { centreOf } from '$lib/analysis/h3/cells';
import { buildDigest, DIGEST_AREAS, type AreaSignal, type Digest, type HotspotChanges, type KpiMovement } from '$lib/analysis/monitoring/digest';
import { countIncreases } from '$lib/analysis/monitoring/count-increase';
import { defaultBaseline, kpiAnswer, type KpiAnswer } from '$lib/analysis/monitoring/kpi-answer';
import type { KpiAge, KpiArea, KpiStep } from '$lib/analysis/monitoring/kpi-definitions';
import { incidentKpiCounts, type IncidentKpiCounts } from '$lib/analysis/monitoring/kpi-series';
import { EMERGING_CLASSES, MIN_STEPS } from '$lib/analysis/stats/emerging';
import { emergingAnswer } from '$lib/analysis/session/emerging-answer';
import { nearestPlace, type HotspotCache, type Place } from '$lib/analysis/session/hotspots';
import type { DatasetSession } from '$lib/analysis/session/dataset-session';
import { studyCellsCache } from '$lib/analysis/session/study-cache';
import type { AreaIndex } from '$lib/analysis/spatial/area-index';
import { monthUkLabel } from '$lib/analysis/time/month-index';
import type { AreaTables } from './area-tables';

export interface KpiRequest {
	area: KpiArea;
	age: KpiAge;
	step: KpiStep;
	baseline: [number, number] | null;
}

/** The hexagon size the digest screens: neighbourhood scale, as the hot spot tables default to. */
const DIGEST_RESOLUTION = 8;

const counted = new WeakMap<DatasetSession, IncidentKpiCounts>();

function kpiCountsOf(session: DatasetSession): IncidentKpiCounts | null {
	const range = session.summary.monthRange;
	if (!range) return null;
	let counts = counted.get(session);
	if (!counts) counted.set(session, (counts = incidentKpiCounts(session.columns, range)));
	return counts;
}

function monthSets(session: DatasetSession) {
	const months = session.summary.report?.months;
	const missing = flaggedMonths(months, 'missing');
	const thin = new Set([...flaggedMonths(months)].filter((m) => !missing.has(m)));
	return { missing, thin };
}

export function kpisFor(session: DatasetSession, tables: AreaTables, request: KpiRequest): KpiAnswer {
	const incidents = kpiCountsOf(session);
	if (!incidents) throw new Error('The dataset has no dated rows, so no monthly series can be made.');
	return kpiAnswer({ datasetId: session.summary.id, incidents, ...monthSets(session), admissions: tables.admissions(request.area, request.age), ...request });
}

/** Every KPI signal for the county and each district, all ages, with the months each is made of. */
function signalsOf(session: DatasetSession, tables: AreaTables, baseline: [number, number]): AreaSignal[] {
	const out: AreaSignal[] = [];
	for (const area of DIGEST_AREAS) {
		const answer = kpisFor(session, tables, { area, age: 'all', step: 'month', baseline });
		for (const kpi of answer.kpis) {
			if (!kpi.chart) continue;
			const chart = kpi.chart;
			for (const s of chart.signals) out.push({ kpi: kpi.key, area, rule: s.rule, direction: s.direction, kind: s.kind, text: s.text, starts: s.points.map((i) => chart.points[i].start) });
		}
	}
	return out;
}

function movementsOf(session: DatasetSession, tables: AreaTables, baseline: [number, number], month: number): KpiMovement[] {
	const answer = kpisFor(session, tables, { area: { level: 'county' }, age: 'all', step: 'month', baseline });
	return answer.kpis.flatMap((kpi) => {
		const point = kpi.chart?.points.find((p) => p.start === month);
		if (!kpi.chart || !point) return [];
		return [{ kpi: kpi.key, month, value: point.value, mean: point.centre, upper: point.upper, lower: point.lower }];
	});
}

/** Thin or missing months among those added, and a jump in the share of imprecise locations. */
function qualityOf(before: DatasetSession, after: DatasetSession, touched: readonly number[]): { month: number; text: string }[] {
	const items: { month: number; text: string }[] = [];
	for (const m of after.summary.report?.months ?? []) {
		if (!touched.includes(m.monthIndex) || m.status === 'ok') continue;
		items.push({ month: m.monthIndex, text: m.status === 'missing' ? `${monthUkLabel(m.monthIndex)} has no rows: a missing month, shown as a gap.` : `${monthUkLabel(m.monthIndex)} is thin: ${Math.round(m.ratio * 100)}% of the rows of the busiest month near it, per day.` });
	}
	const share = (s: DatasetSession, inMonths: (m: number) => boolean) => {
		const c = s.columns;
		let rows = 0;
		let imprecise = 0;
		for (let i = 0; i < c.length; i++) {
			if (!inMonths(c.monthIndex[i])) continue;
			rows++;
			if (c.flags[i] & FLAG.location_imprecise) imprecise++;
		}
		return rows ? imprecise / rows : NaN;
	};
	const set = new Set(touched);
	const now = share(after, (m) => set.has(m));
	const was = share(before, (m) => !set.has(m));
	// A doubling that moves at least 2 points is a change in how the source records places, worth a look before reading the maps.
	if (now >= 2 * was && now - was >= 0.02) items.push({ month: Math.max(...touched), text: `Imprecise locations: ${(now * 100).toFixed(1)}% of the added months' rows against ${(was * 100).toFixed(1)}% before.` });
	return items;
}

export interface DigestRequest {
	before: DatasetSession;
	after: DatasetSession;
	added: readonly number[];
	replaced: readonly number[];
	tables: AreaTables;
	baseline: [number, number] | null;
	areas: AreaIndex;
	/** The study cells' cache of the dataset now loaded, reused for its emerging classes. */
	afterCache: HotspotCache;
	/** Town and village names, to say where a hexagon is. */
	places: readonly Place[];
}

/** "near Margate (Thanet)": the closest town or village and the district, for a reader who does not read H3 ids. */
function nearOf(cell: string, areas: AreaIndex, places: readonly Place[]): string {
	const centre = centreOf(cell);
	const lsoa = areas.locate(centre[0], centre[1]);
	const district = DISTRICTS[lsoa >= 0 ? areas.district[lsoa] : -1]?.label ?? null;
	const place = nearestPlace(centre, places);
	// A coastal hexagon's centre can be at sea, in no district: the town alone then says where it is.
	if (place) return district ? `near ${place.name} (${district})` : `near ${place.name}`;
	return district ?? 'Kent and Medway';
}

/** Emerging classes before and after with 10 months or more; else a test of the added months against the earlier ones. */
function hexChanges(request: DigestRequest): HotspotChanges {
	const { before, after, areas } = request;
	const touched = new Set([...request.added, ...request.replaced]);
	const range = after.summary.monthRange;
	if (!range) return { method: 'none', reason: 'The dataset has no dated rows.' };
	const flagged = flaggedMonths(after.summary.report?.months);
	const steps = range[1] - range[0] + 1;
	if (steps >= MIN_STEPS && flagged.size === 0) {
		const classesOf = (session: DatasetSession, cache: HotspotCache) => {
			const { pass } = session.passWithCells(NO_FILTERS, DIGEST_RESOLUTION);
			const months = session.summary.monthRange ?? range;
			const answer = emergingAnswer({ datasetId: session.summary.id, columns: session.columns, pass, resolution: DIGEST_RESOLUTION, k: 1, step: 'month', months, flagged: flaggedMonths(session.summary.report?.months) }, cache);
			return new Map(answer.cells.map((c, i) => [c, answer.classes[i]]));
		};
		const was = classesOf(before, studyCellsCache(before.columns, areas));
		const now = classesOf(after, request.afterCache);
		const cells: { cell: string; kind: 'new' | 'intensifying'; near: string }[] = [];
		for (const [cell, cls] of now) {
			const kind = EMERGING_CLASSES[cls];
			if ((kind !== 'new' && kind !== 'intensifying') || was.get(cell) === cls) continue;
			cells.push({ cell, kind, near: nearOf(cell, areas, request.places) });
		}
		return { method: 'emerging', resolution: DIGEST_RESOLUTION, cells };
	}
	const { pass } = after.passWithCells(NO_FILTERS, DIGEST_RESOLUTION);
	const c = after.columns;
	const dictionary = c.cells[DIGEST_RESOLUTION];
	const added = new Uint32Array(dictionary.length);
	const earlier = new Uint32Array(dictionary.length);
	// Flagged (missing or thin) earlier months are left out of both the counts and the months they are spread over.
	const skipped = new Set([...flagged].filter((m) => !touched.has(m)));
	for (let i = 0; i < c.length; i++) {
		if (!pass[i] || c.flags[i] & FLAG.outside || skipped.has(c.monthIndex[i])) continue;
		(touched.has(c.monthIndex[i]) ? added : earlier)[c.cell8[i]]++;
	}
	const earlierMonths = steps - touched.size - skipped.size;
	if (earlierMonths < 1) return { method: 'none', reason: 'No earlier months to compare the added ones with, so no hexagon is tested.' };
	const why = steps < MIN_STEPS ? `fewer than ${MIN_STEPS} months` : 'a month flagged missing or thin at import (emerging classes need every step)';
	const found = countIncreases(added, earlier, touched.size, earlierMonths).slice(0, 20);
	return { method: 'increase', resolution: DIGEST_RESOLUTION, months: touched.size, why, cells: found.map((f) => ({ cell: dictionary[f.cell], added: f.added, expected: f.expected, q: f.q, near: nearOf(dictionary[f.cell], areas, request.places) })) };
}

export function digestFor(request: DigestRequest): Digest {
	const { before, after, tables } = request;
	const range = after.summary.monthRange ?? [0, 0];
	const baseline = request.baseline ?? defaultBaseline(range);
	const touched = [...request.added, ...request.replaced];
	const newest = touched.length ? Math.max(...touched) : range[1];
	const common = { datasetId: after.summary.id, label: after.summary.label, added: request.added, replaced: request.replaced, baseline };
	// Every file was already imported: nothing changed, so nothing is compared.
	if (touched.length === 0) return buildDigest({ ...common, signalsBefore: [], signalsAfter: [], hotspots: { method: 'none', reason: 'No months were added, so no hexagon is compared.' }, movements: [], quality: [] });
	return buildDigest({
		datasetId: after.summary.id,
		label: after.summary.label,
		added: request.added,
		replaced: request.replaced,
		signalsBefore: before.summary.monthRange ? signalsOf(before, tables, baseline) : [],
		signalsAfter: signalsOf(after, tables, baseline),
		hotspots: hexChanges(request),
		movements: movementsOf(after, tables, baseline, newest),
		quality: qualityOf(before, after, touched),
		baseline
	});
}
