/**
 * The absolute URL of the app's published `data/` folder, e.g. "http://host/atlas/data/".
 * MapLibre needs absolute sprite and glyph URLs, and the app may be hosted under any sub-path.
 */
export function resolveDataUrl(base: string, pageHref: string): string {
	const root = new URL(base.endsWith('/') ? base : `${base}/`, pageHref);
	return new URL('data/', root).href;
}
