// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** Online basemap style URL fixed at build time (ATLAS_BASEMAP_STYLE_URL); empty for the offline basemap. */
	const __ATLAS_BASEMAP_STYLE_URL__: string;
	/** package.json's version, fixed at build time. */
	const __APP_VERSION__: string;

	interface Window {
		/** Handle for end-to-end tests and power users' consoles: the page's one map. */
		__hotspotAtlas?: {
			map: import('maplibre-gl').Map;
			/** What the map shows now: for end-to-end tests and analysts' consoles; read-only. */
			view: () => { query: string; dataset: string | null; shown: number | null; resolution: number | null; topCells: string[]; cubeMs: number; settled: boolean; version: number };
		};
	}

	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
