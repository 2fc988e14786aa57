import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initialJs } from '../scripts/perf/browser';
import { waitForMap } from './helpers';

/** DESIGN.md section 7: initial JS (the entry's module graph) under 450 KB gzip; deck.gl waits for the basemap. */
const INITIAL_JS_BUDGET_BYTES = 450 * 1024;
const CHUNKS = 'build/_app/immutable/chunks';

/** Chunks holding deck.gl's rendering core (luma.gl names itself in its code). */
function deckChunks(): string[] {
	return readdirSync(CHUNKS)
		.filter((f) => f.endsWith('.js') && readFileSync(join(CHUNKS, f), 'utf8').includes('luma.gl'))
		.map((f) => `_app/immutable/chunks/${f}`);
}

test('the first paint needs under 450 KB gzip of JS, and deck.gl is fetched only after the map is ready', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const timing = await page.evaluate(() => {
		const ready = performance.getEntriesByName('hotspot-atlas:map-ready')[0].startTime;
		const scripts = performance
			.getEntriesByType('resource')
			.filter((e) => new URL(e.name).pathname.endsWith('.js'))
			.map((e) => ({ path: new URL(e.name).pathname.replace(/^\//, ''), start: e.startTime }));
		return { ready, scripts };
	});
	const before = timing.scripts.filter((s) => s.start <= timing.ready).map((s) => s.path);
	const js = initialJs('build', before);
	console.log(`initial JS ${(js.gzipBytes / 1024).toFixed(0)} KB gzip in ${js.files.length} files (the entry's module graph; MapLibre's worker ${(js.workerGzipBytes / 1024).toFixed(0)} KB more); map ready at ${timing.ready.toFixed(0)} ms`);
	expect(js.gzipBytes).toBeLessThan(INITIAL_JS_BUDGET_BYTES);
	const deck = deckChunks();
	expect(deck.length).toBeGreaterThan(0);
	expect(deck.filter((f) => js.files.includes(f))).toEqual([]);
	// After the basemap's first complete frame: loaded alongside the style it put map ready 0.4-0.7 s later (npm run perf).
	expect(deck.filter((f) => before.includes(f))).toEqual([]);
	expect(timing.scripts.some((s) => deck.includes(s.path))).toBe(true);
});
