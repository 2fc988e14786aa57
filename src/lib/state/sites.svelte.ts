/**
 * The analyst's intervention sites (issue 9): the list, the catchment radius, the coverage rule, the last
 * import's row report, the coverage view switch and the reference layers, kept in IndexedDB (the rule lives in
 * the link instead). A deleted site can be put back for a few seconds. Analysis lives in analysis/sites.
 */
import { catchmentsOf, type Catchment } from '$lib/analysis/sites/catchment';
import { MAX_MARGIN_MINUTES, SPACE_ONLY, type CoverageRule } from '$lib/analysis/sites/coverage-rule';
import { DEFAULT_RADIUS_M, type Site } from '$lib/analysis/sites/model';
import type { SiteReport } from '$lib/analysis/sites/codes';
import { STARTER_SITES } from '$lib/analysis/sites/starter-sites';
import { studyAreaTest } from '$lib/analysis/sites/study-area';
import type { RawSite, SiteImport } from '$lib/analysis/sites/validate';

import type { SitesStore } from '$lib/storage/sites-store';
import { NO_TAB_SYNC, onTabMessage, type TabSync } from '$lib/storage/tab-sync';

/** Reference layers the analyst can switch on. */
export interface PlaceLayers {
	hospitals: boolean;
	schools: boolean;
	stations: boolean;
}

/** How long a deleted site can be put back: long enough to notice, short enough not to be a second delete. */
export const UNDO_MS = 10_000;

export interface SitesOptions {
	/** Milliseconds the undo of a delete is offered; default UNDO_MS. */
	undoMs?: number;
	/** Where the coverage rule and radius are kept (the page's ViewStore, so the link carries them); a local copy by default. */
	settings?: SitesSettings;
}

export interface SitesSettings {
	coverage: CoverageRule;
	/** Set by a link or by the user; null uses the radius this browser keeps. */
	radius: number | null;
}

class LocalRule implements SitesSettings {
	coverage = $state.raw<CoverageRule>(SPACE_ONLY);
	radius = $state<number | null>(null);
}

export class SitesState {
	sites = $state.raw<readonly Site[]>([]);
	/** The radius this browser keeps (IndexedDB), used unless a link or the user has set one. */
	#storedRadius = $state(DEFAULT_RADIUS_M);
	readonly #settings: SitesSettings;
	/** Catchment radius of point sites: the link's (or the user's latest), else this browser's. */
	get radiusM(): number {
		return this.#settings.radius ?? this.#storedRadius;
	}
	/** What counts as covered (coverage-rule.ts); space only by default. The page keeps it in the link. */
	get coverageRule(): CoverageRule {
		return this.#settings.coverage;
	}
	private set coverageRule(rule: CoverageRule) {
		this.#settings.coverage = rule;
	}
	/** The site just deleted and where it stood, while its undo is offered. */
	lastRemoved = $state.raw<{ site: Site; index: number } | null>(null);
	/** Hexes styled inside/outside coverage and catchments drawn. */
	showCoverage = $state(false);
	places = $state<PlaceLayers>({ hospitals: false, schools: false, stations: false });
	/** True while the next map click adds a site. */
	picking = $state(false);
	/** The point the analyst clicked to add a site; the form opens with it. */
	pendingPoint = $state.raw<[lng: number, lat: number] | null>(null);
	selectedId = $state<string | null>(null);
	/** Row report of the last import (or the last form save that raised issues). */
	report = $state.raw<SiteReport | null>(null);
	reportSource = $state('');
	error = $state('');
	loaded = $state(false);

	private isInside: ((lng: number, lat: number) => boolean) | undefined;
	private undoTimer: ReturnType<typeof setTimeout> | undefined;
	private readonly undoMs: number;

	/** Another tab changed the sites: this list is read again from the store. */
	constructor(
		private readonly store: SitesStore,
		private readonly tabs: TabSync = NO_TAB_SYNC,
		options: SitesOptions = {}
	) {
		this.undoMs = options.undoMs ?? UNDO_MS;
		this.#settings = options.settings ?? new LocalRule();
		onTabMessage(tabs, 'sites', () => void this.load());
	}

	async load(): Promise<void> {
		try {
			const [sites, settings] = await Promise.all([this.store.loadSites(), this.store.loadSiteSettings()]);
			this.sites = sites;
			if (settings && settings.radiusM > 0) this.#storedRadius = settings.radiusM;
		} catch (error) {
			this.error = `Saved sites could not be read: ${(error as Error).message}`;
		} finally {
			this.loaded = true;
		}
	}

	/** The county outline (data/boundaries/outline.geojson, parsed), so sites outside it are reported. */
	setStudyArea(outline: unknown): void {
		this.isInside = studyAreaTest(outline);
	}

	/** Catchments of the sites running on a London date (null = every site), at the current radius, under the coverage rule. */
	catchments(activeOn: string | null): Catchment[] {
		return catchmentsOf(this.sites, { radiusM: this.radiusM, activeOn: activeOn ?? undefined, rule: this.coverageRule });
	}

	/** Sets the rule, with the margin kept to whole minutes from 0 to MAX_MARGIN_MINUTES. */
	setCoverageRule(rule: CoverageRule): void {
		const marginMinutes = Math.min(MAX_MARGIN_MINUTES, Math.max(0, Math.round(rule.marginMinutes) || 0));
		const next = { time: rule.time, marginMinutes, ages: rule.ages };
		// A new object only when something changed, so the requests that follow the rule are not repeated.
		const now = this.coverageRule;
		if (now.time !== next.time || now.marginMinutes !== next.marginMinutes || now.ages !== next.ages) this.coverageRule = next;
	}

