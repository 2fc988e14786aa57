/**
 * Finds police.uk's columns by header name, so reordered or extra columns still read.
 */

export interface PoliceUkColumns {
	readonly month: number;
	readonly lng: number;
	readonly lat: number;
	readonly crimeType: number;
	/** Number of header fields; a row with another count is malformed. */
	readonly fieldCount: number;
}

export const REQUIRED_HEADERS = { month: 'month', lng: 'longitude', lat: 'latitude', crimeType: 'crime type' } as const;

/** Column indices, or the list of missing header names. */
export function resolvePoliceUkHeader(fields: readonly string[]): PoliceUkColumns | { missing: string[] } {
	const names = fields.map((f) => f.trim().toLowerCase());
	const at = (name: string) => names.indexOf(name);
	const missing = Object.values(REQUIRED_HEADERS).filter((n) => at(n) === -1);
	if (missing.length > 0) return { missing };
	return {
		month: at(REQUIRED_HEADERS.month),
		lng: at(REQUIRED_HEADERS.lng),
		lat: at(REQUIRED_HEADERS.lat),
		crimeType: at(REQUIRED_HEADERS.crimeType),
		fieldCount: fields.length
	};
}
