/**
 * A site's catchment, compiled once so a test per point is a bounding-box check and then one distance or
 * one point-in-polygon. Rule (documented in the panel): a point site covers everything within its radius
 * (great-circle); an area site covers its polygon, plus everything within its own radius of the edge when
 * it sets one. The panel's radius applies to point sites only, so a drawn area means what was drawn.
 * Under a coverage rule with hours or ages the catchment also carries when and whom the site reaches.
 */
import { ringsContain, type FlatRings } from '../spatial/point-in-polygon';
import { readAudience } from './audience-ages';
import { SPACE_ONLY, type CoverageRule } from './coverage-rule';
import { degreesFor, haversineM, pointToSegmentM } from './distance';
import { parseOpeningHours, widenHours, type WeeklyHours } from './opening-hours';
import { DEFAULT_RADIUS_M, isActiveOn, type ProgrammeType, type Site } from './model';

export interface Catchment {
	readonly siteId: string;
	readonly name: string;
	readonly programme: ProgrammeType;
	/** Point sites: the point; areas: unused (NaN). */
	readonly lng: number;
	readonly lat: number;
	/** Metres: the radius of a point site, or the buffer around an area (0 = polygon only). */
	readonly radiusM: number;
	/** Interleaved rings of an area site; empty for a point. */
	readonly rings: FlatRings;
	/** [west, south, east, north] including the radius. */
	readonly bbox: readonly [number, number, number, number];
	/**
	 * Under the time rule: the opening hours widened by the margin (opening-hours.ts); every minute for a site that
	 * states none, no minute for hours that cannot be read. null when the rule ignores time.
	 */
	readonly hours: WeeklyHours | null;
	/** Under the age rule: the age bands the audience takes in (audience-ages.ts; 0 when unreadable). null when the rule ignores ages. */
	readonly ages: number | null;
}

export interface CatchmentOptions {
	/** Radius of point sites that do not set their own. */
	radiusM?: number;
	/** Only sites running on this London date ("YYYY-MM-DD") take part; omitted = every site. */
	activeOn?: string;
	/** What counts as covered; default space only. */
	rule?: CoverageRule;
}

/** The hours and ages a catchment carries under a rule. */
function whenOf(site: Site, rule: CoverageRule): Pick<Catchment, 'hours' | 'ages'> {
	const read = rule.time ? parseOpeningHours(site.hours) : null;
	const audience = rule.ages ? readAudience(site.audience) : null;
	return {
		// Hours that cannot be read cover no time: counting them at any time would overstate coverage.
		hours: read === null ? null : read.ok ? widenHours(read.hours, rule.marginMinutes) : [],
		ages: audience === null ? null : audience.ok ? audience.bands : 0
	};
}

function flatRings(site: Site): Float64Array[] {
	const g = site.geometry;
	if (g.type === 'Point') return [];
	const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	return polygons.flatMap((polygon) =>
		polygon.map((ring) => {
			const flat = new Float64Array(ring.length * 2);
			ring.forEach(([x, y], k) => {
				flat[2 * k] = x;
				flat[2 * k + 1] = y;
			});
			return flat;
		})
	);
}

export function catchmentOf(site: Site, options: CatchmentOptions = {}): Catchment {
	const base = { siteId: site.id, name: site.name, programme: site.programme, ...whenOf(site, options.rule ?? SPACE_ONLY) };
	if (site.geometry.type === 'Point') {
		const [lng, lat] = site.geometry.coordinates;
		const radiusM = site.radiusM ?? options.radiusM ?? DEFAULT_RADIUS_M;
		// A hair wider than the radius so the box never cuts off a point the distance test would keep.
		const { dLat, dLng } = degreesFor(radiusM * 1.001 + 1, lat);
		return { ...base, lng, lat, radiusM, rings: [], bbox: [lng - dLng, lat - dLat, lng + dLng, lat + dLat] };
	}
	const rings = flatRings(site);
	let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
	for (const r of rings) {
		for (let k = 0; k < r.length; k += 2) {
			w = Math.min(w, r[k]);
			e = Math.max(e, r[k]);
			s = Math.min(s, r[k + 1]);
			n = Math.max(n, r[k + 1]);
		}
	}
	const radiusM = site.radiusM ?? 0;
	const { dLat, dLng } = degreesFor(radiusM * 1.001 + 1, Math.max(Math.abs(s), Math.abs(n)));
	return { ...base, lng: NaN, lat: NaN, radiusM, rings, bbox: [w - dLng, s - dLat, e + dLng, n + dLat] };
}

/** Catchments of the sites that take part (active on the date when one is given), in site order. */
export function catchmentsOf(sites: readonly Site[], options: CatchmentOptions = {}): Catchment[] {
	const { activeOn } = options;
	return sites.filter((s) => activeOn === undefined || isActiveOn(s, activeOn)).map((s) => catchmentOf(s, options));
}

function distanceToRings(rings: FlatRings, lng: number, lat: number): number {
	let best = Infinity;
	for (const r of rings) {
		for (let k = 0; k + 3 < r.length; k += 2) {
			const d = pointToSegmentM(lng, lat, r[k], r[k + 1], r[k + 2], r[k + 3]);
			if (d < best) best = d;
		}
	}
	return best;
}

/** Metres from a point to the site: 0 inside an area, else to its edge; for a point site, to the point. */
export function distanceToSite(c: Catchment, lng: number, lat: number): number {
	if (c.rings.length === 0) return haversineM(c.lng, c.lat, lng, lat);
	if (ringsContain(c.rings, lng, lat)) return 0;
	return distanceToRings(c.rings, lng, lat);
}

/** True when the point lies in the catchment: within the radius (inclusive) or inside the area. */
export function catchmentContains(c: Catchment, lng: number, lat: number): boolean {
	const [w, s, e, n] = c.bbox;
	if (lng < w || lng > e || lat < s || lat > n) return false;
	if (c.rings.length === 0) return haversineM(c.lng, c.lat, lng, lat) <= c.radiusM;
	if (ringsContain(c.rings, lng, lat)) return true;
	return c.radiusM > 0 && distanceToRings(c.rings, lng, lat) <= c.radiusM;
}

/** The nearest site to a point and its distance (0 inside an area), or null with no sites. */
export function nearestSite(catchments: readonly Catchment[], lng: number, lat: number): { siteId: string; name: string; distanceM: number } | null {
	let best: { siteId: string; name: string; distanceM: number } | null = null;
	for (const c of catchments) {
		const d = distanceToSite(c, lng, lat);
		if (!best || d < best.distanceM) best = { siteId: c.siteId, name: c.name, distanceM: d };
	}
	return best;
}
