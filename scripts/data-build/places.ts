/** Point layers: hospitals (with the six Type 1 emergency departments), secondary schools, rail stations. */
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { roundPosition } from './geography/coords';
import { checkDistricts, checkUnique, type GeographyProblem } from './geography/validate';
import { failOnProblems } from './checks';
import { INPUTS } from './inputs';
import type { OutputDir } from './output';
import { buildPlaceLabels } from './place-labels';
import type { InputReader } from './source';

/** Kent & Medway's Type 1 emergency departments (PROVENANCE-basemap-places.md B1, checked against the trusts' pages). */
export const TYPE1_ED_ODS = ['RN707', 'RPA02', 'RVV01', 'RVV09', 'RWF03', 'RWFTW'] as const;

const HOSPITAL_NOTES: Record<string, { status: 'open' | 'closed'; note: string }> = {
	RVVKC: { status: 'open', note: 'Urgent treatment centre (24/7), not a Type 1 emergency department (East Kent Hospitals).' },
	RN7C1: { status: 'closed', note: 'Closed in 2011 when Tunbridge Wells Hospital at Pembury opened; still listed in the January 2020 NHS file.' }
};

function point(f: Feature): Point {
	return { type: 'Point', coordinates: roundPosition((f.geometry as Point).coordinates) };
}

function sortBy<T extends Feature>(features: T[], key: (f: T) => string): T[] {
	return features.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function hospitals(reader: InputReader, out: OutputDir): void {
	const raw = reader.json<FeatureCollection>(INPUTS.hospitals.path).features;
	const problems: GeographyProblem[] = checkUnique('hospitals', raw.map((f) => String(f.properties?.ods_code)));
	const typed = raw.filter((f) => f.properties?.ae_status === 'type1_ED').map((f) => String(f.properties?.ods_code)).sort();
	// The collector's flags must match our list, so neither can drift unnoticed.
	if (typed.join() !== [...TYPE1_ED_ODS].join()) problems.push({ code: 'mismatch', message: `type1_ED rows ${typed.join()} differ from ${TYPE1_ED_ODS.join()}` });
	for (const code of Object.keys(HOSPITAL_NOTES)) {
		if (!raw.some((f) => f.properties?.ods_code === code)) problems.push({ code: 'missing', message: `hospital ${code} not found` });
	}
	failOnProblems('hospitals', problems);
	const features = raw.map((f) => {
		const p = f.properties ?? {};
		const code = String(p.ods_code);
		const extra = HOSPITAL_NOTES[code] ?? { status: 'open' as const, note: '' };
		return {
			type: 'Feature' as const,
			properties: {
				ods_code: code,
				name: String(p.name).trim(),
				sector: String(p.sector),
				emergency_department: (TYPE1_ED_ODS as readonly string[]).includes(code),
				status: extra.status,
				note: extra.note
			},
			geometry: point(f)
		};
	});
	out.writeGeoJson(DATA_PATHS.hospitals, sortBy(features, (f) => f.properties.ods_code));
}

function schools(reader: InputReader, out: OutputDir): void {
	const raw = reader.json<FeatureCollection>(INPUTS.schools.path).features;
	const features = raw.map((f) => {
		const p = f.properties ?? {};
		return {
			type: 'Feature' as const,
			properties: {
				urn: String(p.urn),
				name: String(p.name).trim(),
				status: String(p.status),
				subtype: String(p.subtype),
				admission: String(p.admission),
				age_min: Number(p.age_min),
				age_max: Number(p.age_max),
				district: String(p.lad_cd)
			},
			geometry: point(f)
		};
	});
	const rows = features.map((f) => ({ code: f.properties.urn, district: f.properties.district }));
	failOnProblems('schools', [
		...checkUnique('schools', rows.map((r) => r.code)),
		...checkDistricts('schools', rows),
		...features
			.filter((f) => !Number.isInteger(f.properties.age_min) || !Number.isInteger(f.properties.age_max))
			.map((f): GeographyProblem => ({ code: 'unexpected', message: `school ${f.properties.urn} has no age range` }))
	]);
	out.writeGeoJson(DATA_PATHS.schools, sortBy(features, (f) => f.properties.urn.padStart(8, '0')));
}

function stations(reader: InputReader, out: OutputDir): void {
	const raw = reader.json<FeatureCollection>(INPUTS.stations.path).features;
	const features = raw.map((f) => ({
		type: 'Feature' as const,
		properties: { name: String(f.properties?.name).trim(), crs: String(f.properties?.crs), district: String(f.properties?.lad_cd) },
		geometry: point(f)
	}));
	const rows = features.map((f) => ({ code: f.properties.crs, district: f.properties.district }));
	failOnProblems('stations', [...checkUnique('stations', rows.map((r) => r.code)), ...checkDistricts('stations', rows)]);
	out.writeGeoJson(DATA_PATHS.stations, sortBy(features, (f) => f.properties.crs));
}

export function buildPlaces(reader: InputReader, out: OutputDir): void {
	hospitals(reader, out);
	schools(reader, out);
	stations(reader, out);
	const labels = buildPlaceLabels(reader.json<FeatureCollection>(INPUTS.placeLabels.path), reader.csv(INPUTS.placeNames.path));
	out.writeGeoJson(DATA_PATHS.placeLabels, labels);
}
