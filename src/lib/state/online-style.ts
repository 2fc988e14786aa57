/** The result of checking a user's online basemap style URL. */
export type StyleUrlCheck = { ok: true; url: string } | { ok: false; error: string };

/**
 * The origins the page's Content-Security-Policy lets it connect to besides itself (its connect-src), which a
 * build names through ATLAS_BASEMAP_STYLE_URL or ATLAS_BASEMAP_HOSTS; null when the page has no policy (dev).
 */
export function allowedOrigins(policy: string | null): string[] | null {
	if (policy === null) return null;
	const connect = policy
		.split(';')
		.map((d) => d.trim().split(/\s+/))
		.find(([name]) => name.toLowerCase() === 'connect-src');
	const origins: string[] = [];
	for (const source of connect?.slice(1) ?? []) {
		try {
			const url = new URL(source);
			if (url.protocol === 'https:' || url.protocol === 'http:') origins.push(url.origin);
		} catch {
			// 'self', data:, blob: and wildcards are not online basemap hosts.
		}
	}
	return origins;
}

/**
 * Checks an online MapLibre style URL a user typed. Empty means "use the offline basemap".
 * Only http(s) is accepted, and only on a host the build allows (null: any): anything else would fail later
 * inside MapLibre, blocked by the browser, with a less clear message.
 */
export function checkStyleUrl(input: string, allowed: readonly string[] | null = null): StyleUrlCheck {
	const text = input.trim();
	if (text === '') return { ok: true, url: '' };
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return { ok: false, error: `"${text}" is not a URL. Give the full address of a style.json, starting https://` };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return { ok: false, error: `Only http and https style URLs are supported, not ${url.protocol}` };
	}
	if (allowed && !allowed.includes(url.origin)) {
		const hosts = allowed.length > 0 ? `only to ${allowed.join(', ')}` : 'to no map server';
		return { ok: false, error: `This copy of the app may connect ${hosts}, so ${url.host} would be blocked. Whoever builds it can allow a host (ATLAS_BASEMAP_STYLE_URL or ATLAS_BASEMAP_HOSTS).` };
	}
	return { ok: true, url: url.href };
}
