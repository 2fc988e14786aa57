#!/usr/bin/env node
// Serves the static build (build/) on this machine only, optionally under a sub-path, the way any plain
// static file server would. Used by `npm start` and the end-to-end tests.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const prefix = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.pbf': 'application/x-protobuf',
	'.csv': 'text/csv; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm'
};

/** @param {string} pathname @returns {string | undefined} */
function fileFor(pathname) {
	if (!pathname.startsWith(`${prefix}/`)) return undefined;
	const relative = decodeURIComponent(pathname.slice(prefix.length));
	const file = resolve(join(root, relative));
	if (file !== root && !file.startsWith(root + sep)) return undefined;
	for (const candidate of [file, join(file, 'index.html')]) {
		try {
			if (statSync(candidate).isFile()) return candidate;
		} catch {
			// try the next candidate
		}
	}
	return undefined;
}

const server = createServer((req, res) => {
	const { pathname } = new URL(req.url ?? '/', 'http://localhost');
	if (prefix && pathname === prefix) {
		res.writeHead(301, { Location: `${prefix}/` });
		return res.end();
	}
	const file = fileFor(pathname);
	if (!file) {
		res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
		return res.end(`Not found: ${pathname}`);
	}
	const immutable = file.includes(`${sep}_app${sep}immutable${sep}`);
	res.writeHead(200, {
		'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
		'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
	createReadStream(file)
		.on('error', (error) => {
			// A file removed or unreadable mid-request: end the response rather than crash the server.
			console.error(`Could not read ${file}: ${error.message}`);
			res.destroy(error);
		})
		.pipe(res);
});

server.listen(port, host, () => {
	console.log(`Hotspot Atlas: http://${host}:${port}${prefix}/ (serving ${root})`);
});
