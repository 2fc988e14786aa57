import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';

/** MIME types for the files `data/` holds; anything else is served as bytes. */
const MIME: Record<string, string> = {
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.csv': 'text/csv; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.pbf': 'application/x-protobuf'
};

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? listFiles(path) : [path];
	});
}

/** Serves `<base>/data/*` from the repo's data/ in dev and preview, without exposing anything outside it. */
function middleware(dataDir: string, base: string): Connect.NextHandleFunction {
	const prefix = `${base.replace(/\/$/, '')}/data/`;
	return (req, res, next) => {
		const [path, query] = (req.url ?? '').split('?');
		// Vite's own module requests (e.g. /data/attribution.json?import) carry a query: leave them to Vite.
		if (query !== undefined) return next();
		const url = decodeURIComponent(path);
		if (!url.startsWith(prefix)) return next();
		const file = resolve(dataDir, url.slice(prefix.length));
		if (!file.startsWith(dataDir + sep)) return next();
		let size: number;
		try {
			const stat = statSync(file);
			if (!stat.isFile()) return next();
			size = stat.size;
		} catch {
			res.statusCode = 404;
			return res.end('Not found');
		}
		res.setHeader('Content-Type', MIME[extname(file)] ?? 'application/octet-stream');
		res.setHeader('Content-Length', size);
		createReadStream(file).pipe(res);
	};
}

/**
 * Publishes the committed `data/` folder at `<base>/data/` so the map can fetch boundaries, glyphs and
 * sprites from its own origin; in a build the files are emitted next to the app, keeping it offline.
 */
export function dataDirPlugin(options: { dataDir: string; base: string }): Plugin {
	const dataDir = resolve(options.dataDir);
	return {
		name: 'hotspot-atlas:data-dir',
		configureServer(server) {
			server.middlewares.use(middleware(dataDir, options.base));
		},
		configurePreviewServer(server) {
			server.middlewares.use(middleware(dataDir, options.base));
		},
		generateBundle() {
			// Only the client build is published; the server build never serves files.
			if (this.environment?.config.build.ssr) return;
			for (const file of listFiles(dataDir)) {
				const fileName = `data/${relative(dataDir, file).split(sep).join('/')}`;
				this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
			}
		}
	};
}
