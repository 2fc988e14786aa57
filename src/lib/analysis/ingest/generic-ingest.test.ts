import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flagKeysOf, OFFENCE_GROUP_KEYS, AGE_BAND_KEYS } from '../offences/groups';
import { createAreaIndex } from '../spatial/area-index';
import { londonIsoLocal } from '../time/london';
import { ROW_ISSUE_CODES } from './codes';
import { PRECISION_KEYS } from './columns';
import { createIngest, type IngestOptions } from './ingest';
import { bytesSource, ingestSources } from './sources';

const AREAS = createAreaIndex(JSON.parse(readFileSync(new URL('../spatial/fixtures/areas.geojson', import.meta.url), 'utf8')));
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/generic/${name}`, import.meta.url)));
/** The import time the fixtures are read at: 1 June 2024. */
const NOW = Date.UTC(2024, 5, 1);

async function ingestFile(name: string, options: Partial<IngestOptions> = {}, chunkSize = 7) {
	const ingest = createIngest({ areas: AREAS, format: 'auto', now: NOW, ...options });
	await ingestSources(ingest, [bytesSource(name, bytes(name), chunkSize)]);
	const { columns: c, report } = ingest.finish();
	const file = report.files[0];
	const rejected = Object.fromEntries(Object.entries(file.rejected).filter(([, n]) => n > 0));
	const rows = Array.from({ length: c.length }, (_, i) => ({
		line: c.line[i],
		when: Number.isNaN(c.time[i]) ? 'month' : londonIsoLocal(c.time[i]),
		precision: PRECISION_KEYS[c.precision[i]],
		hour: c.hour[i],
		group: OFFENCE_GROUP_KEYS[c.group[i]],
		age: AGE_BAND_KEYS[c.ageBand[i]],
		flags: flagKeysOf(c.flags[i]).join('|')
	}));
	const issues = Array.from({ length: report.issues.length }, (_, i) => [report.issues.line[i], ROW_ISSUE_CODES[report.issues.code[i]]]);
	return { file, rejected, rows, issues, columns: c };
}

describe('generic ingest, golden fixtures', () => {
	it('reads a force extract: semicolons, BOM, CRLF, easting/northing, dd/mm/yyyy HH:mm, a from/to pair', async () => {
		const r = await ingestFile('force-extract.csv');
		expect(r.file).toMatchObject({ status: 'read', format: 'delimited', delimiter: ';', encoding: 'utf-8', rowsRead: 11, kept: 6 });
		expect(r.file.columns).toEqual({
			version: 1,
			coordinates: { kind: 'bng', easting: 'Easting', northing: 'Northing' },
			date: 'Committed From',
			dateTo: 'Committed To',
			offence: 'HO Offence Description',
			age: 'Victim Age',
			flags: { knife: 'Knife Flag' },
			decimal: 'point'
		});
		expect(r.rejected).toEqual({ empty_row: 1, zero_coordinates: 1, coordinates_out_of_range: 1, invalid_date: 1, future_date: 1 });
		expect(r.rows).toEqual([
			{ line: 2, when: '2024-02-03T21:30', precision: 'minute', hour: 21, group: 'violence_with_injury', age: '18-24', flags: '' },
			{ line: 3, when: '2024-02-04T02:10', precision: 'minute', hour: 2, group: 'robbery', age: '10-17', flags: 'knife' },
			{ line: 8, when: '2024-02-06T23:59', precision: 'minute', hour: 23, group: 'violence_without_injury', age: '25+', flags: 'outside' },
			{ line: 10, when: '2024-02-07T09:00', precision: 'minute', hour: 9, group: 'violence_with_injury', age: 'unknown', flags: 'outside' },
			{ line: 11, when: '2024-02-08T00:00', precision: 'day', hour: 255, group: 'possession_of_weapons', age: '10-17', flags: 'knife' },
			// 01:30 on 31 March 2024 never happened in London: moved forward to 02:30 BST and counted.
			{ line: 12, when: '2024-03-31T02:30', precision: 'minute', hour: 2, group: 'violence_without_injury', age: 'unknown', flags: '' }
		]);
		expect(r.file.cells).toEqual({ formulaLike: 1, html: 1, repeatedHour: 0, skippedHour: 1 });
		expect(r.issues).toEqual([
			[5, 'invalid_date'],
			[6, 'future_date'],
			[7, 'zero_coordinates'],
			[8, 'outside'],
			[9, 'empty_row'],
			[10, 'outside'],
			[13, 'coordinates_out_of_range']
		]);
	});

	it('reads a council spreadsheet in Windows-1252 with decimal commas, a £ sign and a separate time column', async () => {
		const r = await ingestFile('council-1252.csv');
		expect(r.file).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rowsRead: 6, kept: 4 });
		expect(r.file.columns).toMatchObject({ coordinates: { kind: 'lnglat', lng: 'Longitude', lat: 'Latitude' }, date: 'Date', time: 'Time', decimal: 'comma', flags: { domestic: 'Domestic' } });
		expect(r.rejected).toEqual({ invalid_time: 1, coordinates_out_of_range: 1 });
		expect(r.file.unmapped).toEqual([{ label: 'Fraud – £50 taken', count: 1 }]);
		expect(r.rows.map((x) => [x.line, x.when, x.precision, x.group, x.age, x.flags])).toEqual([
			[2, '2024-02-03T21:30', 'minute', 'violence_without_injury', '18-24', 'domestic'],
			[3, '2024-02-04T00:00', 'day', 'robbery', '25+', 'location_imprecise'],
			[6, '2024-02-07T12:00', 'hour', 'violence_with_injury', '0-9', 'knife'],
			[7, '2024-02-08T10:00', 'minute', 'unmapped', 'unknown', '']
		]);
		expect(r.file.precision).toMatchObject({ rows: 4, imprecise: 1, rounded1km: 1, share: 0.25, policy: 'keep', applied: true });
	});

	it('reads a TSV with Excel serial dates and times, ISO 8601 with an offset and a quoted date', async () => {
		const r = await ingestFile('partner.tsv');
		expect(r.file).toMatchObject({ delimiter: '\t', rowsRead: 5, kept: 4 });
		expect(r.rejected).toEqual({ invalid_date: 1 });
		expect(r.rows.map((x) => [x.when, x.precision, x.group])).toEqual([
			['2024-02-03T21:30', 'minute', 'robbery'],
			['2024-02-04T12:00', 'minute', 'violence_and_sexual_not_split'],
			['2024-02-05T08:00', 'minute', 'public_order'],
			['2024-02-05T18:00', 'minute', 'not_serious_violence']
		]);
	});

	it('reads a GeoJSON point FeatureCollection, rejecting a line feature, 0,0 and month 13 by feature number', async () => {
		const r = await ingestFile('ae-points.geojson');
		expect(r.file).toMatchObject({ format: 'geojson', rowsRead: 5, kept: 2 });
		expect(r.issues).toEqual([
			[3, 'not_a_point'],
			[4, 'zero_coordinates'],
			[5, 'invalid_date']
		]);
		expect(r.rows.map((x) => [x.when, x.precision, x.group, x.flags])).toEqual([
			['month', 'month', 'robbery', 'knife'],
			['month', 'month', 'public_order', '']
		]);
	});

	it('gives the same result whatever the chunk size', async () => {
		const small = await ingestFile('force-extract.csv', {}, 3);
		const large = await ingestFile('force-extract.csv', {}, 1 << 16);
		expect(small.rows).toEqual(large.rows);
		expect(small.issues).toEqual(large.issues);
	});

	it('applies the precision policy: exclude rejects rounded rows with a code, area-only keeps and marks them', async () => {
		const excluded = await ingestFile('council-1252.csv', { precisionPolicy: 'exclude' });
		expect(excluded.file).toMatchObject({ kept: 3, rejected: { imprecise_location: 1 } });
		expect(excluded.issues).toContainEqual([3, 'imprecise_location']);
		const areaOnly = await ingestFile('council-1252.csv', { precisionPolicy: 'area-only' });
		expect(areaOnly.rows[1].flags).toBe('location_imprecise|area_only');
		expect(areaOnly.file.flagged).toMatchObject({ location_imprecise: 1, area_only: 1 });
	});

	it('uses a given column mapping, and refuses a file that lacks its columns', async () => {
		const r = await ingestFile('partner.tsv', { columns: { version: 1, coordinates: { kind: 'lnglat', lng: 'Long', lat: 'Lat' }, date: 'Date', decimal: 'point' } });
		expect(r.file).toMatchObject({ kept: 4 });
		expect(new Set(r.rows.map((x) => x.group))).toEqual(new Set(['unmapped']));
		const missing = await ingestFile('partner.tsv', { columns: { version: 1, coordinates: { kind: 'bng', easting: 'E', northing: 'N' }, date: 'Date', decimal: 'point' } });
		expect(missing.file).toMatchObject({ status: 'refused', reason: 'missing_columns', detail: 'E, N', rowsRead: 0 });
	});
});
