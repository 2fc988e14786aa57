/**
 * The optional area_type column: a check on the area named, never a way to change it. Each label lists
 * the levels it may describe, since sources disagree (ONS calls Kent County Council's area a "county").
 */
import type { AggregateArea, AreaLevel } from './areas';

const LA: readonly AreaLevel[] = ['local_authority', 'district'];

const AREA_TYPES = new Map<string, readonly AreaLevel[]>(Object.entries({
	county: ['county', 'local_authority'],
	kent_and_medway: ['county'],
	study_area: ['county'],
	total: ['county'],
	icb: ['county'],
	integrated_care_board: ['county'],
	local_authority: LA,
	la: LA,
	utla: LA,
	upper_tier: LA,
	upper_tier_local_authority: LA,
	county_council: ['local_authority'],
	cty: ['local_authority'],
	ltla: ['district'],
	lad: ['district'],
	lower_tier_local_authority: ['district'],
	local_authority_district: ['district'],
	district: ['district'],
	unitary: ['district'],
	unitary_authority: ['district'],
	ua: ['district'],
	borough: ['district'],
	// A one-district CSP resolves to its district.
	csp: ['csp', 'district'],
	community_safety_partnership: ['csp', 'district'],
	lsoa: ['lsoa'],
	lsoa21: ['lsoa'],
	lsoa2021: ['lsoa'],
	lsoa_2021: ['lsoa']
} satisfies Record<string, readonly AreaLevel[]>));

export function normaliseAreaType(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

/** null when the type fits the area (or is blank); otherwise the row error to report. */
export function checkAreaType(text: string, area: AggregateArea): 'unknown_area_type' | 'area_type_mismatch' | null {
	const key = normaliseAreaType(text);
	if (key === '') return null;
	const levels = AREA_TYPES.get(key);
	if (!levels) return 'unknown_area_type';
	return levels.includes(area.level) ? null : 'area_type_mismatch';
}
