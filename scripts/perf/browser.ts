/**
 * The browser half of `npm run perf`: start-up against the bare-map floors, the default dataset's hexagons,
 * initial JS, a large import with the filter changes after it, long tasks, and how far a tab goes (time and
 * peak memory at 2,000,000 and 5,000,000 rows). Headless Chromium with software WebGL, as the e2e tests use.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_PAINT_MARK, MAP_READY_MARK, PAINT_MARK } from '../../src/lib/map/paint-marks';
import { median } from '../bench/timing';
import { prepareServedCopy } from './floor-pages';
import { sampleRendererMemory } from './renderer-memory';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update'];
const VIEWPORT = { width: 1600, height: 900 };

export interface ServedApp {
	url: string;
	pages: { empty: string; style: string; styleJson: string };
	stop(): void;
}

/** Serves a copy of build/ with the floor pages added, on this machine only. */
export async function serveApp(buildDir: string, workDir: string, port: number): Promise<ServedApp> {
	const root = join(workDir, 'served');
	const pages = prepareServedCopy(buildDir, root);
	const server: ChildProcess = spawn(process.execPath, ['scripts/serve-static.mjs', root], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
	const url = `http://127.0.0.1:${port}/`;
	for (let i = 0; i < 100; i++) {
		const ok = await fetch(url).then((r) => r.ok).catch(() => false);
		if (ok) return { url, pages, stop: () => server.kill() };
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill();
	throw new Error(`the static server did not answer on ${url}`);
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

async function freshPage(browser: Browser): Promise<Page> {
	// A new context each time: an empty HTTP cache, as a first visit has.
	const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'Europe/London', locale: 'en-GB' });
	const page = await context.newPage();
	// tsx (esbuild, keepNames) wraps named functions in __name(); the callbacks sent to the page need it too.
	await page.addInitScript('globalThis.__name = (f) => f;');
	await page.addInitScript(() => {
		const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
		w.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	return page;
}

async function closePage(page: Page): Promise<void> {
	await page.context().close();
}

function markTime(page: Page, name: string, timeoutMs: number): Promise<number> {
	return page
		.waitForFunction((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? false, name, { timeout: timeoutMs, polling: 50 })
		.then((h) => h.jsonValue() as Promise<number>);
}

async function floorReady(browser: Browser, url: string): Promise<number> {
	const page = await freshPage(browser);
	await page.goto(url);
	const t = await markTime(page, 'perf:map-ready', 60_000);
	await closePage(page);
	return t;
}

export interface StartupRun {
	appReadyMs: number;
	hexesMs: number;
	longTasks: number[];
	/** JS files the page fetched before the map was ready (paths). */
	scriptsBeforeReady: string[];
}

async function appStartup(browser: Browser, url: string): Promise<StartupRun> {
	const page = await freshPage(browser);
	await page.goto(url);
	const appReadyMs = await markTime(page, MAP_READY_MARK, 60_000);
	const hexesMs = await markTime(page, FIRST_PAINT_MARK, 120_000);
	const { longTasks, scriptsBeforeReady } = await page.evaluate((ready) => {
		const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
		const scripts = performance
			.getEntriesByType('resource')
			.filter((e) => e.startTime <= ready && new URL(e.name).pathname.endsWith('.js'))
			.map((e) => new URL(e.name).pathname);
		return { longTasks: w.__longTasks.filter((t) => t.start <= ready).map((t) => Math.round(t.duration)), scriptsBeforeReady: scripts };
	}, appReadyMs);
	await closePage(page);
	return { appReadyMs, hexesMs, longTasks, scriptsBeforeReady };
}

/** The running app's style, as MapLibre holds it: what the "app's style" floor page loads. */
async function captureAppStyle(browser: Browser, url: string, target: string): Promise<void> {
	const page = await freshPage(browser);
	await page.goto(url);
	await markTime(page, MAP_READY_MARK, 60_000);
	const style = await page.evaluate(() => JSON.stringify(window.__hotspotAtlas!.map.getStyle()));
	writeFileSync(target, style);
	await closePage(page);
}

export interface StartupFigures {
	runs: number;
	emptyMs: number;
	styleMs: number;
	appReadyMs: number;
	hexesAfterReadyMs: number;
	/** Long tasks before map ready in the median run. */
	longTasks: number[];
	scriptsBeforeReady: string[];
}

/** Each page `runs` times, interleaved, so a slow patch of the machine hits all three alike; medians. */
export async function measureStartup(browser: Browser, app: ServedApp, runs: number): Promise<StartupFigures> {
	await captureAppStyle(browser, app.url, app.pages.styleJson);
	// One unmeasured load of each warms the browser's own caches (shaders, fonts), as a second visit would.
	await floorReady(browser, app.url + app.pages.empty);
	await appStartup(browser, app.url);
	const empty: number[] = [];
	const style: number[] = [];
	const apps: StartupRun[] = [];
	for (let r = 0; r < runs; r++) {
		empty.push(await floorReady(browser, app.url + app.pages.empty));
		style.push(await floorReady(browser, app.url + app.pages.style));
		apps.push(await appStartup(browser, app.url));
	}
	const byReady = [...apps].sort((a, b) => a.appReadyMs - b.appReadyMs);
	const mid = byReady[byReady.length >> 1];
	return {
		runs,
		emptyMs: median(empty),
		styleMs: median(style),
		appReadyMs: median(apps.map((a) => a.appReadyMs)),
		hexesAfterReadyMs: median(apps.map((a) => a.hexesMs - a.appReadyMs)),
		longTasks: mid.longTasks,
		scriptsBeforeReady: mid.scriptsBeforeReady
	};
}

export interface InitialJs {
	/** gzip bytes (level 9) of the entry's static module graph: the modules index.html preloads, all run before anything is drawn. */
	gzipBytes: number;
	files: string[];
	/** gzip bytes of MapLibre's worker, fetched for the first paint too but run off the main thread (reported beside). */
	workerGzipBytes: number;
}

const gzipOf = (buildDir: string, f: string) => gzipSync(readFileSync(join(buildDir, f)), { level: 9 }).length;

/** What the first paint needs, read from the build: index.html's module graph, and the MapLibre worker it starts. */
export function initialJs(buildDir: string, scriptsBeforeReady: readonly string[]): InitialJs {
	const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
	const files = [...new Set([...html.matchAll(/href="\.\/([^"]+\.js)"/g)].map((m) => m[1]))];
	const worker = scriptsBeforeReady.filter((p) => p.includes('/workers/maplibre-gl-worker')).map((p) => p.replace(/^\//, ''));
	return {
		gzipBytes: files.reduce((sum, f) => sum + gzipOf(buildDir, f), 0),
		files,
		workerGzipBytes: worker.reduce((sum, f) => sum + gzipOf(buildDir, f), 0)
	};
}

/** Waits until the page's first dataset is shown and the import button is free. */
async function settled(page: Page): Promise<void> {
	await page.getByTestId('dataset-label').waitFor({ timeout: 120_000 });
	await page.waitForFunction(() => !(document.querySelector('[data-testid="import-files"]') as HTMLInputElement | null)?.disabled, null, { timeout: 120_000 });
	await markTime(page, FIRST_PAINT_MARK, 120_000);
}

export interface ImportFigures {
	rows: number;
	fileBytes: number;
	/** From the page handling the chosen file to the worker's answer (user-timing marks). */
	importMs: number;
	/** Until the row report showed. */
	wallMs: number;
	peakRendererBytes: number;
	longTasksDuringImport: number[];
}

/** Imports one file through the file picker and waits for its row report; the page stays open for filtering. */
async function importFile(page: Page, path: string, rows: number): Promise<ImportFigures> {
	const memory = sampleRendererMemory();
	const t0 = Date.now();
	await page.getByTestId('import-files').setInputFiles(path);
	await page.getByTestId('row-report').getByTestId('report-rows-read').filter({ hasText: rows.toLocaleString('en-GB') }).waitFor({ timeout: 600_000 });
	await page.waitForFunction(() => window.__hotspotAtlas?.view().settled === true, null, { timeout: 600_000 });
	const wallMs = Date.now() - t0;
	const peakRendererBytes = memory.stop();
	const { importMs, longTasks } = await page.evaluate(() => {
		const at = (n: string) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN;
		const chosen = at('hotspot-atlas:import-chosen');
		const received = at('hotspot-atlas:import-received');
		const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
		const during = w.__longTasks.filter((t) => t.start + t.duration >= chosen && t.start <= received).map((t) => Math.round(t.duration));
		return { importMs: received - chosen, longTasks: during };
	});
	const { size } = await import('node:fs').then((fs) => fs.statSync(path));
	return { rows, fileBytes: size, importMs, wallMs, peakRendererBytes, longTasksDuringImport: longTasks };
}

export interface FilterPaintFigures {
	/** Click to the next frame drawn with the new hexagons, per change. */
	paintMs: number[];
	/** Request to answer in the analysis worker, per change. */
	workerMs: number[];
	longTasks: number[];
}

/** Ticks month boxes one at a time and times each change to its painted frame (also the import e2e's measure). */
export async function filterChanges(page: Page): Promise<FilterPaintFigures> {
	return page.evaluate(
		async ({ labels, paintMark }) => {
			const atlas = window.__hotspotAtlas!;
			const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
			const paintMs: number[] = [];
			const workerMs: number[] = [];
			const start = performance.now();
			for (const label of labels) {
				const box = document.querySelector('[data-testid="filter-months"]')!;
				const input = [...box.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)!.querySelector('input')!;
				const before = atlas.view().version;
				const t0 = performance.now();
				input.click();
				for (let v = atlas.view(); !(v.version > before && v.settled); v = atlas.view()) await new Promise((r) => setTimeout(r, 2));
				for (let m = performance.getEntriesByName(paintMark).at(-1); !m || m.startTime < t0; m = performance.getEntriesByName(paintMark).at(-1)) {
					await new Promise((r) => requestAnimationFrame(r));
				}
				paintMs.push(performance.getEntriesByName(paintMark).at(-1)!.startTime - t0);
				workerMs.push(atlas.view().cubeMs);
			}
			const longTasks = w.__longTasks.filter((t) => t.start >= start).map((t) => Math.round(t.duration));
			return { paintMs, workerMs, longTasks };
		},
		{ labels: ['Jan', 'Feb', 'Mar', 'Jan', 'Feb', 'Mar', 'Apr', 'Apr'], paintMark: PAINT_MARK }
	);
}

/** Opens the app, waits for the demo, imports the file, then (optionally) times filter changes. */
export async function measureImport(browser: Browser, url: string, path: string, rows: number, withFilters: boolean): Promise<{ import: ImportFigures; filters: FilterPaintFigures | null }> {
	const page = await freshPage(browser);
	try {
		await page.goto(url);
		await settled(page);
		const figures = await importFile(page, path, rows);
		const filters = withFilters ? await filterChanges(page) : null;
		return { import: figures, filters };
	} finally {
		await closePage(page);
	}
}
