/**
 * The shared police.uk Kent files, checked against counts computed here by naive means, against h3-js
 * called directly and against turf's point-in-polygon on the published LSOA boundaries.
 * Skipped when ../shared/data/open is absent (CI always has it beside the clone).
 */
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { readdirSync, readFileSync } from 'node:fs';
import { filesPresent } from '../../test-support/required-files';
import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { FLAG } from '../offences/groups';
import { areaIndexFromPack } from '../spatial/boundary-pack';
import { monthLabel } from '../time/month-index';
import { UNKNOWN_U16 } from './columns';
import { createIngest, type IngestResult } from './ingest';

const ROOT = new URL('../../../../', import.meta.url);
const POLICE = new URL('../shared/data/open/police_uk_street_kent/', ROOT);
const BUILT = new URL('data/boundaries/lsoa21-assign.bin', ROOT);
const SHARED_LSOA = new URL('../shared/data/open/ons_boundaries_lsoa2021_bgc__drkane_geo-lookups/kent_medway_lsoa2021.geojson', ROOT);
const present = filesPresent([POLICE, BUILT, SHARED_LSOA], 'the real police.uk Kent checks');

/** Rows per month as published (PROVENANCE.md, police.uk section): rows and rows with no coordinates. */
const PROVENANCE: Record<string, [number, number]> = {
	'2018-10': [19396, 434],
	'2018-11': [13818, 229],
	'2018-12': [8438, 237],
	'2019-01': [17792, 257],
	'2019-02': [16291, 261],
	'2024-01': [14466, 136],
	'2024-02': [13953, 110],
	'2024-03': [15875, 162],
	'2024-04': [15727, 193]
};

