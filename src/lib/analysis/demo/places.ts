import type { Scenario } from './profiles';
import type { LngLat } from '../geometry/lng-lat';

/** A police.uk snap point where violence was recorded, the demo's map of where violence happens. */
export interface DemoPoint {
	readonly lng: number;
	readonly lat: number;
	/** Violent and sexual offences, robbery and weapons recorded there in the police.uk sample. */
	readonly weight: number;
	/** Index into DISTRICTS. */
	readonly district: number;
}


const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres (haversine). */
export function distanceMetres([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
	const toRad = Math.PI / 180;
	const dLat = (lat2 - lat1) * toRad;
	const dLng = (lng2 - lng1) * toRad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLng / 2) ** 2;
	return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

function within(point: LngLat, targets: readonly LngLat[], metres: number): boolean {
	return targets.some((t) => distanceMetres(point, t) <= metres);
}

/** How far from a town's label point its centre (and night-time economy) reaches. */
export const TOWN_CENTRE_RADIUS_M = 600;
/** How close to a secondary school or a station counts as "at" it for the school-out peak. */
export const HUB_RADIUS_M = 400;
/** Town centres draw this share of their recorded weight in the general scenario, which is mostly residential. */
const TOWN_CENTRE_GENERAL_FACTOR = 0.1;
/** Stations in town centres are hubs too, but school-out trouble mostly gathers near schools and outlying stations. */
const TOWN_CENTRE_SCHOOL_FACTOR = 0.4;

export interface PlaceContext {
	townCentres: readonly LngLat[];
	hubs: readonly LngLat[];
}

/** Each point's weight under each scenario: where that kind of incident is drawn from. */
export function scenarioWeights(points: readonly DemoPoint[], context: PlaceContext): Record<Scenario, Float64Array> {
	const nte = new Float64Array(points.length);
	const school = new Float64Array(points.length);
	const general = new Float64Array(points.length);
	points.forEach((p, i) => {
		const at: LngLat = [p.lng, p.lat];
		const centre = within(at, context.townCentres, TOWN_CENTRE_RADIUS_M);
		const hub = within(at, context.hubs, HUB_RADIUS_M);
		// Square root: nights out spread across many towns' centres, not only the biggest ones.
		nte[i] = centre ? Math.sqrt(p.weight) : 0;
		school[i] = hub ? p.weight * (centre ? TOWN_CENTRE_SCHOOL_FACTOR : 1) : 0;
		general[i] = centre ? p.weight * TOWN_CENTRE_GENERAL_FACTOR : p.weight;
	});
	return { 'night-time-economy': nte, 'school-out': school, general };
}
