#!/usr/bin/env node
// `npm start` runs this first: the committed data/ normally exists, so only a checkout without it
// (or with a file missing) rebuilds the derived artifacts from the raw open data.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const manifest = 'data/manifest.json';
const missing = !existsSync(manifest)
	? [manifest]
	: Object.keys(JSON.parse(readFileSync(manifest, 'utf8')).artifacts)
			.map((p) => (p.startsWith('data/') ? p : `data/${p}`))
			.filter((p) => !existsSync(p));

if (missing.length === 0) process.exit(0);
console.log(`data/ is incomplete (missing ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}): running npm run data:build`);
const result = spawnSync('npm', ['run', 'data:build'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