describe.skipIf(!present)('real police.uk Kent files', () => {
	const months = present ? readdirSync(POLICE).filter((m) => /^\d{4}-\d{2}$/.test(m)).sort() : [];
	const texts = months.map((m) => readFileSync(new URL(`${m}/${m}-kent-street.csv`, POLICE), 'utf8'));
	/** The published boundaries, read independently of the packed file the import uses. */
	const geojson = present ? JSON.parse(readFileSync(SHARED_LSOA, 'utf8')) : null;
	const areas = present ? areaIndexFromPack(readFileSync(BUILT)) : null;

	function ingestAll(): IngestResult {
		const ingest = createIngest({ areas: areas! });
		months.forEach((m, i) => {
			ingest.beginFile(`${m}/${m}-kent-street.csv`, texts[i].length);
			for (let k = 0; k < texts[i].length; k += 100_000) ingest.push(texts[i].slice(k, k + 100_000));
			ingest.endFile();
		});
		return ingest.finish();
	}
	const result = present ? ingestAll() : null;

	/** The naive count: these files hold no quotes, so a split on newlines and commas is exact. */
	function naive(text: string) {
		const lines = text.split(/\r?\n/).slice(1).filter((l) => l !== '');
		const fields = lines.map((l) => l.split(','));
		return { rows: lines.length, noCoords: fields.filter((f) => f[4] === '' || f[5] === '').length, fields };
	}

	it('holds no quotes, so the naive split is a fair reference', () => {
		for (const t of texts) expect(t.includes('"')).toBe(false);
	});

	it('reads every row, rejecting exactly the rows without coordinates, per month', () => {
		const { report } = result!;
		months.forEach((m, i) => {
			const n = naive(texts[i]);
			const f = report.files[i];
			expect([f.rowsRead, f.rejected.no_coordinates], m).toEqual([n.rows, n.noCoords]);
			if (PROVENANCE[m]) expect([n.rows, n.noCoords], `${m} provenance`).toEqual(PROVENANCE[m]);
			expect(f.kept + f.rejected.no_coordinates).toBe(f.rowsRead);
			expect(f.rejected.no_coordinates).toBeGreaterThan(0);
		});
	});

	it('maps crime types to the groups the mapping table names', () => {
		const { report } = result!;
		months.forEach((m, i) => {
			const kept = naive(texts[i]).fields.filter((f) => f[4] !== '' && f[5] !== '');
			const count = (type: string) => kept.filter((f) => f[9] === type).length;
			const g = report.files[i].groups;
			expect([g.robbery, g.violence_and_sexual_not_split, g.possession_of_weapons, g.public_order, g.unmapped], m).toEqual([
				count('Robbery'),
				count('Violence and sexual offences'),
				count('Possession of weapons'),
				count('Public order'),
				0
			]);
		});
	});

	it('flags as outside exactly the points turf finds in no LSOA polygon (2024 months)', () => {
		const features = geojson.features as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>[];
		const inside = new Map<string, boolean>();
		const { report, columns: c } = result!;
		months.forEach((m, i) => {
			if (!m.startsWith('2024')) return;
			let outside = 0;
			for (const f of naive(texts[i]).fields) {
				if (f[4] === '' || f[5] === '') continue;
				const key = `${f[4]},${f[5]}`;
				if (!inside.has(key)) inside.set(key, features.some((feat) => booleanPointInPolygon([Number(f[4]), Number(f[5])], feat)));
				if (!inside.get(key)) outside++;
			}
			expect(report.files[i].flagged.outside, m).toBe(outside);
			expect(outside).toBeGreaterThan(0);
			expect(outside).toBeLessThan(20);
		});
		for (let r = 0; r < c.length; r++) {
			if ((c.flags[r] & FLAG.outside) !== 0) expect([c.district[r], c.lsoa[r]]).toEqual([UNKNOWN_U16, UNKNOWN_U16]);
		}
	});

	it('stores for every kept row the cells h3-js gives its own point at 7, 8 and 9', () => {
		const { columns: c } = result!;
		for (let r = 0; r < c.length; r++) {
			const [lng, lat] = [c.lng[r], c.lat[r]];
			const got = [c.cells[7][c.cell7[r]], c.cells[8][c.cell8[r]], c.cells[9][c.cell9[r]]];
			const want = [latLngToCell(lat, lng, 7), latLngToCell(lat, lng, 8), latLngToCell(lat, lng, 9)];
			if (got.join() !== want.join()) expect([r, ...got]).toEqual([r, ...want]);
		}
	});

	it('assigns the LSOA turf finds on the published boundaries for at least 99.9% of kept 2024 rows', () => {
		const features = geojson.features as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { LSOA21CD: string }>[];
		const boxes = features.map((f) => bbox(f));
		const published = new Map<string, string[]>();
		const { columns: c } = result!;
		let rows = 0;
		let agree = 0;
		for (let r = 0; r < c.length; r++) {
			if (!months[c.source[r]].startsWith('2024')) continue;
			const [lng, lat] = [c.lng[r], c.lat[r]];
			const key = `${lng},${lat}`;
			let codes = published.get(key);
			if (!codes) {
				codes = features.filter((f, i) => lng >= boxes[i][0] && lng <= boxes[i][2] && lat >= boxes[i][1] && lat <= boxes[i][3] && booleanPointInPolygon([lng, lat], f)).map((f) => f.properties.LSOA21CD);
				published.set(key, codes);
			}
			rows++;
			// turf counts a point on a shared edge as in both LSOAs; ours must then be one of them.
			const ours = c.lsoa[r] === UNKNOWN_U16 ? null : c.lsoaCodes[c.lsoa[r]];
			if (ours === null ? codes.length === 0 : codes.includes(ours)) agree++;
		}
		console.log(`LSOA assignment: ${agree} of ${rows} kept 2024 rows (${((100 * agree) / rows).toFixed(3)}%) agree with turf on the published boundaries`);
		expect(rows).toBe(59_420);
		expect(agree / rows).toBeGreaterThanOrEqual(0.999);
	});

	it("agrees with police.uk's own LSOA 2021 column for most but not necessarily all points", () => {
		const { columns: c } = result!;
		let agree = 0;
		let total = 0;
		const byFile = months.map((_, i) => naive(texts[i]).fields.filter((f) => f[4] !== '' && f[5] !== ''));
		const seen = new Array(months.length).fill(0);
		for (let r = 0; r < c.length; r++) {
			const fi = c.source[r];
			const row = byFile[fi][seen[fi]++];
			if (!months[fi].startsWith('2024') || c.lsoa[r] === UNKNOWN_U16) continue;
			total++;
			if (c.lsoaCodes[c.lsoa[r]] === row[7]) agree++;
		}
		expect(agree / total).toBeGreaterThan(0.9);
	});

	it('flags the partial 2018-11 and 2018-12 months as low and no other present month', () => {
		const { report } = result!;
		const low = report.months.filter((m) => m.status === 'low').map((m) => m.month);
		expect(low).toEqual(['2018-11', '2018-12']);
		const present = report.months.filter((m) => m.rows > 0).map((m) => m.month);
		expect(present).toEqual(months);
		expect(report.months.filter((m) => m.status === 'missing').map((m) => m.month)).toContain(monthLabel(2019 * 12 + 2));
	});
});