	/** Called by the map when picking: ends picking and hands the point to the form. */
	pick(lngLat: [lng: number, lat: number]): void {
		this.pendingPoint = lngLat;
		// Ends picking after this click has reached every handler, so none of them reads it as its own.
		setTimeout(() => (this.picking = false), 0);
	}

	setRadius(metres: number): void {
		if (!Number.isFinite(metres) || metres <= 0) return;
		this.#settings.radius = metres;
		this.#storedRadius = metres;
		this.store.saveSiteSettings({ radiusM: metres }).catch((e: Error) => (this.error = `Radius not saved: ${e.message}`));
	}

	/** Shows the new list and writes only the sites that changed, so another tab's sites are never overwritten. */
	private async commit(sites: readonly Site[]): Promise<void> {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- throwaway lookups, never state
		const before = new Map(this.sites.map((s) => [s.id, JSON.stringify(s)]));
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- as above
		const after = new Set(sites.map((s) => s.id));
		const changed = sites.filter((s) => before.get(s.id) !== JSON.stringify(s));
		const removed = [...before.keys()].filter((id) => !after.has(id));
		this.sites = sites;
		try {
			await Promise.all([changed.length ? this.store.putSites(changed) : null, removed.length ? this.store.deleteSites(removed) : null]);
			this.error = '';
			this.tabs.post({ kind: 'sites' });
		} catch (error) {
			this.error = `Sites not saved in this browser: ${(error as Error).message}`;
		}
	}

	private ids(except?: string): ReadonlySet<string> {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway lookup, never state
		return new Set(this.sites.filter((s) => s.id !== except).map((s) => s.id));
	}

	/**
	 * Adds or replaces one site from form fields (validated like an imported row). Returns the report so
	 * the form can show why a row was refused; a refused row changes nothing.
	 */
	async save(raw: RawSite, replaceId: string | null): Promise<SiteImport> {
		this.dismissUndo();
		// The validator (turf, for area sites) loads with the first site saved or imported, not with the page.
		const { validateSites } = await import('$lib/analysis/sites/validate');
		const result = validateSites([{ ...raw, id: replaceId ?? '' }], {
			isInside: this.isInside,
			existingIds: this.ids(replaceId ?? undefined),
			firstRow: 1,
			// Time and a random tail: two tabs adding a site in the same millisecond still get two ids.
			newId: () => `site-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
		});
		const [site] = result.sites;
		if (site) {
			const next = replaceId ? this.sites.map((s) => (s.id === replaceId ? site : s)) : [...this.sites, site];
			await this.commit(next);
			this.selectedId = site.id;
		}
		return result;
	}

	/** Deletes a site (the panel asks first) and offers to put it back for undoMs, or until the next change. */
	async remove(id: string): Promise<void> {
		const index = this.sites.findIndex((s) => s.id === id);
		if (index < 0) return;
		this.dismissUndo();
		this.lastRemoved = { site: this.sites[index], index };
		this.undoTimer = setTimeout(() => this.dismissUndo(), this.undoMs);
		if (this.selectedId === id) this.selectedId = null;
		await this.commit(this.sites.filter((s) => s.id !== id));
	}

	/** Puts the last deleted site back where it stood, with the same id, here and in the browser's store. */
	async undoRemove(): Promise<void> {
		const removed = this.lastRemoved;
		this.dismissUndo();
		// Another tab may have added a site with that id meanwhile: then nothing is overwritten.
		if (!removed || this.sites.some((s) => s.id === removed.site.id)) return;
		const next = [...this.sites];
		next.splice(Math.min(removed.index, next.length), 0, removed.site);
		await this.commit(next);
	}

	/** Ends the offer to undo a delete. */
	dismissUndo(): void {
		clearTimeout(this.undoTimer);
		this.undoTimer = undefined;
		this.lastRemoved = null;
	}

	/** Reads a CSV or GeoJSON file's text; kept sites are added after the existing ones. */
	async importText(fileName: string, text: string): Promise<SiteReport> {
		this.dismissUndo();
		const isJson = /\.(geo)?json$/i.test(fileName) || text.trimStart().startsWith('{');
		// The readers (papaparse, turf) load with the first import, not with the page; the ids are read after.
		const parse = isJson ? (await import('$lib/analysis/sites/geojson')).parseSitesGeoJson : (await import('$lib/analysis/sites/csv')).parseSitesCsv;
		const result = parse(text, { isInside: this.isInside, existingIds: this.ids() });
		this.report = result.report;
		this.reportSource = fileName;
		if (result.sites.length > 0) await this.commit([...this.sites, ...result.sites]);
		return result.report;
	}

	/** Adds the illustrative starter sites, skipping any already present (by id), with a row report. */
	async addStarterSites(): Promise<SiteReport> {
		const { sitesToGeoJson } = await import('$lib/analysis/sites/geojson');
		return this.importText('starter-sites.geojson', JSON.stringify(sitesToGeoJson(STARTER_SITES.filter((s) => !this.ids().has(s.id)))));
	}

	/** The sites as CSV; the writer (papaparse) loads when first asked. */
	async csv(): Promise<string> {
		const { sitesToCsv } = await import('$lib/analysis/sites/csv');
		return sitesToCsv(this.sites);
	}

	async geojson(): Promise<string> {
		const { sitesToGeoJson } = await import('$lib/analysis/sites/geojson');
		return `${JSON.stringify(sitesToGeoJson(this.sites), null, 1)}\n`;
	}
}
