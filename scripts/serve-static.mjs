#!/usr/bin/env node
// Serves the static build (build/) on this machine only, optionally under a sub-path, the way any plain
// static file server would. Used by `npm start` and the end-to-end tests. Any page the user visits can send
// requests to it, so a malformed one gets a 400 and never stops it, only GET and HEAD are served, files are
// never followed out of the build by a link, and responses carry the headers a static host should add.
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
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

/** Sent with every response: no sniffing, no referrer, no plug-ins, no device APIs (the policy is added per file). */
const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'
};

/** The Content-Security-Policy a page was built with (its <meta> tag), or '' when it has none. @param {string} html */
function builtPolicy(html) {
	const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	return m ? m[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&') : '';
}

/** frame-ancestors works only as a header (browsers ignore it in a <meta> tag): no page of the app may be framed. */
const FRAMING = "frame-ancestors 'none'";
/** The policy for files that are not pages (scripts, workers, data): the start page's, which workers inherit by header. */
const rootPolicy = (() => {
	try {
		return builtPolicy(readFileSync(join(root, 'index.html'), 'utf8'));
	} catch {
		return '';
	}
})();
/** @type {Map<string, string>} */
const pagePolicies = new Map();

/** The policy header for a file: a page's own (its script hashes differ), or the start page's. @param {string} file */
function policyFor(file) {
	let policy = rootPolicy;
	if (extname(file) === '.html') {
		if (!pagePolicies.has(file)) pagePolicies.set(file, builtPolicy(readFileSync(file, 'utf8')));
		policy = pagePolicies.get(file) ?? '';
	}
	return policy ? `${policy}; ${FRAMING}` : `${FRAMING}; object-src 'none'; base-uri 'self'`;
}

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

/**
 * What to send for a file: the build's precompressed .br or .gz beside it when the client takes that encoding,
 * else text gzipped on the fly, else the file as it is.
 * @param {string} file @param {string} accept @returns {{ path: string, encoding: 'br' | 'gzip' | '' }}
 */
function encodedFile(file, accept) {
	const takes = (/** @type {string} */ name) => new RegExp(`(^|[\\s,])${name}(?![\\w-])(?!;q=0(\\.0*)?(\\s|,|$))`).test(accept);
	for (const [encoding, ext] of /** @type {const} */ ([['br', '.br'], ['gzip', '.gz']])) {
		if (takes(encoding) && isFile(file + ext)) return { path: file + ext, encoding };
	}
	return { path: file, encoding: COMPRESSIBLE.has(extname(file)) && takes('gzip') ? 'gzip' : '' };
}

/** @param {string} path */
function isFile(path) {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} text @param {Record<string, string>} [extra] */
function plain(res, status, text, extra = {}) {
	res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Security-Policy': policyFor(''), 'Content-Type': 'text/plain; charset=utf-8', ...extra });
	res.end(text);
}

const server = createServer((req, res) => {
	try {
		if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Only GET and HEAD are served.\n', { Allow: 'GET, HEAD' });
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		if (prefix && pathname === prefix) {
			res.writeHead(301, { ...SECURITY_HEADERS, 'Content-Security-Policy': policyFor(''), Location: `${prefix}/` });
			return res.end();
		}
		const file = fileFor(pathname);
		if (!file) return plain(res, 404, `Not found: ${pathname}\n`);
		const immutable = file.includes(`${sep}_app${sep}immutable${sep}`);
		const { path, encoding } = encodedFile(file, String(req.headers['accept-encoding'] ?? ''));
		res.writeHead(200, {
			...SECURITY_HEADERS,
			'Content-Security-Policy': policyFor(file),
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			Vary: 'Accept-Encoding',
			...(encoding && { 'Content-Encoding': encoding }),
			...(path !== file || !encoding ? { 'Content-Length': String(statSync(path).size) } : {})
		});
		if (req.method === 'HEAD') return res.end();
		const stream = createReadStream(path).on('error', (error) => {
			// A file removed or unreadable mid-request: end the response rather than crash the server.
			console.error(`Could not read ${path}: ${error.message}`);
			res.destroy(error);
		});
		(encoding === 'gzip' && path === file ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
	} catch {
		// A malformed request (e.g. "/%" or "//[") cannot name a file: answer it, and keep serving.
		if (!res.headersSent) plain(res, 400, 'Bad request.\n');
		else res.destroy();
	}
});

server.listen(port, host, () => {
	console.log(`Hotspot Atlas: http://${host}:${port}${prefix}/ (serving ${root})`);
});
