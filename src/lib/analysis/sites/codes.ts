/** Issues a site row can raise: codes for tests and logic, messages in one table (STYLE.md habit 2). */

/** Codes that reject the row: nothing usable could be kept, or keeping it would mislead. */
export const SITE_REJECT_CODES = ['missing_geometry', 'bad_coordinates', 'bad_geometry', 'bad_date', 'end_before_start', 'bad_radius', 'duplicate'] as const;
/** Codes that keep the row with a note. */
export const SITE_WARNING_CODES = ['missing_name', 'unknown_programme', 'outside_area', 'duplicate_id', 'geometry_repaired', 'unreadable_hours', 'unreadable_audience'] as const;

export type SiteRejectCode = (typeof SITE_REJECT_CODES)[number];
export type SiteWarningCode = (typeof SITE_WARNING_CODES)[number];
export type SiteIssueCode = SiteRejectCode | SiteWarningCode;

export const SITE_MESSAGES: Readonly<Record<SiteIssueCode, string>> = {
	missing_geometry: 'No location: give lng and lat, or a GeoJSON geometry for an area',
	bad_coordinates: 'Coordinates are not valid longitude/latitude',
	bad_geometry: 'Geometry is not a Point, Polygon or MultiPolygon with closed rings',
	bad_date: 'Date not understood (use dd/mm/yyyy or yyyy-mm-dd)',
	end_before_start: 'End date is before the start date',
	bad_radius: 'Radius must be a number of metres from 0 to 20,000',
	duplicate: 'Duplicate of an earlier row (same name, programme, place and dates)',
	missing_name: 'No name: kept as "Unnamed site"',
	unknown_programme: 'Programme type not recognised: kept as "Other" with a note',
	outside_area: 'Lies outside Kent & Medway: kept, but it covers no study-area incidents unless its catchment reaches in',
	duplicate_id: 'Id already used: kept with a new id',
	geometry_repaired: 'Area outline crosses itself: split where it crosses into simple parts (turf unkink), the parts kept as one area',
	unreadable_hours: 'Opening hours not understood (write e.g. "Fri-Sat 20:00-03:00" or "Tue, Thu 16:00-19:00"): kept as typed, but under the hours rule the site covers no time',
	unreadable_audience: 'Audience ages not understood (write e.g. "10-17", "18+" or "all ages"): kept as typed, but under the ages rule the site covers no one'
};

export function isRejectCode(code: SiteIssueCode): code is SiteRejectCode {
	return (SITE_REJECT_CODES as readonly string[]).includes(code);
}

export interface SiteIssue {
	/** Row in the file: CSV line-like number (header = 1) or GeoJSON feature number from 1. */
	row: number;
	code: SiteIssueCode;
	/** The offending value or the row it duplicates. */
	detail: string;
}

export interface SiteReport {
	/** Rows read = kept + rejected. */
	rows: number;
	kept: number;
	rejected: number;
	issues: SiteIssue[];
	/** Set when the file could not be read at all (then rows = 0). */
	fileError?: string;
}
