/**
 * A GeoJSON FeatureCollection as rows: each feature's properties become columns (in order of first
 * appearance) and its Point geometry the coordinate. A row's "line" is its 1-based feature number.
 */

export interface GeoJsonRow {
	/** 1-based feature number, reported where delimited files report a line. */
	line: number;
	fields: string[];
	/** [lng, lat] of a Point; null for any other geometry (rejected as not_a_point). */
	point: [number, number] | null;
}

export type GeoJsonRows = { headers: string[]; rows: GeoJsonRow[] } | { error: 'invalid_geojson'; detail: string };

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function pointOf(geometry: unknown): [number, number] | null {
	if (!isRecord(geometry) || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) return null;
	const [lng, lat] = geometry.coordinates;
	return typeof lng === 'number' && typeof lat === 'number' ? [lng, lat] : null;
}

/** Property values as the text a CSV cell would hold; objects as JSON, null as empty. */
function cellText(v: unknown): string {
	if (v === null || v === undefined) return '';
	return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export function readGeoJsonRows(text: string): GeoJsonRows {
	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		return { error: 'invalid_geojson', detail: e instanceof Error ? e.message : 'not JSON' };
	}
	if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
		return { error: 'invalid_geojson', detail: 'expected {"type":"FeatureCollection","features":[...]}' };
	}
	const headers: string[] = [];
	const seen = new Map<string, number>();
	for (const f of value.features) {
		if (!isRecord(f) || !isRecord(f.properties)) continue;
		for (const k of Object.keys(f.properties)) if (!seen.has(k)) seen.set(k, headers.push(k) - 1);
	}
	const rows = value.features.map((f: unknown, i: number): GeoJsonRow => {
		const props = isRecord(f) && isRecord(f.properties) ? f.properties : {};
		const fields = headers.map((h) => cellText(props[h]));
		return { line: i + 1, fields, point: isRecord(f) ? pointOf(f.geometry) : null };
	});
	return { headers, rows };
}
