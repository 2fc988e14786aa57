/** Small hand-built sites for the tests in this folder. */
import { EARTH_RADIUS_M } from './distance';
import type { ProgrammeType, Site, SiteGeometry } from './model';

/** Degrees of latitude for a distance due north: haversine is exact along a meridian. */
export const northDeg = (metres: number) => (metres / EARTH_RADIUS_M) * (180 / Math.PI);

export function site(id: string, geometry: SiteGeometry, extra: Partial<Site> = {}): Site {
	return {
		id,
		name: id,
		programme: 'other' as ProgrammeType,
		operator: '',
		start: null,
		end: null,
		hours: '',
		audience: '',
		notes: '',
		radiusM: null,
		geometry,
		...extra
	};
}

export const point = (lng: number, lat: number): SiteGeometry => ({ type: 'Point', coordinates: [lng, lat] });
