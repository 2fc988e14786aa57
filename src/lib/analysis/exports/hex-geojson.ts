/** The map's hexagon counts as GeoJSON polygons, under disclosure control, with the header block as metadata. */
import { cellToBoundary } from 'h3-js';
import { discloseCount } from '../disclosure/disclosure';
import { headerEntries, type ExportContext } from './export-header';

export function hexCountsGeoJson(cells: readonly string[], counts: ArrayLike<number>, resolution: number, ctx: ExportContext): string {
	const features = [];
	for (let i = 0; i < cells.length; i++) {
		if (!counts[i]) continue;
		const shown = discloseCount(counts[i], ctx.disclosure);
		const ring = cellToBoundary(cells[i], true).map(([lng, lat]) => [Number(lng.toFixed(6)), Number(lat.toFixed(6))]);
		features.push({ type: 'Feature', properties: { h3: cells[i], resolution, incidents: shown.value, incidents_text: shown.text }, geometry: { type: 'Polygon', coordinates: [ring] } });
	}
	// "metadata" is a foreign member (RFC 7946 section 6.1): GIS tools keep the features and ignore it.
	return JSON.stringify({ type: 'FeatureCollection', name: `hexagon-counts-res${resolution}`, metadata: Object.fromEntries(headerEntries(ctx)), features });
}
