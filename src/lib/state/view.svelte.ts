import type { FilterState } from '$lib/analysis/filters/filter-state';
import { DEFAULT_VIEW, paramsToView, viewToParams, type ClassMethodKey, type MapPosition, type Resolution, type UrlProblem, type ViewState } from '$lib/analysis/filters/url-state';
import type { PageState } from '$lib/analysis/views/page-state';

/**
 * Everything that defines a view: dataset name, filters, resolution, style, map position and the page
 * around the map (overlay, tab, selected hexagon, folded panels). The URL is its
 * serialised form (DESIGN.md section 6); the page writes it on every change and reads it on load and on
 * back/forward.
 */
export class ViewStore {
	dataset = $state<string | null>(DEFAULT_VIEW.dataset);
	filters = $state.raw<FilterState>(DEFAULT_VIEW.filters);
	resolution = $state<Resolution>(DEFAULT_VIEW.resolution);
	classes = $state(DEFAULT_VIEW.classes);
	method = $state<ClassMethodKey>(DEFAULT_VIEW.method);
	opacity = $state(DEFAULT_VIEW.opacity);
	position = $state.raw<MapPosition | null>(DEFAULT_VIEW.position);
	annualise = $state(DEFAULT_VIEW.annualise);
	layer = $state<ViewState['layer']>(DEFAULT_VIEW.layer);
	emergingStep = $state<ViewState['emergingStep']>(DEFAULT_VIEW.emergingStep);
	changeA = $state.raw<ViewState['changeA']>(DEFAULT_VIEW.changeA);
	changeB = $state.raw<ViewState['changeB']>(DEFAULT_VIEW.changeB);
	giK = $state<ViewState['giK']>(DEFAULT_VIEW.giK);
	giResolution = $state<ViewState['giResolution']>(DEFAULT_VIEW.giResolution);
	significantOnly = $state(DEFAULT_VIEW.significantOnly);
	weighting = $state(DEFAULT_VIEW.weighting);
	briefing = $state(DEFAULT_VIEW.briefing);
	disclosure = $state.raw(DEFAULT_VIEW.disclosure);
	/** The open panel tab. */
	tab = $state<PageState['tab']>(DEFAULT_VIEW.page.tab);
	/** The H3 id of the hexagon whose detail is open. */
	hex = $state<string | null>(DEFAULT_VIEW.page.hex);
	folded = $state.raw<PageState['folded']>(DEFAULT_VIEW.page.folded);
	/** The deprivation overlay and its settings (DeprivationStore reads and writes them here). */
	overlay = $state.raw<PageState['overlay']>(DEFAULT_VIEW.page.overlay);
	granularity = $state<PageState['granularity']>(DEFAULT_VIEW.page.granularity);
	stability = $state<PageState['stability']>(DEFAULT_VIEW.page.stability);
	/** The sites' coverage rule (SitesState reads and writes it here). */
	coverage = $state.raw<PageState['coverage']>(DEFAULT_VIEW.page.coverage);
	/** The catchment radius the link sets (null: this browser's own); SitesState reads and writes it here. */
	radius = $state<PageState['radius']>(DEFAULT_VIEW.page.radius);
	/** The before/after comparison shown (SitesAnalysis reads and writes it here). */
	beforeAfter = $state.raw<PageState['beforeAfter']>(DEFAULT_VIEW.page.beforeAfter);
	/** The Duty KPI view's area, age group, step and baseline. */
	duty = $state.raw<PageState['duty']>(DEFAULT_VIEW.page.duty);
	/** Bumped by every readQuery, so what follows a user's change (the map moving) can tell a restored view apart. */
	restored = $state(0);
	/** What the last URL read could not use, shown to the user. */
	problems = $state.raw<UrlProblem[]>([]);

	snapshot(): ViewState {
		return {
			dataset: this.dataset,
			filters: this.filters,
			resolution: this.resolution,
			classes: this.classes,
			method: this.method,
			opacity: this.opacity,
			position: this.position,
			annualise: this.annualise,
			layer: this.layer,
			emergingStep: this.emergingStep,
			changeA: this.changeA,
			changeB: this.changeB,
			giK: this.giK,
			giResolution: this.giResolution,
			significantOnly: this.significantOnly,
			weighting: this.weighting,
			briefing: this.briefing,
			disclosure: this.disclosure,
			page: { tab: this.tab, hex: this.hex, folded: this.folded, overlay: this.overlay, granularity: this.granularity, stability: this.stability, coverage: this.coverage, radius: this.radius, beforeAfter: this.beforeAfter, duty: this.duty }
		};
	}

	/** The query string for the current view ("" for the default view). */
	get query(): string {
		return viewToParams(this.snapshot()).toString();
	}

	/** Replaces the whole view with what a URL query says. */
	readQuery(search: string): void {
		const { view, problems } = paramsToView(search);
		this.dataset = view.dataset;
		this.filters = view.filters;
		this.resolution = view.resolution;
		this.classes = view.classes;
		this.method = view.method;
		this.opacity = view.opacity;
		this.position = view.position;
		this.annualise = view.annualise;
		this.layer = view.layer;
		this.emergingStep = view.emergingStep;
		this.changeA = view.changeA;
		this.changeB = view.changeB;
		this.giK = view.giK;
		this.giResolution = view.giResolution;
		this.significantOnly = view.significantOnly;
		this.weighting = view.weighting;
		this.briefing = view.briefing;
		this.disclosure = view.disclosure;
		({ tab: this.tab, hex: this.hex, folded: this.folded, overlay: this.overlay, granularity: this.granularity, stability: this.stability, coverage: this.coverage, radius: this.radius, beforeAfter: this.beforeAfter, duty: this.duty } = view.page);
		this.problems = problems;
		this.restored++;
	}

	/** Changes some filters, keeping the rest. */
	setFilters(patch: Partial<FilterState>): void {
		this.filters = { ...this.filters, ...patch };
	}
}
