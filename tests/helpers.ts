import type { Page } from '@playwright/test';

/** Records console errors, failed requests and every URL the page asks for. */
export function watchPage(page: Page) {
	const consoleErrors: string[] = [];
	const requests: string[] = [];
	const responses: { url: string; status: number }[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') consoleErrors.push(msg.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
	page.on('request', (request) => requests.push(request.url()));
	page.on('response', (response) => responses.push({ url: response.url(), status: response.status() }));
	return { consoleErrors, requests, responses };
}

/** Waits until the map has drawn a complete first frame and the deck.gl overlay is attached. */
export async function waitForMap(page: Page): Promise<void> {
	await page.locator('body[data-map-ready="true"]').waitFor({ timeout: 30_000 });
	await page.locator('[data-overlay="ready"]').waitFor({ timeout: 30_000 });
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = window.__hotspotAtlas!.map;
				if (map.loaded() && !map.isMoving()) resolve();
				else map.once('idle', () => resolve());
			})
	);
}

/** District codes and place-label names MapLibre has actually drawn in the current view. */
export async function renderedFeatures(page: Page) {
	return page.evaluate(() => {
		const map = window.__hotspotAtlas!.map;
		const query = (layer: string) => (map.getLayer(layer) ? map.queryRenderedFeatures({ layers: [layer] }) : []);
		const districts = query('district-fill').map((f) => String(f.properties.code));
		const places = query('place-labels').map((f) => String(f.properties.name));
		const districtLabels = query('district-labels').map((f) => String(f.properties.code));
		return { districts: [...new Set(districts)].sort(), places: [...new Set(places)], districtLabels: [...new Set(districtLabels)] };
	});
}
