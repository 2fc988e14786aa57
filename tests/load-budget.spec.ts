import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { waitForMap } from './helpers';

/** DESIGN.md section 7: initial JS under 700 KB gzip; deck.gl must arrive after the first paint. */
const INITIAL_JS_BUDGET_BYTES = 700 * 1024;

test('first paint loads under the JS budget and deck.gl only afterwards', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const timing = await page.evaluate(() => {
		const ready = performance.getEntriesByName('hotspot-atlas:map-ready')[0].startTime;
		const scripts = performance
			.getEntriesByType('resource')
			.filter((e) => new URL(e.name).pathname.endsWith('.js'))
			.map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }));
		return { ready, scripts };
	});
	const gzipKb = (paths: string[]) => paths.reduce((sum, p) => sum + gzipSync(readFileSync(`build${p}`)).length, 0) / 1024;
	// The MapLibre worker runs off the main thread but is still downloaded for the first paint, so it counts.
	const initial = timing.scripts.filter((s) => s.start <= timing.ready).map((s) => s.path);
	const later = timing.scripts.filter((s) => s.start > timing.ready).map((s) => s.path);
	console.log(
		`initial JS ${gzipKb(initial).toFixed(0)} KB gzip (${initial.length} files); map ready at ${timing.ready.toFixed(0)} ms; ` +
			`after first paint ${gzipKb(later).toFixed(0)} KB gzip (${later.length} files)`
	);
	expect(gzipKb(initial) * 1024).toBeLessThan(INITIAL_JS_BUDGET_BYTES);
	expect(later.length).toBeGreaterThan(0);
});
