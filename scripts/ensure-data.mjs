#!/usr/bin/env node
// `npm start` runs this first: the committed data/ normally exists, so only a checkout without it
// (or with a file missing) rebuilds the derived artifacts from the raw open data.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const manifest = 'data/manifest.json';
const tileInfo = 'data/basemap/tiles/tiles.json';

/** The manifest lists tiles.json, not each basemap tile, so a tile gone missing shows as a count short of tiles.json's. */
function missingTiles() {
	if (!existsSync(tileInfo)) return [];
	const expected = JSON.parse(readFileSync(tileInfo, 'utf8')).files.count;
	const found = readdirSync('data/basemap/tiles', { recursive: true }).filter((p) => String(p).endsWith('.pbf')).length;
	return found === expected ? [] : [`${expected - found} of ${expected} basemap tiles`];
}

const missing = !existsSync(manifest)
	? [manifest]
	: [
			...Object.keys(JSON.parse(readFileSync(manifest, 'utf8')).artifacts)
				.map((p) => (p.startsWith('data/') ? p : `data/${p}`))
				.filter((p) => !existsSync(p)),
			...missingTiles()
		];

if (missing.length === 0) process.exit(0);
console.log(`data/ is incomplete (missing ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}): running npm run data:build`);
const result = spawnSync('npm', ['run', 'data:build'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
