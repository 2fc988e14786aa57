import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { dataDirPlugin } from './scripts/vite/data-dir-plugin';

export default defineConfig({
	define: {
		// The version every figure and export names, so a board paper can be traced to the code that made it.
		__APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version),
		// A user with internet may choose an online basemap at build time; the default stays offline.
		__ATLAS_BASEMAP_STYLE_URL__: JSON.stringify(process.env.ATLAS_BASEMAP_STYLE_URL ?? '')
	},
	plugins: [sveltekit(), dataDirPlugin({ dataDir: 'data', base: process.env.BASE_PATH ?? '' })],
	// maplibre-gl 6 is ESM with its own worker bundle; pre-bundling it breaks the worker URL.
	optimizeDeps: { exclude: ['maplibre-gl'] },
	build: {
		chunkSizeWarningLimit: 1500,
		rollupOptions: {
			// h3-js sets nothing up at import but declares no "sideEffects", so a module the page imports for a
			// constant would otherwise pull all 65 KB gzip of it into the first load (the worker uses it in full).
			treeshake: { moduleSideEffects: (id) => !/[\\/]node_modules[\\/]h3-js[\\/]/.test(id) }
		}
	},
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Nothing may depend on the machine's time zone: run the suite far from Europe/London.
		env: { TZ: 'America/Los_Angeles' },
		testTimeout: 60_000
	}
});
