/**
 * The start-up floors `npm run perf` measures the app against, in the same browser and run: a bare MapLibre page
 * with an empty style, and one loading the app's own style (taken from the running map). Both are written into a
 * copy of the build, so they are served by the same static server, from the same origin, as the app.
 */
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FLOOR_DIR = '__perf';

const MAPLIBRE_FILES = ['maplibre-gl.mjs', 'maplibre-gl-shared.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'];

/** A page that creates one map filling a 1600 x 900 window and records when its first complete frame is drawn. */
function floorPage(styleExpression: string): string {
	return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>perf floor</title>
<link rel="stylesheet" href="./maplibre-gl.css">
<style>html,body,#map{margin:0;width:100%;height:100%}</style></head>
<body><div id="map"></div>
<script type="module">
import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', location.href).href);
const style = ${styleExpression};
const map = new maplibregl.Map({ container: 'map', style, bounds: [[0.02, 50.9], [1.465, 51.5]], attributionControl: false });
map.once('idle', () => { performance.mark('perf:map-ready'); document.body.dataset.ready = 'true'; });
</script></body></html>`;
}

/** Copies build/ to `target` and adds the floor pages; returns the page paths relative to the server root. */
export function prepareServedCopy(buildDir: string, target: string): { empty: string; style: string; styleJson: string } {
	cpSync(buildDir, target, { recursive: true });
	const dir = join(target, FLOOR_DIR);
	mkdirSync(dir, { recursive: true });
	for (const f of MAPLIBRE_FILES) copyFileSync(join('node_modules/maplibre-gl/dist', f), join(dir, f));
	writeFileSync(join(dir, 'empty.html'), floorPage(`{ version: 8, sources: {}, layers: [] }`));
	writeFileSync(join(dir, 'style.html'), floorPage(`await (await fetch('./app-style.json')).json()`));
	return { empty: `${FLOOR_DIR}/empty.html`, style: `${FLOOR_DIR}/style.html`, styleJson: join(dir, 'app-style.json') };
}
