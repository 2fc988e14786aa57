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
	if (typeof v !== 'object') return String(v);
	try {
		return JSON.stringify(v);
	} catch {
		// JSON.stringify recurses: a value nested thousands deep cannot be written out, and is not a field anyone maps.
		return '[nested too deeply]';
	}
}

export interface GeoJsonReadOptions {
	/** Build fields for these properties only (the mapping's columns): they come first in `headers`, so a row holds nothing else. */
	only?: readonly string[];
	/** Read only the first features (detection needs a sample, not the file). */
	limit?: number;
}

/** A GeoJSON file's text parsed once, so detection and reading need not parse a large file twice. */
export type ParsedJson = { value: unknown } | { error: 'invalid_geojson'; detail: string };

export function parseJsonText(text: string): ParsedJson {
	try {
		return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
	} catch (e) {
		return { error: 'invalid_geojson', detail: e instanceof Error ? e.message : 'not JSON' };
	}
}

export function readGeoJsonRows(source: string | ParsedJson, options: GeoJsonReadOptions = {}): GeoJsonRows {
	const parsed = typeof source === 'string' ? parseJsonText(source) : source;
	if ('error' in parsed) return parsed;
	const { value } = parsed;
	if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
		return { error: 'invalid_geojson', detail: 'expected {"type":"FeatureCollection","features":[...]}' };
	}
	const features: unknown[] = options.limit === undefined ? value.features : value.features.slice(0, options.limit);
	// Every property name, once (linear in the keys); the mapped ones first (matched as the mapping matches a
	// header: trimmed, any case), so each row holds only those.
	const key = (h: string) => h.trim().toLowerCase();
	const only = options.only ? [...new Set(options.only.map(key))] : [];
	const headers: string[] = options.only ? [...only] : [];
	const seen = new Map<string, number>();
	for (const f of features) {
		if (!isRecord(f) || !isRecord(f.properties)) continue;
		for (const k of Object.keys(f.properties)) {
			if (seen.has(k)) continue;
			const slot = only.indexOf(key(k));
			if (slot >= 0 && !seen.has(headers[slot])) headers[slot] = k;
			seen.set(k, slot >= 0 ? slot : headers.push(k) - 1);
		}
	}
	// A mapped name no feature has stays blank, so the mapping check reports it missing.
	for (let s = 0; s < only.length; s++) if (!seen.has(headers[s])) headers[s] = '';
	const width = options.only ? only.length : headers.length;
	const built = headers.slice(0, width);
	const rows = features.map((f: unknown, i: number): GeoJsonRow => {
		const props = isRecord(f) && isRecord(f.properties) ? f.properties : {};
		const fields = built.map((h) => cellText(props[h]));
		return { line: i + 1, fields, point: isRecord(f) ? pointOf(f.geometry) : null };
	});
	return { headers, rows };
}
