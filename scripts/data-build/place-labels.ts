/**
 * Place labels: the GeoNames-derived tiers with their known errors repaired (PROVENANCE-basemap-places.md
 * B4/B5) and towns GeoNames lacks added from the ONS Index of Place Names.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { roundPosition } from './geography/coords';
import { failOnProblems } from './checks';

export interface PlaceLabel {
	name: string;
	/** 1 = largest towns (shown first) ... 4 = villages. */
	tier: number;
	population: number | null;
}

/**
 * Repairs to GeoNames rows, keyed by geonameid. GeoNames' figures for these are copied or inflated:
 * Longfield and Hartley are villages of a few thousand, and the Ashford-district Stone is a hamlet on
 * the Isle of Oxney carrying the Dartford Stone's figure.
 */
const GEONAMES_FIXES: Record<string, { name: string; tier: number; population: null }> = {
	'2643696': { name: 'Longfield', tier: 3, population: null },
	'2647398': { name: 'Hartley', tier: 3, population: null },
	'2636826': { name: 'Stone', tier: 4, population: null }
};

/**
 * Towns and suburbs missing from GeoNames cities500, placed at their ONS IPN 2022 "Locality" point.
 * The IPN has no population, so tiers are set by hand from the places' size relative to the tiered towns.
 */
const IPN_ADDITIONS: readonly { name: string; ipn: string; district: string; tier: number }[] = [
	{ name: 'Northfleet', ipn: 'IPN0051855', district: 'E07000109', tier: 2 },
	{ name: 'Walderslade', ipn: 'IPN0074759', district: 'E06000035', tier: 3 },
	{ name: 'Cliftonville', ipn: 'IPN0015748', district: 'E07000114', tier: 3 },
	{ name: 'Minster', ipn: 'IPN0048011', district: 'E07000113', tier: 3 },
	{ name: 'Walmer', ipn: 'IPN0074930', district: 'E07000108', tier: 3 },
	{ name: 'Bearsted', ipn: 'IPN0084725', district: 'E07000110', tier: 3 },
	{ name: 'Sandgate', ipn: 'IPN0061286', district: 'E07000112', tier: 4 },
	{ name: 'Coxheath', ipn: 'IPN0092254', district: 'E07000110', tier: 4 },
	{ name: 'New Ash Green', ipn: 'IPN0050056', district: 'E07000111', tier: 4 }
];

export function placeLabelRepairs(): { fixes: typeof GEONAMES_FIXES; additions: typeof IPN_ADDITIONS } {
	return { fixes: GEONAMES_FIXES, additions: IPN_ADDITIONS };
}

export function buildPlaceLabels(geonames: FeatureCollection, ipn: Record<string, string>[]): Feature<Point, PlaceLabel>[] {
	const labels: Feature<Point, PlaceLabel>[] = [];
	const seenFixes = new Set<string>();
	for (const f of geonames.features) {
		const p = f.properties ?? {};
		const fix = GEONAMES_FIXES[String(p.geonameid)];
		if (fix) {
			if (fix.name !== p.name) failOnProblems('place labels', [{ code: 'mismatch', message: `geonameid ${p.geonameid} is ${p.name}, expected ${fix.name}` }]);
			seenFixes.add(String(p.geonameid));
		}
		const population = typeof p.population === 'number' ? p.population : null;
		labels.push({
			type: 'Feature',
			properties: { name: String(p.name), tier: fix?.tier ?? Number(p.tier), population: fix ? fix.population : population },
			geometry: { type: 'Point', coordinates: roundPosition((f.geometry as Point).coordinates) }
		});
	}
	const missing = Object.keys(GEONAMES_FIXES).filter((id) => !seenFixes.has(id));
	const byIpn = new Map(ipn.map((r) => [r.ipn_code, r]));
	const problems = missing.map((id) => ({ code: 'missing' as const, message: `GeoNames row ${id} to repair not found` }));
	for (const add of IPN_ADDITIONS) {
		const row = byIpn.get(add.ipn);
		if (!row || row.name !== add.name || row.lad_cd !== add.district || row.descnm !== 'LOC') {
			problems.push({ code: 'missing', message: `IPN ${add.ipn} is not the ${add.name} locality in ${add.district}` });
			continue;
		}
		if (labels.some((l) => l.properties.name === add.name)) {
			problems.push({ code: 'missing', message: `${add.name} is already labelled; drop it from IPN_ADDITIONS` });
		}
		labels.push({
			type: 'Feature',
			properties: { name: add.name, tier: add.tier, population: null },
			geometry: { type: 'Point', coordinates: roundPosition([Number(row.lon), Number(row.lat)]) }
		});
	}
	failOnProblems('place labels', problems);
	// Tier first so a renderer's draw order matches importance; name and position make it total.
	const key = (l: Feature<Point, PlaceLabel>) => `${l.properties.tier}\u0000${l.properties.name}\u0000${l.geometry.coordinates.join(',')}`;
	return labels.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
