import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** What src/lib/analysis must never import: it runs in Node, in a worker and in the CLI alike. */
const OUTWARD_IMPORTS = [
	{ group: ['svelte', 'svelte/*', '*.svelte', '$app/*', '$env/*'], message: 'analysis/ is pure TypeScript: no Svelte or SvelteKit.' },
	{ group: ['maplibre-gl', 'maplibre-gl/*', '@deck.gl/*', '@luma.gl/*'], message: 'analysis/ must not depend on map libraries.' },
	{ group: ['$lib/map/*', '$lib/components/*', '$lib/state/*', '$lib/workers/*', '**/map/*', '**/components/*', '**/state/*', '**/workers/*'], message: 'Imports point inward: analysis/ imports nothing outside itself.' },
	{ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'analysis/ also runs in the browser: do file I/O in scripts/.' }
];

/** H3 children do not nest exactly inside their parent: every resolution's cell is latLngToCell of the point itself. */
const PARENT_CELLS = {
	name: 'h3-js',
	importNames: ['cellToParent'],
	message: 'Never derive a coarser cell with cellToParent (6.9% of police.uk points land in a neighbouring res-8 hexagon): use latLngToCell of the point at each resolution.'
};

/**
 * The layering (DESIGN.md section 1): imports point inward only.
 *   routes -> components and map -> state -> workers (the client) ; workers -> service -> analysis
 *   state and workers -> storage (the browser database) -> the service's ports and analysis types
 * components/ and map/ read state and never reach the worker, the service or storage; state/ never imports
 * the map or components; service/ imports only analysis/ (storage is passed in); storage/ imports only
 * analysis/ and the service's ports; analysis/ imports nothing outside itself.
 */
const UI_OUTWARD = [
	{ group: ['$lib/workers', '$lib/workers/*', '$lib/service', '$lib/service/*', '$lib/storage', '$lib/storage/*', '**/workers/*', '**/service/*', '**/storage/*'], message: 'components/ and map/ read state: they never import the worker, the service or the browser store.' }
];
const SERVICE_OUTWARD = [
	{ group: ['$lib/workers', '$lib/workers/*', '$lib/state', '$lib/state/*', '$lib/map', '$lib/map/*', '$lib/components', '$lib/components/*', '$lib/storage', '$lib/storage/*', '**/workers/*', '**/state/*', '**/map/*', '**/components/*', '**/storage/*', 'svelte', 'svelte/*', '$app/*'], message: 'service/ imports only analysis/: the worker today and a server tomorrow both wrap it, passing storage in.' }
];
const STORAGE_OUTWARD = [
	{ group: ['$lib/workers', '$lib/workers/*', '$lib/state', '$lib/state/*', '$lib/map', '$lib/map/*', '$lib/components', '$lib/components/*', '$lib/service/atlas-service', '**/workers/*', '**/state/*', '**/map/*', '**/components/*', 'svelte', 'svelte/*', '$app/*'], message: 'storage/ implements the service ports over IndexedDB: it imports only analysis/ and the ports.' }
];
const STATE_OUTWARD = [
	{ group: ['$lib/map', '$lib/map/*', '$lib/components', '$lib/components/*', '**/map/*', '**/components/*'], message: 'state/ never imports the map or components: they read state, not the other way round.' }
];

/** Browser globals analysis code must not touch. */
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'indexedDB'];

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			// TypeScript checks names itself, and knows the globals that app.d.ts declares.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// The page's shallow-routing URLs are its own path (built with resolve('/')) plus the view query.
			'svelte/no-navigation-without-resolve': ['error', { ignorePushState: true, ignoreReplaceState: true }]
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte', 'scripts/**/*.ts'],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: [PARENT_CELLS] }]
		}
	},
	{
		files: ['src/lib/components/**/*.ts', 'src/lib/components/**/*.svelte', 'src/lib/map/**/*.ts', 'src/lib/map/**/*.svelte', 'src/lib/figure/**/*.ts', 'src/lib/exports/**/*.ts'],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: [PARENT_CELLS], patterns: UI_OUTWARD }]
		}
	},
	{
		files: ['src/lib/service/**/*.ts'],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: [PARENT_CELLS], patterns: SERVICE_OUTWARD }],
			// Storage and data files are passed in, so the service runs in a worker, in Node and on a server.
			'no-restricted-globals': ['error', ...DOM_GLOBALS]
		}
	},
	{
		files: ['src/lib/storage/**/*.ts'],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: [PARENT_CELLS], patterns: STORAGE_OUTWARD }]
		}
	},
	{
		files: ['src/lib/state/**/*.ts'],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: [PARENT_CELLS], patterns: STATE_OUTWARD }]
		}
	},
	{
		files: ['src/lib/analysis/**/*.ts'],
		ignores: ['src/lib/analysis/**/*.test.ts', 'src/lib/analysis/**/*.bench.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: [PARENT_CELLS], patterns: OUTWARD_IMPORTS }],
			'no-restricted-globals': ['error', ...DOM_GLOBALS]
		}
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'data/', 'test-results/', 'playwright-report/', 'screenshots/', '.cache/']
	}
);
