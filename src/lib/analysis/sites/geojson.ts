/** Sites as a GeoJSON FeatureCollection: the geometry as drawn, every other field a property. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { PROGRAMME_LABELS, type Site } from './model';
import { validateSites, type RawSite, type SiteImport, type ValidateOptions } from './validate';

export interface SiteProperties {
	id: string;
	name: string;
	programme: string;
	/** Written for people reading the file; ignored on import (programme is the key). */
	programme_label: string;
	operator: string;
	start: string | null;
	end: string | null;
	hours: string;
	audience: string;
	radius_m: number | null;
	notes: string;
}

export function sitesToGeoJson(sites: readonly Site[]): FeatureCollection<Geometry, SiteProperties> {
	return {
		type: 'FeatureCollection',
		features: sites.map(
			(s): Feature<Geometry, SiteProperties> => ({
				type: 'Feature',
				id: s.id,
				// A deep copy, so the file never shares arrays with the live sites.
				geometry: JSON.parse(JSON.stringify(s.geometry)) as Geometry,
				properties: {
					id: s.id,
					name: s.name,
					programme: s.programme,
					programme_label: PROGRAMME_LABELS[s.programme],
					operator: s.operator,
					start: s.start,
					end: s.end,
					hours: s.hours,
					audience: s.audience,
					radius_m: s.radiusM,
					notes: s.notes
				}
			})
		)
	};
}

/** Reads GeoJSON text or a parsed object; each feature is a row (feature 1 = row 1). */
export function parseSitesGeoJson(input: string | unknown, options: Omit<ValidateOptions, 'firstRow'> = {}): SiteImport {
	let data = input;
	if (typeof input === 'string') {
		try {
			data = JSON.parse(input.replace(/^\uFEFF/, ''));
		} catch (error) {
			return { sites: [], report: { rows: 0, kept: 0, rejected: 0, issues: [], fileError: `Not valid JSON: ${(error as Error).message}` } };
		}
	}
	const collection = data as { type?: unknown; features?: unknown };
	if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
		return { sites: [], report: { rows: 0, kept: 0, rejected: 0, issues: [], fileError: 'Not a GeoJSON FeatureCollection' } };
	}
	const rows: RawSite[] = collection.features.map((f: unknown) => {
		const feature = (f ?? {}) as { id?: unknown; properties?: Record<string, unknown> | null; geometry?: unknown };
		const props = feature.properties ?? {};
		// A missing geometry must read as missing, not fall back to lng/lat properties of another meaning.
		return { ...props, id: props.id ?? feature.id, geometry: feature.geometry ?? '', lng: undefined, lat: undefined };
	});
	return validateSites(rows, { ...options, firstRow: 1 });
}
