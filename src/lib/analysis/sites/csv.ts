/**
 * Sites as CSV: one row per site; a point site fills lng/lat, an area site holds its GeoJSON geometry as
 * JSON text in `geometry`. Dates are written yyyy-mm-dd (read as that or dd/mm/yyyy) so no spreadsheet
 * locale can swap day and month. Numbers are written in full, so export then import loses nothing.
 */
import Papa from 'papaparse';
import { csvField, restoreFormula } from './csv-field';
import type { Site } from './model';
import { validateSites, type RawSite, type SiteImport, type ValidateOptions } from './validate';

export const SITE_CSV_HEADER = ['id', 'name', 'programme', 'operator', 'start', 'end', 'hours', 'audience', 'radius_m', 'lng', 'lat', 'geometry', 'notes'] as const;

/** Header spellings other tools use, mapped to ours. */
const HEADER_ALIASES: Readonly<Record<string, string>> = {
	programme_type: 'programme',
	program: 'programme',
	type: 'programme',
	start_date: 'start',
	end_date: 'end',
	opening_hours: 'hours',
	age_band: 'audience',
	radius: 'radius_m',
	longitude: 'lng',
	lon: 'lng',
	latitude: 'lat'
};

export function sitesToCsv(sites: readonly Site[]): string {
	const lines = [SITE_CSV_HEADER.join(',')];
	for (const s of sites) {
		const point = s.geometry.type === 'Point' ? s.geometry.coordinates : null;
		const values = [s.id, s.name, s.programme, s.operator, s.start, s.end, s.hours, s.audience, s.radiusM, point?.[0], point?.[1], point ? '' : JSON.stringify(s.geometry), s.notes];
		lines.push(values.map(csvField).join(','));
	}
	return `${lines.join('\r\n')}\r\n`;
}

/** Reads CSV text (a leading BOM is ignored) and validates every row; blank lines are not rows. */
export function parseSitesCsv(text: string, options: Omit<ValidateOptions, 'firstRow'> = {}): SiteImport {
	// A repeated column name keeps its first column; later ones get a suffix here (papaparse would rename them and warn on the console).
	const seen = new Set<string>();
	const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: 'greedy',
		transformHeader: (h, i) => {
			const key = h.trim().toLowerCase().replace(/\s+/g, '_');
			const name = HEADER_ALIASES[key] ?? key;
			const unique = seen.has(name) ? `${name}__column_${i + 1}` : name;
			seen.add(unique);
			return unique;
		},
		transform: (value) => restoreFormula(value)
	});
	const fields = parsed.meta.fields ?? [];
	const hasPlace = fields.includes('geometry') || (fields.includes('lng') && fields.includes('lat'));
	if (!hasPlace) {
		return { sites: [], report: { rows: 0, kept: 0, rejected: 0, issues: [], fileError: 'No location columns: a sites CSV needs lng and lat, or geometry' } };
	}
	return validateSites(parsed.data as RawSite[], { ...options, firstRow: 2 });
}
