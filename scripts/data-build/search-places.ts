/**
 * Towns and villages for place search: the map's place labels (GeoNames with repairs, with tiers and
 * populations) plus the ONS Index of Place Names built-up areas and localities, cleaned and de-duplicated.
 */
import type { Feature, Point } from 'geojson';
import { DISTRICTS } from '../../src/lib/analysis/geography/districts';
import { metresBetween } from '../../src/lib/analysis/geometry/bng';
import { normaliseName } from '../../src/lib/analysis/search/normalise';
import type { PlaceLabel } from './place-labels';

export type PlaceSource = 'label' | 'locality' | 'built-up-area';

export interface PlaceCandidate {
	readonly name: string;
	/** PlaceSize: label tier 1-4, 5 built-up area, 6 locality. */
	readonly size: number;
	readonly point: readonly [number, number];
	readonly population: number | null;
	readonly source: PlaceSource;
}

/** Same name within this distance is one place: split built-up areas' parts lie up to 6 km apart. */
export const SAME_PLACE_M = 6000;

export const SIZE_BUILT_UP_AREA = 5;
export const SIZE_LOCALITY = 6;

/** The IPN's qualifiers that are district names ("Minster (Swale)"). */
const DISTRICT_NAMES = new Set(DISTRICTS.map((d) => d.name));

/**
 * "Ashford (Ashford)" -> "Ashford": the IPN's district qualifier goes, since results name the district anyway.
 * "Barns, New" -> "New Barns": a one-word tail after a comma is an inverted prefix; longer tails are lists
 * ("Longfield, New Ash Green and Hartley") and stay.
 */
export function cleanIpnName(name: string): string {
	const qualifier = /^(.*\S)\s*\(([^)]+)\)$/.exec(name);
	const base = qualifier && DISTRICT_NAMES.has(qualifier[2]) ? qualifier[1] : name;
	const inverted = /^(.*\S),\s*(\S+)$/.exec(base);
	return inverted ? `${inverted[2]} ${inverted[1]}` : base;
}

/** The IPN's built-up areas (parts split by district merged at their mean point) and localities. */
export function ipnCandidates(rows: readonly Record<string, string>[]): { candidates: PlaceCandidate[]; invertedDropped: number } {
	// The IPN lists some places twice under one code, once with the name inverted ("Alkham, South"): keep the plain one.
	const namesPerCode = new Map<string, number>();
	for (const r of rows) namesPerCode.set(r.ipn_code, (namesPerCode.get(r.ipn_code) ?? 0) + 1);
	const isInvertedTwin = (r: Record<string, string>) => r.name.includes(', ') && (namesPerCode.get(r.ipn_code) ?? 0) > 1;
	const localities = rows.filter((r) => r.descnm === 'LOC');
	const candidates: PlaceCandidate[] = localities
		.filter((r) => !isInvertedTwin(r))
		.map((r) => ({ name: cleanIpnName(r.name), size: SIZE_LOCALITY, point: [Number(r.lon), Number(r.lat)], population: null, source: 'locality' }));
	const parts = new Map<string, Record<string, string>[]>();
	for (const r of rows.filter((x) => x.descnm === 'BUA' && !isInvertedTwin(x))) parts.set(r.name, [...(parts.get(r.name) ?? []), r]);
	for (const [name, group] of parts) {
		const mean = (key: string) => group.reduce((s, r) => s + Number(r[key]), 0) / group.length;
		candidates.push({ name: cleanIpnName(name), size: SIZE_BUILT_UP_AREA, point: [mean('lon'), mean('lat')], population: null, source: 'built-up-area' });
	}
	const invertedDropped = rows.filter((r) => (r.descnm === 'LOC' || r.descnm === 'BUA') && isInvertedTwin(r)).length;
	return { candidates, invertedDropped };
}

export function labelCandidates(labels: readonly Feature<Point, PlaceLabel>[]): PlaceCandidate[] {
	return labels.map((l) => ({
		name: l.properties.name,
		size: l.properties.tier,
		point: [l.geometry.coordinates[0], l.geometry.coordinates[1]],
		population: l.properties.population,
		source: 'label'
	}));
}

/** Labels' points first (chosen for the map), then localities' (a named centre), then built-up areas' (a mean of parts). */
const SOURCE_ORDER: Record<PlaceSource, number> = { label: 0, locality: 1, 'built-up-area': 2 };

function priority(a: PlaceCandidate, b: PlaceCandidate): number {
	return (
		SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] ||
		a.size - b.size ||
		(b.population ?? 0) - (a.population ?? 0) ||
		(a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
		a.point[0] - b.point[0] ||
		a.point[1] - b.point[1]
	);
}

/**
 * One place per name and neighbourhood: a candidate with the same normalised name as a kept one within
 * SAME_PLACE_M is merged into it, lending its size class when larger (a locality that is also a built-up area
 * is a village).
 */
export function mergePlaces(candidates: readonly PlaceCandidate[]): { places: PlaceCandidate[]; merged: number } {
	const kept: PlaceCandidate[] = [];
	const byName = new Map<string, number[]>();
	let merged = 0;
	for (const candidate of [...candidates].sort(priority)) {
		const key = normaliseName(candidate.name);
		const same = (byName.get(key) ?? []).find((i) => metresBetween(kept[i].point[0], kept[i].point[1], candidate.point[0], candidate.point[1]) <= SAME_PLACE_M);
		if (same === undefined) {
			byName.set(key, [...(byName.get(key) ?? []), kept.length]);
			kept.push(candidate);
			continue;
		}
		merged++;
		if (candidate.size < kept[same].size) kept[same] = { ...kept[same], size: candidate.size };
	}
	return { places: kept, merged };
}
