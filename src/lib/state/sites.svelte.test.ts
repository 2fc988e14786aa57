import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Site } from '$lib/analysis/sites/model';
import { STARTER_SITES } from '$lib/analysis/sites/starter-sites';
import type { SitesStore } from '$lib/storage/sites-store';
import type { TabMessage, TabSync } from '$lib/storage/tab-sync';
import { SitesState } from './sites.svelte';

function memoryStore(initial: Site[] = []) {
	const saved = { sites: initial, radius: null as number | null, writes: 0 };
	const store: SitesStore = {
		loadSites: async () => saved.sites,
		putSites: async (sites) => {
			saved.writes += sites.length;
			const ids = new Set(sites.map((s) => s.id));
			saved.sites = [...saved.sites.filter((s) => !ids.has(s.id)), ...sites];
		},
		deleteSites: async (ids) => void (saved.sites = saved.sites.filter((s) => !ids.includes(s.id))),
		loadSiteSettings: async () => (saved.radius === null ? null : { radiusM: saved.radius }),
		saveSiteSettings: async (s) => void (saved.radius = s.radiusM)
	};
	return { store, saved };
}

describe('SitesState', () => {
	it('saves a form site, refuses a bad one without changing anything, and deletes', async () => {
		const { store, saved } = memoryStore();
		const state = new SitesState(store);
		await state.load();
		const good = await state.save({ name: 'Club', programme: 'community-sport', lng: '0.52', lat: '51.38' }, null);
		expect(good.report.rejected).toBe(0);
		expect(saved.sites.map((s) => s.name)).toEqual(['Club']);
		const bad = await state.save({ name: 'Club 2', lng: '0.52', lat: '51.38', start: '02/02/2025', end: '01/01/2025' }, null);
		expect(bad.report.issues.map((i) => i.code)).toEqual(['end_before_start']);
		expect(state.sites).toHaveLength(1);
		const id = state.sites[0].id;
		await state.save({ name: 'Club renamed', programme: 'community-sport', lng: '0.52', lat: '51.38' }, id);
		expect(state.sites.map((s) => [s.id, s.name])).toEqual([[id, 'Club renamed']]);
		await state.remove(id);
		expect(saved.sites).toEqual([]);
	});

	it('writes only the sites that changed, so a site another tab added is never overwritten', async () => {
		const { store, saved } = memoryStore();
		const state = new SitesState(store);
		await state.load();
		await state.save({ name: 'Mine', programme: 'community-sport', lng: '0.52', lat: '51.38' }, null);
		// Another tab adds a site this tab has not read.
		saved.sites = [...saved.sites, { ...saved.sites[0], id: 'other-tab', name: 'Theirs' }];
		const writes = saved.writes;
		await state.save({ name: 'Mine too', programme: 'youth-outreach', lng: '0.53', lat: '51.39' }, null);
		expect(saved.writes - writes).toBe(1);
		await state.remove(state.sites[0].id);
		expect(saved.sites.map((s) => s.name).sort()).toEqual(['Mine too', 'Theirs']);
	});

	it('imports a CSV with a row report, flags sites outside Kent & Medway, and adds starter sites once', async () => {
		const state = new SitesState(memoryStore().store);
		state.setStudyArea(JSON.parse(readFileSync('data/boundaries/outline.geojson', 'utf8')));
		const report = await state.importText('sites.csv', 'name,programme,lng,lat\nA,patrol,0.52,51.38\nLondon,patrol,-0.12,51.5\n,patrol,,\n');
		expect(report).toMatchObject({ rows: 3, kept: 2, rejected: 1 });
		expect(report.issues.map((i) => [i.row, i.code])).toEqual([
			[3, 'outside_area'],
			[4, 'missing_geometry'],
			[4, 'missing_name']
		]);
		await state.addStarterSites();
		await state.addStarterSites();
		expect(state.sites).toHaveLength(2 + STARTER_SITES.length);
		expect(state.catchments('2023-01-01')).toHaveLength(2);
		expect(state.catchments(null)).toHaveLength(2 + STARTER_SITES.length);
	});

	it('keeps the radius and ends picking with the clicked point', async () => {
		const { store, saved } = memoryStore();
		const state = new SitesState(store);
		state.setRadius(600);
		state.setRadius(-1);
		expect(state.radiusM).toBe(600);
		expect(saved.radius).toBe(600);
		state.picking = true;
		state.pick([0.5, 51.3]);
		expect(state.pendingPoint).toEqual([0.5, 51.3]);
		// Still picking while the same click reaches the map's other handlers; over by the next task.
		expect(state.picking).toBe(true);
		await new Promise((r) => setTimeout(r, 0));
		expect(state.picking).toBe(false);
	});
});

