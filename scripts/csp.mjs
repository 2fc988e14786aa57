// The Content Security Policy every page is built with (svelte.config.js writes it as a <meta> tag with the
// hashes of SvelteKit's inline scripts) and the static server repeats as a header. Nothing may be fetched from
// another host unless the build names it: the offline promise is enforced by the browser, not only by the code.

/**
 * Origins a build may connect to for an online basemap: the origin of ATLAS_BASEMAP_STYLE_URL and any in
 * ATLAS_BASEMAP_HOSTS (comma-separated, for tiles, glyphs and sprites served from other hosts).
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function basemapOrigins(env) {
	const urls = [env.ATLAS_BASEMAP_STYLE_URL ?? '', ...(env.ATLAS_BASEMAP_HOSTS ?? '').split(',')].map((s) => s.trim()).filter(Boolean);
	const origins = urls.map((u) => {
		const url = new URL(u);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`basemap host must be http(s): ${u}`);
		return url.origin;
	});
	return [...new Set(origins)];
}

/**
 * The policy's directives in SvelteKit's form. style-src allows inline styles: MapLibre and Svelte set style
 * attributes at run time, and SvelteKit adds no hashes when 'unsafe-inline' is present. Under `vite dev` only,
 * WebAssembly may compile: the unbundled deck.gl geo-layers start a loaders.gl WebAssembly module that the
 * production build leaves out.
 * @param {Record<string, string | undefined>} env
 * @param {{ dev?: boolean }} [options]
 */
export function cspDirectives(env, { dev = false } = {}) {
	const online = basemapOrigins(env);
	return {
		'default-src': ['self'],
		'script-src': dev ? ['self', 'wasm-unsafe-eval'] : ['self'],
		'style-src': ['self', 'unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:', ...online],
		'font-src': ['self'],
		'connect-src': ['self', 'data:', 'blob:', ...online],
		'worker-src': ['self', 'blob:'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['none']
	};
}
