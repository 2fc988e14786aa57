import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseSitesCsv, sitesToCsv } from './csv';
import { parseSitesGeoJson, sitesToGeoJson } from './geojson';
import type { Site } from './model';
import { STARTER_SITES } from './starter-sites';
import { studyAreaTest } from './study-area';
import { site } from './fixtures.test-helpers';

const awkward: Site[] = [
	...STARTER_SITES,
	site('odd-1', { type: 'Point', coordinates: [0.123456789012, 51.098765432109] }, {
		name: 'Club "The Hub", Gillingham',
		programme: 'youth-outreach',
		operator: '=HYPERLINK("x")',
		start: '2023-02-28',
		end: '2025-12-31',
		hours: 'Fri-Sat 20:00-03:00',
		audience: '10-17',
		notes: 'Line one\r\nline two, with commas; and ünïcödé £',
		radiusM: 612.5
	}),
	site('odd-2', {
		type: 'MultiPolygon',
		coordinates: [
			[[[0.5, 51.3], [0.51, 51.3], [0.51, 51.31], [0.5, 51.3]]],
			[[[0.6, 51.3], [0.61, 51.3], [0.61, 51.31], [0.6, 51.3]]]
		]
	}, { name: '-leading dash', programme: 'hotspot-patrol', radiusM: 0 })
];

describe('round trips', () => {
	it('CSV export then import gives back every site unchanged', () => {
		const back = parseSitesCsv(sitesToCsv(awkward));
		expect(back.report).toEqual({ rows: awkward.length, kept: awkward.length, rejected: 0, issues: [] });
		expect(back.sites).toEqual(awkward);
	});

	it('GeoJSON export then import gives back every site unchanged, from text or object', () => {
		const collection = sitesToGeoJson(awkward);
		expect(parseSitesGeoJson(JSON.stringify(collection)).sites).toEqual(awkward);
		expect(parseSitesGeoJson(collection).sites).toEqual(awkward);
		expect(collection.features[0].properties.programme_label).toBe('A&E navigator');
	});

	it('never mutates the sites it writes', () => {
		const copy = structuredClone(awkward);
		sitesToCsv(awkward);
		sitesToGeoJson(awkward).features[0].geometry = { type: 'Point', coordinates: [9, 9] };
		expect(awkward).toEqual(copy);
	});

	it('neutralises formulas in the file but restores them on import', () => {
		expect(sitesToCsv(awkward)).toContain(`"'=HYPERLINK(""x"")"`);
	});
});

describe('reading other files', () => {
	it('accepts header aliases, dd/mm/yyyy dates and a BOM', () => {
		const csv = '\uFEFFName,Programme Type,Longitude,Latitude,Start Date,End Date\r\nClub,Youth club,0.5,51.3,01/04/2024,31/03/2025\r\n';
		const { sites, report } = parseSitesCsv(csv);
		expect(report.kept).toBe(1);
		expect(sites[0]).toMatchObject({ id: 'site-2', name: 'Club', programme: 'youth-outreach', start: '2024-04-01', end: '2025-03-31' });
	});

	it('refuses a file without location columns, saying why', () => {
		expect(parseSitesCsv('name,notes\nA,b\n').report.fileError).toMatch(/lng and lat/);
		expect(parseSitesGeoJson('{"type":"Feature"}').report.fileError).toMatch(/FeatureCollection/);
		expect(parseSitesGeoJson('{').report.fileError).toMatch(/JSON/);
	});
});

describe('starter sites', () => {
	const outline = JSON.parse(readFileSync('data/boundaries/outline.geojson', 'utf8'));
	it('are valid, inside Kent & Medway, and labelled illustrative (areas approximate)', () => {
		const { sites, report } = parseSitesGeoJson(sitesToGeoJson(STARTER_SITES), { isInside: studyAreaTest(outline) });
		expect(report.issues).toEqual([]);
		expect(sites).toHaveLength(6);
		for (const s of STARTER_SITES) {
			expect(s.notes).toMatch(/Illustrative/);
			expect(s.notes).toMatch(/published serious violence plans/);
			if (s.geometry.type !== 'Point') expect(`${s.name} ${s.notes}`).toMatch(/approximate/i);
		}
	});
	it('reads a file with a repeated column name quietly, from the first such column (found by the fuzz suite: papaparse warned on the console)', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const { sites, report } = parseSitesCsv('name,programme,lat,lng,lat\nYouth club,youth_outreach,51.27,0.52,99\n');
		expect(warn).not.toHaveBeenCalled();
		warn.mockRestore();
		expect(report.kept).toBe(1);
		expect(sites[0].geometry).toMatchObject({ type: 'Point', coordinates: [0.52, 51.27] });
	});
});
