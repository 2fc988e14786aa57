/**
 * Validates site rows from any source (CSV, GeoJSON, the form) into Sites plus a row report: every row
 * ends kept or rejected, each with its reasons, as the incident import does. Never mutates its input.
 */
import { readAudience } from './audience-ages';
import { isRejectCode, SITE_MESSAGES, type SiteIssue, type SiteIssueCode, type SiteReport } from './codes';
import { parseCalendarDate } from '../time/calendar-date';
import { checkGeometry } from './geometry';
import { anchorOf, PROGRAMME_LABELS, type Site, type SiteGeometry } from './model';
import { parseOpeningHours } from './opening-hours';
import { readProgramme } from './programme';

/** A row as read: field names as in SITE_CSV_HEADER; `geometry` may be a GeoJSON object or its text. */
export type RawSite = Readonly<Record<string, unknown>>;

export interface ValidateOptions {
	/** Whether a point lies in Kent & Medway (see studyAreaTest); omitted = not checked. */
	isInside?: (lng: number, lat: number) => boolean;
	/** Ids already in use (sites kept from before), so an import never overwrites one. */
	existingIds?: ReadonlySet<string>;
	/** Row number of the first record: 2 for CSV (header = 1), 1 for GeoJSON features. */
	firstRow?: number;
	/** Makes a fresh id; default "site-<row>" with a suffix when taken. */
	newId?: (row: number) => string;
}

export interface SiteImport {
	sites: Site[];
	report: SiteReport;
}

/** Longest radius accepted: 20 km is wider than any town, so anything more is a typo. */
export const MAX_RADIUS_M = 20_000;

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

function readGeometry(raw: RawSite): { geometry?: SiteGeometry; code?: SiteIssueCode; repaired?: boolean } {
	const g = raw.geometry;
	if (g !== undefined && g !== null && text(g) !== '') {
		const check = checkGeometry(g);
		return check.ok ? { geometry: check.geometry, repaired: check.repaired } : { code: check.code };
	}
	const [lng, lat] = [text(raw.lng), text(raw.lat)];
	if (lng === '' && lat === '') return { code: 'missing_geometry' };
	const check = checkGeometry({ type: 'Point', coordinates: [lng === '' ? NaN : Number(lng), lat === '' ? NaN : Number(lat)] });
	return check.ok ? { geometry: check.geometry } : { code: 'bad_coordinates' };
}

function readRadius(value: unknown): number | null | undefined {
	const t = text(value);
	if (t === '') return null;
	const r = Number(t);
	return Number.isFinite(r) && r >= 0 && r <= MAX_RADIUS_M ? r : undefined;
}

/** What makes two rows the same site: name, programme, place and dates (not notes or operator). */
function duplicateKey(site: Omit<Site, 'id'>): string {
	return JSON.stringify([site.name.toLowerCase(), site.programme, site.geometry, site.start, site.end]);
}

export function validateSites(records: readonly RawSite[], options: ValidateOptions = {}): SiteImport {
	const { isInside, existingIds = new Set<string>(), firstRow = 2 } = options;
	const used = new Set(existingIds);
	const freshId = (row: number) => {
		const base = options.newId?.(row) ?? `site-${row}`;
		let id = base;
		for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
		return id;
	};
	const seen = new Map<string, number>();
	const sites: Site[] = [];
	const issues: SiteIssue[] = [];
	let rejected = 0;

	records.forEach((raw, k) => {
		const row = firstRow + k;
		const rowIssues: SiteIssue[] = [];
		const flag = (code: SiteIssueCode, detail: string) => rowIssues.push({ row, code, detail });

		const { geometry, code: geometryCode, repaired } = readGeometry(raw);
		if (geometryCode) flag(geometryCode, text(raw.geometry) || `${text(raw.lng)}, ${text(raw.lat)}`);
		if (repaired) flag('geometry_repaired', '');
		const start = parseCalendarDate(raw.start);
		const end = parseCalendarDate(raw.end);
		if (start === undefined) flag('bad_date', `start: ${text(raw.start)}`);
		if (end === undefined) flag('bad_date', `end: ${text(raw.end)}`);
		if (start && end && end < start) flag('end_before_start', `${text(raw.start)} to ${text(raw.end)}`);
		const radiusM = readRadius(raw.radius_m);
		if (radiusM === undefined) flag('bad_radius', text(raw.radius_m));
		// Kept as typed either way: the coverage rule reads them when it is on, and the panel names the sites it cannot.
		if (!parseOpeningHours(text(raw.hours)).ok) flag('unreadable_hours', text(raw.hours));
		if (!readAudience(text(raw.audience)).ok) flag('unreadable_audience', text(raw.audience));

		let name = text(raw.name);
		if (name === '') {
			name = 'Unnamed site';
			flag('missing_name', '');
		}
		let notes = text(raw.notes);
		let programme = readProgramme(raw.programme);
		if (programme === undefined) {
			flag('unknown_programme', text(raw.programme));
			// The original label is kept in the notes so nothing the file said is lost.
			notes = [notes, `Programme type given as "${text(raw.programme)}" (not recognised; kept as ${PROGRAMME_LABELS.other}).`].filter(Boolean).join(' ');
			programme = 'other';
		}

		const rejectedHere = rowIssues.some((i) => isRejectCode(i.code));
		if (!rejectedHere && geometry) {
			const [lng, lat] = anchorOf(geometry);
			if (isInside && !isInside(lng, lat)) flag('outside_area', `${lng}, ${lat}`);
			const body = {
				name,
				programme,
				operator: text(raw.operator),
				start: start ?? null,
				end: end ?? null,
				hours: text(raw.hours),
				audience: text(raw.audience),
				notes,
				radiusM: radiusM ?? null,
				geometry
			};
			const key = duplicateKey(body);
			const earlier = seen.get(key);
			if (earlier !== undefined) flag('duplicate', `row ${earlier}`);
			else {
				seen.set(key, row);
				let id = text(raw.id);
				if (id === '' || used.has(id)) {
					if (id !== '') flag('duplicate_id', id);
					id = freshId(row);
				}
				used.add(id);
				sites.push({ id, ...body });
			}
		}
		if (rowIssues.some((i) => isRejectCode(i.code))) rejected++;
		issues.push(...rowIssues);
	});

	return { sites, report: { rows: records.length, kept: records.length - rejected, rejected, issues } };
}

/** Issue counts by code, rejecting codes first, for the report's summary lines. */
export function issueSummary(report: SiteReport): { code: SiteIssueCode; message: string; count: number; rejects: boolean }[] {
	const counts = new Map<SiteIssueCode, number>();
	for (const i of report.issues) counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
	return [...counts]
		.map(([code, count]) => ({ code, message: SITE_MESSAGES[code], count, rejects: isRejectCode(code) }))
		.sort((a, b) => Number(b.rejects) - Number(a.rejects) || b.count - a.count);
}