describe('deleting a site', () => {
	const three = async (undoMs = 10_000) => {
		const { store, saved } = memoryStore();
		const state = new SitesState(store, undefined, { undoMs });
		await state.load();
		for (const name of ['A', 'B', 'C']) await state.save({ name, programme: 'community-sport', lng: '0.52', lat: '51.38' }, null);
		return { state, saved };
	};

	it('can be undone: the site comes back where it stood, with the same id, in the store too', async () => {
		const { state, saved } = await three();
		const b = state.sites[1];
		state.selectedId = b.id;
		await state.remove(b.id);
		expect(state.sites.map((s) => s.name)).toEqual(['A', 'C']);
		expect(saved.sites.map((s) => s.name).sort()).toEqual(['A', 'C']);
		expect(state.selectedId).toBeNull();
		expect(state.lastRemoved?.site).toEqual(b);
		await state.undoRemove();
		expect(state.sites).toEqual([state.sites[0], b, state.sites[2]]);
		expect(state.sites.map((s) => s.name)).toEqual(['A', 'B', 'C']);
		expect(saved.sites.find((s) => s.id === b.id)).toEqual(b);
		expect(state.lastRemoved).toBeNull();
	});

	it('stops offering the undo after its time, or at the next change', async () => {
		vi.useFakeTimers();
		try {
			const { state } = await three(5000);
			await state.remove(state.sites[0].id);
			vi.advanceTimersByTime(4999);
			expect(state.lastRemoved?.site.name).toBe('A');
			vi.advanceTimersByTime(1);
			expect(state.lastRemoved).toBeNull();
			await state.undoRemove();
			expect(state.sites.map((s) => s.name)).toEqual(['B', 'C']);
			await state.remove(state.sites[0].id);
			await state.save({ name: 'D', programme: 'community-sport', lng: '0.52', lat: '51.38' }, null);
			expect(state.lastRemoved).toBeNull();
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('the coverage rule', () => {
	it('is space only by default and goes into the catchments, with the margin kept in range', async () => {
		const state = new SitesState(memoryStore().store);
		await state.save({ name: 'Club', programme: 'community-sport', lng: '0.52', lat: '51.38', hours: 'Tue 16:00-19:00', audience: '10-17' }, null);
		expect(state.coverageRule).toEqual({ time: false, marginMinutes: 0, ages: false });
		expect(state.catchments(null)[0]).toMatchObject({ hours: null, ages: null });
		state.setCoverageRule({ time: true, marginMinutes: 60, ages: false });
		// Tuesday 15:00-20:00 in minutes of the week.
		expect(state.catchments(null)[0]).toMatchObject({ hours: [1440 + 900, 1440 + 1200], ages: null });
		state.setCoverageRule({ time: true, marginMinutes: 100_000, ages: true });
		expect(state.coverageRule.marginMinutes).toBe(240);
		expect(state.catchments(null)[0].ages).toBe(0b0010);
		const before = state.coverageRule;
		state.setCoverageRule({ ...before });
		expect(state.coverageRule).toBe(before);
	});
});

describe('SitesState in two tabs', () => {
	it("writes only its own changes and reads the other tab's when told, so neither tab's sites are lost", async () => {
		const { store, saved } = memoryStore();
		// Two tabs on one store, joined as BroadcastChannel joins them: each hears the other's messages, not its own.
		const listeners: ((m: TabMessage) => void)[][] = [[], []];
		const tab = (i: number): TabSync => ({ post: (m) => listeners[1 - i].forEach((f) => f(m)), listen: (f) => (listeners[i].push(f), () => {}), close() {} });
		const a = new SitesState(store, tab(0));
		const b = new SitesState(store, tab(1));
		await Promise.all([a.load(), b.load()]);
		await a.save({ name: 'Club A', programme: 'community-sport', lng: '0.52', lat: '51.38' }, null);
		await new Promise((r) => setTimeout(r, 5));
		await b.save({ name: 'Club B', programme: 'community-sport', lng: '0.53', lat: '51.38' }, null);
		await new Promise((r) => setTimeout(r, 5));
		expect(saved.sites.map((s) => s.name).sort()).toEqual(['Club A', 'Club B']);
		expect(a.sites.map((s) => s.name).sort()).toEqual(['Club A', 'Club B']);
		await b.remove(b.sites.find((s) => s.name === 'Club A')!.id);
		await new Promise((r) => setTimeout(r, 5));
		expect(a.sites.map((s) => s.name)).toEqual(['Club B']);
	});
});
