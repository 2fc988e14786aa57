/**
 * Place-based intervention sites (issue 9): a point (a youth club, an A&E navigator's hospital) or an
 * area (a patrol zone, a taskforce area), with the programme it belongs to and when it runs.
 */
import type { LngLat } from '../geometry/lng-lat';

/** Programme types, in the order lists and legends show them; "other" keeps anything unrecognised. */
export const PROGRAMME_TYPES = [
	'community-sport',
	'youth-outreach',
	'ae-navigator',
	'alcohol-care-team',
	'school-programme',
	'hotspot-patrol',
	'taskforce-area',
	'transport-hub',
	'other'
] as const;
export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];

export const PROGRAMME_LABELS: Readonly<Record<ProgrammeType, string>> = {
	'community-sport': 'Community sport',
	'youth-outreach': 'Youth club / outreach',
	'ae-navigator': 'A&E navigator',
	'alcohol-care-team': 'Alcohol care team',
	'school-programme': 'School programme',
	'hotspot-patrol': 'Hotspot patrol',
	'taskforce-area': 'Taskforce area',
	'transport-hub': 'Transport hub',
	other: 'Other'
};

/** Audience age bands offered in the form; free text is kept as typed. */
export const AUDIENCE_BANDS = ['all ages', '0-9', '10-17', '18-24', '10-24', '25+'] as const;

/** Straight-line catchment of a point site when the site does not set its own (issue 9: 800 m). */
export const DEFAULT_RADIUS_M = 800;


export type SiteGeometry =
	| { readonly type: 'Point'; readonly coordinates: LngLat }
	| { readonly type: 'Polygon'; readonly coordinates: readonly (readonly LngLat[])[] }
	| { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly (readonly LngLat[])[])[] };

export interface Site {
	/** Stable id: kept from the file when given and unique, otherwise made up. */
	readonly id: string;
	readonly name: string;
	readonly programme: ProgrammeType;
	readonly operator: string;
	/** Inclusive London calendar dates "YYYY-MM-DD"; null = open-ended. */
	readonly start: string | null;
	readonly end: string | null;
	/** Opening days and hours as the operator states them, e.g. "Fri-Sat 20:00-03:00". */
	readonly hours: string;
	readonly audience: string;
	readonly notes: string;
	/**
	 * Catchment radius in metres. Point sites: null = the panel's radius. Area sites: null = the polygon
	 * only; a number also covers everything within that distance of the polygon's edge.
	 */
	readonly radiusM: number | null;
	readonly geometry: SiteGeometry;
}

export function isAreaSite(site: Pick<Site, 'geometry'>): boolean {
	return site.geometry.type !== 'Point';
}

/** True when a site runs on a London date ("YYYY-MM-DD"); ISO dates compare correctly as strings. */
export function isActiveOn(site: Pick<Site, 'start' | 'end'>, date: string): boolean {
	return (site.start === null || site.start <= date) && (site.end === null || site.end >= date);
}

/** A representative point: the point itself, or the mean of an area's outer-ring vertices (for labels, distances in lists). */
export function anchorOf(geometry: SiteGeometry): LngLat {
	if (geometry.type === 'Point') return geometry.coordinates;
	const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0][0];
	// The closing vertex repeats the first, so it is left out of the mean.
	const n = Math.max(1, ring.length - 1);
	let lng = 0;
	let lat = 0;
	for (let i = 0; i < n; i++) {
		lng += ring[i][0];
		lat += ring[i][1];
	}
	return [lng / n, lat / n];
}
