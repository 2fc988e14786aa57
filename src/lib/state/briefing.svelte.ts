/**
 * What every briefing output shares: the protective marking, the export header (source, filters, definition,
 * dates, weighting, disclosure, version, checksum) and the app's tables in export form, read from the state
 * the panels already show, so an export never recomputes a number differently from the screen.
 */
import { describeFilters } from '$lib/analysis/filters/chips';
import { formatUkDate } from '$lib/analysis/time/calendar-date';
import { DISTRICTS } from '$lib/analysis/geography/districts';
import { describeDefinition } from '$lib/analysis/offences/definition';
import { districtTable } from '$lib/analysis/panels/district-table';
import { ageDenominators } from '$lib/analysis/panels/age-population';
import { withAgeBasis } from '$lib/analysis/panels/age-rate-export';
import type { ExportContext } from '$lib/analysis/exports/export-header';
import type { ExportTable } from '$lib/analysis/exports/export-table';
import { decilesExport, districtExport, gapsExport, hotspotsExport } from '$lib/analysis/exports/tables';
import { monthUkLabel } from '$lib/analysis/time/month-index';
import { EDITIONS } from '$lib/analysis/deprivation/domains';
import type { AtlasApp } from './atlas-app.svelte';
import { disclosureLine, isControlled } from '$lib/analysis/disclosure/disclosure';
import { londonStamp } from '$lib/analysis/exports/export-header';
import type { FigureContent, Inset, LegendSpec } from '$lib/analysis/figure/figure-content';

/** What a figure may add beside the map. */
export type InsetChoice = 'none' | 'matrix' | 'districts' | 'hotspots';

export class BriefingState {
	/** The protective marking printed on figures and exports (Government Security Classifications). */
	marking = $state('OFFICIAL');

	constructor(private readonly app: AtlasApp) {}

	/** The header every export of the current view starts with. */
	context(madeAt: number): ExportContext | null {
		const { summary, view, weightTable } = this.app;
		if (!summary) return null;
		const f = view.filters;
		const range = summary.monthRange;
		const dateRange =
			f.dateFrom || f.dateTo
				? `${f.dateFrom ? formatUkDate(f.dateFrom) : 'the start of the data'} to ${f.dateTo ? formatUkDate(f.dateTo) : 'the end of the data'}`
				: range
					? `all data, ${monthUkLabel(range[0])} to ${monthUkLabel(range[1])}`
					: 'all data';
		return {
			source: summary.label,
			synthetic: summary.kind === 'synthetic',
			filters: describeFilters(f).map((c) => c.label).join('; '),
			definition: describeDefinition(f.definition),
			dateRange,
			weighting: weightTable ? `${weightTable.label}: ${weightTable.source}` : 'Incident counts (no weighting)',
			disclosure: view.disclosure,
			appVersion: __APP_VERSION__,
			checksum: summary.checksum ?? summary.id,
			madeAt,
			marking: this.marking.trim()
		};
	}

	/** What a figure of the current view shows; `legend` is the legend of the layer on the map. */
	content(options: { title: string; subtitle: string; legend: LegendSpec; inset: InsetChoice; attribution: string }, madeAt: number): FigureContent | null {
		const ctx = this.context(madeAt);
		const { app } = this;
		if (!ctx || !app.summary) return null;
		const control = app.view.disclosure;
		const filterLines = [...(ctx.filters ? ctx.filters.split('; ') : ['No filters']), `Period: ${ctx.dateRange}`, `Definition: ${ctx.definition}`, ...(app.weightTable ? [`Weighting: ${app.weightTable.label}`] : [])];
		return {
			title: options.title,
			subtitle: options.subtitle,
			legend: options.legend,
			filters: filterLines,
			disclosure: isControlled(control) ? disclosureLine(control) : null,
			control,
			source: ctx.source,
			synthetic: ctx.synthetic,
			attribution: options.attribution,
			marking: ctx.marking ?? '',
			appVersion: ctx.appVersion,
			checksum: ctx.checksum,
			made: londonStamp(madeAt),
			mapDescription: this.describeMap(options.legend, ctx.filters),
			inset: this.inset(options.inset)
		};
	}

	/** One or two sentences a screen reader can give in place of the map. */
	private describeMap(legend: LegendSpec, filters: string): string {
		const { app } = this;
		const where: string[] = [];
		const hot = app.view.layer === 'hotspots' ? app.hotspots.answer : null;
		if (hot?.top.length) {
			for (const r of hot.top) if (r.nearest && !where.includes(r.nearest.name)) where.push(r.nearest.name);
		} else if (app.counts) {
			const d = app.counts.districts;
			where.push(...DISTRICTS.map((x, i) => ({ label: x.label, n: d[i] ?? 0 })).filter((x) => x.n > 0).sort((a, b) => b.n - a.n).slice(0, 3).map((x) => x.label));
		}
		const lead = `Map of Kent and Medway showing ${legend.title.replace(/^./, (c) => c.toLowerCase())} as hexagons${filters ? ` (${filters})` : ''}.`;
		const focus = where.length ? (hot ? ` The strongest hot spots are near ${where.slice(0, 4).join(', ')}.` : ` Most incidents are in ${where.join(', ')}.`) : '';
		return lead + focus;
	}

	private inset(choice: InsetChoice): Inset | null {
		const { app } = this;
		if (choice === 'matrix') return app.counts ? { kind: 'matrix', title: 'Incidents by hour and weekday', values: app.counts.hourOfWeek, lowBelow: isControlled(app.view.disclosure) ? app.view.disclosure.threshold : 0 } : null;
		const name = choice === 'districts' ? 'district-table' : choice === 'hotspots' ? 'top-hot-spots' : null;
		const table = name ? this.tables().find((t) => t.name === name) : undefined;
		return table ? { kind: 'table', table, maxRows: choice === 'districts' ? 14 : 8 } : null;
	}

	/** The tables the panels hold now, in export form; a table not computed yet (its tab never opened) is left out. */
	tables(): ExportTable[] {
		const { app } = this;
		const out: ExportTable[] = [];
		const { counts, summary } = app;
		if (counts && summary) {
			const age = app.rates.age;
			const context = { months: summary.report?.months ?? null, hasTimes: summary.hasTimes, monthStart: counts.monthStart };
			const table = districtTable(counts, DISTRICTS, ageDenominators(app.districts.populations, age), app.view.filters.districts, context, age);
			out.push(withAgeBasis(districtExport(table, app.rates.unit), age));
		}
		const hot = app.hotspots.answer;
		if (hot && summary && hot.datasetId === summary.id) out.push(hotspotsExport(hot.top, hot.weighting?.table ?? null));
		if (app.sitesAnswer && app.sitesAnswer.gaps.length) out.push(gapsExport(app.sitesAnswer.gaps));
		const dep = app.deprivationResult?.analysis;
		if (dep) out.push(withAgeBasis(decilesExport(dep.deciles, EDITIONS[dep.edition].label), dep.age));
		return out;
	}
}
