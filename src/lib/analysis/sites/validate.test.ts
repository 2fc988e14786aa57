import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issueSummary, validateSites, type RawSite } from './validate';
import { studyAreaTest } from './study-area';
import type { SiteIssueCode } from './codes';

const outline = JSON.parse(readFileSync('data/boundaries/outline.geojson', 'utf8'));
const isInside = studyAreaTest(outline);
const ok: RawSite = { name: 'Club', programme: 'community-sport', lng: '0.5221', lat: '51.3812' };

describe('validateSites', () => {
	it.each<[string, RawSite, SiteIssueCode[], boolean]>([
		['a good row', ok, [], true],
		['outside Kent & Medway (London)', { ...ok, lng: '-0.1276', lat: '51.5072' }, ['outside_area'], true],
		['a missing name', { ...ok, name: ' ' }, ['missing_name'], true],
		['an unknown programme', { ...ok, programme: 'knife arch' }, ['unknown_programme'], true],
		['end before start', { ...ok, start: '01/05/2024', end: '30/04/2024' }, ['end_before_start'], false],
		['an impossible date', { ...ok, start: '31/02/2024' }, ['bad_date'], false],
		['no location', { name: 'x' }, ['missing_geometry'], false],
		['latitude out of range', { ...ok, lat: '151.3' }, ['bad_coordinates'], false],
		['text for a longitude', { ...ok, lng: 'east' }, ['bad_coordinates'], false],
		['a broken geometry', { ...ok, geometry: '{"type":"Polygon","coordinates":[[[0,1]]]}' }, ['bad_geometry'], false],
		['a negative radius', { ...ok, radius_m: '-5' }, ['bad_radius'], false],
		['hours and an audience it can read', { ...ok, hours: 'Fri-Sat 20:00-03:00', audience: '10-17' }, [], true],
		['hours it cannot read', { ...ok, hours: 'evenings' }, ['unreadable_hours'], true],
		['an audience it cannot read', { ...ok, audience: 'young people' }, ['unreadable_audience'], true]
	])('%s', (_, raw, codes, kept) => {
		const { sites, report } = validateSites([raw], { isInside });
		expect(report.issues.map((i) => i.code)).toEqual(codes);
		expect(report.issues.every((i) => i.row === 2)).toBe(true);
		expect(sites).toHaveLength(kept ? 1 : 0);
		expect(report).toMatchObject({ rows: 1, kept: kept ? 1 : 0, rejected: kept ? 0 : 1 });
	});

	it('keeps an unknown programme as other with the label in the notes', () => {
		const { sites } = validateSites([{ ...ok, programme: 'Knife arch', notes: 'Trial.' }]);
		expect(sites[0].programme).toBe('other');
		expect(sites[0].notes).toBe('Trial. Programme type given as "Knife arch" (not recognised; kept as Other).');
	});

	it('rejects duplicates against the first copy and renames clashing ids, reporting both', () => {
		const { sites, report } = validateSites([{ ...ok, id: 'a' }, { ...ok, id: 'b', notes: 'same place' }, { ...ok, id: 'a', name: 'Other club' }], {
			existingIds: new Set(['x'])
		});
		expect(report.issues).toEqual([
			{ row: 3, code: 'duplicate', detail: 'row 2' },
			{ row: 4, code: 'duplicate_id', detail: 'a' }
		]);
		expect(sites.map((s) => s.id)).toEqual(['a', 'site-4']);
		expect(report).toMatchObject({ rows: 3, kept: 2, rejected: 1 });
		expect(issueSummary(report).map((l) => [l.code, l.count, l.rejects])).toEqual([
			['duplicate', 1, true],
			['duplicate_id', 1, false]
		]);
	});

	it('does not mutate its input rows', () => {
		const rows = [{ ...ok, programme: 'nope' }];
		const copy = structuredClone(rows);
		validateSites(rows);
		expect(rows).toEqual(copy);
	});

	it('counts a seafront site just off the generalised coast as inside', () => {
		// Margate Main Sands, on the beach north of the outline's coast.
		expect(isInside(1.3795, 51.3905)).toBe(true);
		expect(isInside(1.2, 51.6)).toBe(false);
	});
	it('repairs an area outline that crosses itself (a bow tie) into its simple parts with a warning, and refuses out-of-range coordinates', () => {
		const bowTie = { type: 'Polygon', coordinates: [[[0.5, 51.3], [0.52, 51.32], [0.52, 51.3], [0.5, 51.32], [0.5, 51.3]]] };
		const { sites, report } = validateSites([
			{ name: 'Bow tie', programme: 'sport', geometry: JSON.stringify(bowTie) },
			{ name: 'Square', programme: 'sport', geometry: { type: 'Polygon', coordinates: [[[0.5, 51.3], [0.52, 51.3], [0.52, 51.32], [0.5, 51.32], [0.5, 51.3]]] } },
			{ name: 'Far away', programme: 'sport', lng: '200', lat: '51.3' },
			{ name: 'Not a number', programme: 'sport', lng: 'NaN', lat: '51.3' }
		]);
		expect([report.rows, report.kept, report.rejected]).toEqual([4, 2, 2]);
		expect(report.issues.map((i) => [i.row, i.code])).toEqual([
			[2, 'geometry_repaired'],
			[4, 'bad_coordinates'],
			[5, 'bad_coordinates']
		]);
		expect(sites[0].geometry.type).toBe('MultiPolygon');
		expect((sites[0].geometry.coordinates as unknown[]).length).toBe(2);
		expect(sites[1].geometry.type).toBe('Polygon');
	});
});
