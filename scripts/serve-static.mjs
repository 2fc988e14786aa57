#!/usr/bin/env node
// Serves the static build (build/) on this machine only, optionally under a sub-path, the way any plain
// static file server would. Used by `npm start` and the end-to-end tests. Any page the user visits can send
// requests to it, so a malformed one gets a 400 and never stops it, only GET and HEAD are served, files are
// never followed out of the build by a link, and responses carry the headers a static host should add.
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const root = realpathSync(resolve(process.argv[2] ?? 'build'));
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

/** Text worth compressing: the 1.3 MB MapLibre chunk goes out at about a quarter of its size. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.csv', '.md', '.txt']);

/** Sent with every response: no sniffing, no referrer, no framing, no plug-ins, no device APIs. */
const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'
};

/** @param {string} pathname @returns {string | undefined} */
function fileFor(pathname) {
	if (!pathname.startsWith(`${prefix}/`)) return undefined;
	const relative = decodeURIComponent(pathname.slice(prefix.length));
	const file = resolve(join(root, relative));
	const inside = (/** @type {string} */ f) => f === root || f.startsWith(root + sep);
	if (!inside(file)) return undefined;
	for (const candidate of [file, join(file, 'index.html')]) {
		try {
			// A symbolic link is followed only when it ends inside the build.
			if (statSync(candidate).isFile() && inside(realpathSync(candidate))) return candidate;
		} catch {
			// try the next candidate
		}
	}
	return undefined;
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} text @param {Record<string, string>} [extra] */
function plain(res, status, text, extra = {}) {
	res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
	res.end(text);
}

const server = createServer((req, res) => {
	try {
		if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Only GET and HEAD are served.\n', { Allow: 'GET, HEAD' });
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		if (prefix && pathname === prefix) {
			res.writeHead(301, { ...SECURITY_HEADERS, Location: `${prefix}/` });
			return res.end();
		}
		const file = fileFor(pathname);
		if (!file) return plain(res, 404, `Not found: ${pathname}\n`);
		const immutable = file.includes(`${sep}_app${sep}immutable${sep}`);
		const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		res.writeHead(200, {
			...SECURITY_HEADERS,
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			Vary: 'Accept-Encoding',
			...(gzip && { 'Content-Encoding': 'gzip' })
		});
		if (req.method === 'HEAD') return res.end();
		const stream = createReadStream(file).on('error', (error) => {
			// A file removed or unreadable mid-request: end the response rather than crash the server.
			console.error(`Could not read ${file}: ${error.message}`);
			res.destroy(error);
		});
		(gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
	} catch {
		// A malformed request (e.g. "/%" or "//[") cannot name a file: answer it, and keep serving.
		if (!res.headersSent) plain(res, 400, 'Bad request.\n');
		else res.destroy();
	}
});

server.listen(port, host, () => {
	console.log(`Hotspot Atlas: http://${host}:${port}${prefix}/ (serving ${root})`);
});
