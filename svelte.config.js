import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { cspDirectives } from './scripts/csp.mjs';

/** Optional sub-path for hosting, e.g. BASE_PATH=/atlas when served from https://host/atlas/. */
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// precompress writes .br and .gz beside each text file; the server picks one by Accept-Encoding.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true, precompress: true }),
		paths: { base, relative: true },
		// Prerendered pages get the policy as a <meta> tag with their inline scripts' hashes; the server repeats it as a header.
		csp: { mode: 'hash', directives: cspDirectives(process.env, { dev: process.argv.includes('dev') }) }
	}
};

export default config;
