/** The result of checking a user's online basemap style URL. */
export type StyleUrlCheck = { ok: true; url: string } | { ok: false; error: string };

/**
 * Checks an online MapLibre style URL a user typed. Empty means "use the offline basemap".
 * Only http(s) is accepted: anything else would fail later inside MapLibre with a less clear message.
 */
export function checkStyleUrl(input: string): StyleUrlCheck {
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
	return { ok: true, url: url.href };
}
